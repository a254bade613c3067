package com.acme.benefits.service.routing;

import java.util.Date;

import com.acme.benefits.exception.BenefitsException;
import com.acme.benefits.exception.ValidationException;
import com.acme.benefits.model.Payment;
import com.acme.benefits.model.PaymentMethod;

/**
 * Sends a payment down the right channel (BACS file, girocheque print run,
 * Post Office card account feed) and returns the channel reference.
 */
public interface PaymentRouter {

    boolean supports(PaymentMethod method);

    void validate(Payment payment) throws ValidationException;

    /** Date the payment has to leave us for the money to arrive on the due date. */
    Date issueDate(Date dueDate);

    String route(Payment payment) throws BenefitsException;
}
