package com.acme.benefits.ejb;

import java.rmi.RemoteException;

import javax.ejb.EJBObject;

import com.acme.benefits.exception.BenefitsException;
import com.acme.benefits.model.Money;

/**
 * Remote interface of the ClaimProcessor stateless session bean.
 *
 * Change history:
 *   2003-05-19 JB  Created (CR-1310 contact-centre integration).
 */
public interface ClaimProcessor extends EJBObject {

    String assessClaim(long claimId, String userId) throws RemoteException, BenefitsException;

    Money getWeeklyAmount(long claimId) throws RemoteException, BenefitsException;

    long issuePayment(long claimId, String userId) throws RemoteException, BenefitsException;

    String getClaimStatus(long claimId) throws RemoteException, BenefitsException;
}
