package com.acme.benefits.service.routing;

import java.util.Date;

import com.acme.benefits.exception.ValidationException;
import com.acme.benefits.model.Payment;
import com.acme.benefits.model.PaymentMethod;
import com.acme.benefits.util.DateUtil;
import com.acme.benefits.util.StringUtil;

/**
 * Common routing behaviour: reference numbers, lead-time arithmetic and
 * basic payment checks.
 *
 * Change history:
 *   2004-06-09 TW  Created (CR-1655).
 */
public abstract class AbstractPaymentRouter implements PaymentRouter {

    private static long sequence = System.currentTimeMillis() % 100000L;

    private final PaymentMethod method;
    private int routedCount;

    protected AbstractPaymentRouter(PaymentMethod method) {
        this.method = method;
    }

    public boolean supports(PaymentMethod m) {
        return method == m;
    }

    public PaymentMethod getMethod() {
        return method;
    }

    public int getRoutedCount() {
        return routedCount;
    }

    public void validate(Payment payment) throws ValidationException {
        if (payment.getAmount() == null || !payment.getNetAmount().isPositive()) {
            throw new ValidationException("amount", "Payment " + payment.getPaymentId() + " has no positive net amount");
        }
        if (payment.getPaymentDate() == null) {
            throw new ValidationException("paymentDate", "Payment " + payment.getPaymentId() + " has no due date");
        }
    }

    /** Working back from the due date by the method's lead time, skipping weekends and holidays. */
    public Date issueDate(Date dueDate) {
        Date due = DateUtil.previousWorkingDay(dueDate);
        return DateUtil.addWorkingDays(due, -method.getLeadDays());
    }

    protected synchronized String nextReference(String prefix) {
        sequence++;
        routedCount++;
        return prefix + DateUtil.format(new Date(), "yyMMdd") + StringUtil.padLeft(String.valueOf(sequence % 1000000L), 6, '0');
    }

    protected void record(Payment payment, String reference) {
        System.out.println(method.getCode() + " " + reference + " claim " + payment.getClaimId() + " "
                + payment.getNetAmount());
    }
}
