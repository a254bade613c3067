package com.acme.benefits.service.routing;

import java.util.ArrayList;
import java.util.List;

import com.acme.benefits.exception.BenefitsException;
import com.acme.benefits.exception.ValidationException;
import com.acme.benefits.model.Payment;
import com.acme.benefits.model.PaymentMethod;
import com.acme.benefits.util.SortCodeValidator;
import com.acme.benefits.util.StringUtil;

/**
 * Builds Standard 18 style records for the BACS submission file. The file
 * itself is written by the overnight transmission job from these records.
 *
 * Change history:
 *   2004-06-09 TW  Created (CR-1655).
 *   2008-07-21 MP  CR-2995 record layout with transaction code 99.
 */
public class BacsPaymentRouter extends AbstractPaymentRouter {

    private static final String TRANSACTION_CODE = "99";
    private static final String ORIGINATOR_SORT_CODE = "608371";
    private static final String ORIGINATOR_ACCOUNT = "10094432";

    private final List records = new ArrayList();

    public BacsPaymentRouter() {
        super(PaymentMethod.BACS);
    }

    public void validate(Payment payment) throws ValidationException {
        super.validate(payment);
        if (!SortCodeValidator.isValidSortCode(payment.getSortCode())
                || !SortCodeValidator.isValidAccountNumber(payment.getAccountNumber())) {
            throw new ValidationException("bankDetails", "Payment " + payment.getPaymentId()
                    + " has no usable bank details for BACS");
        }
    }

    public String route(Payment payment) throws BenefitsException {
        validate(payment);
        String reference = nextReference("B");
        records.add(buildRecord(payment, reference));
        record(payment, reference);
        return reference;
    }

    private String buildRecord(Payment payment, String reference) {
        StringBuffer rec = new StringBuffer(100);
        rec.append(SortCodeValidator.normalise(payment.getSortCode()))
           .append(StringUtil.padLeft(payment.getAccountNumber(), 8, '0'))
           .append('0')
           .append(TRANSACTION_CODE)
           .append(ORIGINATOR_SORT_CODE)
           .append(ORIGINATOR_ACCOUNT)
           .append("    ")
           .append(StringUtil.padLeft(String.valueOf(payment.getNetAmount().getPence()), 11, '0'))
           .append(StringUtil.padRight("DWP BENEFITS", 18))
           .append(StringUtil.padRight(reference, 18));
        return rec.toString();
    }

    public List getRecords() {
        return records;
    }
}
