package com.acme.benefits.service.routing;

import com.acme.benefits.exception.BenefitsException;
import com.acme.benefits.exception.ValidationException;
import com.acme.benefits.model.Payment;
import com.acme.benefits.model.PaymentMethod;

/**
 * Girocheques, printed centrally and posted. Cheques over 1,000 need a
 * second authoriser and are held for the supervisor queue.
 */
public class ChequePaymentRouter extends AbstractPaymentRouter {

    private static final long AUTHORISATION_LIMIT_PENCE = 100000L;

    private int heldForAuthorisation;

    public ChequePaymentRouter() {
        super(PaymentMethod.CHEQUE);
    }

    public String route(Payment payment) throws BenefitsException {
        validate(payment);
        if (payment.getNetAmount().getPence() > AUTHORISATION_LIMIT_PENCE) {
            heldForAuthorisation++;
            String reference = nextReference("H");
            record(payment, reference);
            return reference;
        }
        String chequeNumber = nextReference("C");
        record(payment, chequeNumber);
        return chequeNumber;
    }

    public void validate(Payment payment) throws ValidationException {
        super.validate(payment);
        if (payment.getPeriodFrom() == null) {
            throw new ValidationException("periodFrom", "Cheque stub needs the period covered");
        }
    }

    public int getHeldForAuthorisation() {
        return heldForAuthorisation;
    }
}
