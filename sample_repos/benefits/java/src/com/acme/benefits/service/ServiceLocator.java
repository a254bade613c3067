package com.acme.benefits.service;

/**
 * Poor man's dependency injection: one instance of each service per JVM,
 * wired on first use. Used by the servlets, the EJB and the batch jobs.
 *
 * Change history:
 *   2002-01-08 RK  Created.
 *   2006-05-30 KT  CR-2444 overpayment service wired into payment service.
 */
public final class ServiceLocator {

    private static ServiceLocator instance;

    private final AuditService auditService = new AuditService();
    private ClaimService claimService;
    private ClaimantService claimantService;
    private AssessmentService assessmentService;
    private PaymentService paymentService;
    private OverpaymentService overpaymentService;

    private ServiceLocator() {
    }

    public static synchronized ServiceLocator getInstance() {
        if (instance == null) {
            instance = new ServiceLocator();
        }
        return instance;
    }

    public AuditService getAuditService() {
        return auditService;
    }

    public synchronized ClaimService getClaimService() {
        if (claimService == null) {
            claimService = new ClaimService(auditService);
        }
        return claimService;
    }

    public synchronized ClaimantService getClaimantService() {
        if (claimantService == null) {
            claimantService = new ClaimantService(auditService);
        }
        return claimantService;
    }

    public synchronized AssessmentService getAssessmentService() {
        if (assessmentService == null) {
            assessmentService = new AssessmentService(getClaimService(), auditService);
        }
        return assessmentService;
    }

    public synchronized OverpaymentService getOverpaymentService() {
        if (overpaymentService == null) {
            overpaymentService = new OverpaymentService(auditService);
        }
        return overpaymentService;
    }

    public synchronized PaymentService getPaymentService() {
        if (paymentService == null) {
            paymentService = new PaymentService(getOverpaymentService(), auditService);
        }
        return paymentService;
    }
}
