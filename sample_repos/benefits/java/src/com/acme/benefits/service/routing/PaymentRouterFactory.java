package com.acme.benefits.service.routing;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import com.acme.benefits.model.PaymentMethod;

/**
 * Chooses the router for a payment method.
 *
 * Change history:
 *   2004-06-09 TW  Created (CR-1655).
 *   2008-03-31 MP  CR-2981 order books withdrawn: unknown methods fall back to cheque.
 */
public final class PaymentRouterFactory {

    private static final List ROUTERS = new ArrayList();
    private static final PaymentRouterFactory INSTANCE;

    static {
        register(new BacsPaymentRouter());
        register(new ChequePaymentRouter());
        register(new PostOfficePaymentRouter());
        INSTANCE = new PaymentRouterFactory();
    }

    private PaymentRouterFactory() {
    }

    public static PaymentRouterFactory getInstance() {
        return INSTANCE;
    }

    private static void register(PaymentRouter router) {
        ROUTERS.add(router);
    }

    public PaymentRouter routerFor(PaymentMethod method) {
        for (Iterator it = ROUTERS.iterator(); it.hasNext();) {
            PaymentRouter router = (PaymentRouter) it.next();
            if (router.supports(method)) {
                return router;
            }
        }
        return routerFor(PaymentMethod.CHEQUE);
    }

    /** Text for the payment schedule on the award notice. */
    public String describe(PaymentMethod method) {
        switch (method) {
            case BACS:
                return "paid into your bank or building society account";
            case POST_OFFICE:
                return "paid into your Post Office card account";
            case CHEQUE:
            default:
                return "sent to you by girocheque";
        }
    }
}
