package com.acme.benefits.service.routing;

import com.acme.benefits.exception.BenefitsException;
import com.acme.benefits.model.Payment;
import com.acme.benefits.model.PaymentMethod;
import com.acme.benefits.util.SortCodeValidator;

/**
 * Post Office card account: credited through the POCA feed, same cycle as BACS
 * but with a shorter lead time.
 */
public class PostOfficePaymentRouter extends AbstractPaymentRouter {

    public PostOfficePaymentRouter() {
        super(PaymentMethod.POST_OFFICE);
    }

    public String route(Payment payment) throws BenefitsException {
        validate(payment);
        String reference = nextReference(SortCodeValidator.isPostOfficeAccount(payment.getSortCode()) ? "P" : "Q");
        record(payment, reference);
        return reference;
    }
}
