package com.acme.benefits.ejb;

import javax.ejb.CreateException;
import javax.ejb.EJBException;
import javax.ejb.SessionBean;
import javax.ejb.SessionContext;

import com.acme.benefits.exception.BenefitsException;
import com.acme.benefits.model.Claim;
import com.acme.benefits.model.Money;
import com.acme.benefits.model.Payment;
import com.acme.benefits.service.AssessmentService;
import com.acme.benefits.service.ClaimService;
import com.acme.benefits.service.PaymentService;
import com.acme.benefits.service.ServiceLocator;
import com.acme.benefits.util.DateUtil;
import com.acme.benefits.util.MoneyUtil;

/**
 * Stateless session bean behind ClaimProcessor (EJB 2.0, container managed
 * transactions, see ejb-jar.xml). Delegates to the service layer.
 *
 * Change history:
 *   2003-05-19 JB  Created (CR-1310).
 *   2006-01-23 KT  CR-2301 rollback on business failures.
 */
public class ClaimProcessorBean implements SessionBean {

    private SessionContext context;
    private transient ClaimService claimService;
    private transient AssessmentService assessmentService;
    private transient PaymentService paymentService;

    public void ejbCreate() throws CreateException {
        lookupServices();
        if (claimService == null) {
            throw new CreateException("ClaimService unavailable");
        }
    }

    public void setSessionContext(SessionContext context) {
        this.context = context;
    }

    public void ejbRemove() {
        releaseServices();
    }

    public void ejbActivate() {
        lookupServices();
    }

    public void ejbPassivate() {
        releaseServices();
    }

    private void lookupServices() {
        ServiceLocator locator = ServiceLocator.getInstance();
        claimService = locator.getClaimService();
        assessmentService = locator.getAssessmentService();
        paymentService = locator.getPaymentService();
    }

    private void releaseServices() {
        claimService = null;
        assessmentService = null;
        paymentService = null;
    }

    public String assessClaim(long claimId, String userId) throws BenefitsException {
        try {
            AssessmentService.AssessmentOutcome outcome = assessmentService.assess(claimId, DateUtil.today(), userId);
            return outcome.isEligible()
                    ? "AWARDED " + MoneyUtil.format(outcome.getWeeklyAmount())
                    : "REFUSED " + outcome.getFirstFailureReason();
        } catch (BenefitsException e) {
            context.setRollbackOnly();
            throw e;
        }
    }

    public Money getWeeklyAmount(long claimId) throws BenefitsException {
        return claimService.getClaim(claimId).getWeeklyAmount();
    }

    public long issuePayment(long claimId, String userId) throws BenefitsException {
        Claim claim = claimService.getClaim(claimId);
        try {
            Payment payment = paymentService.issuePayment(claim, DateUtil.today(), userId);
            return payment.getPaymentId();
        } catch (BenefitsException e) {
            context.setRollbackOnly();
            throw e;
        } catch (RuntimeException e) {
            throw new EJBException("issuePayment failed for claim " + claimId, e);
        }
    }

    public String getClaimStatus(long claimId) throws BenefitsException {
        return claimService.getClaim(claimId).getStatus().getDescription();
    }
}
