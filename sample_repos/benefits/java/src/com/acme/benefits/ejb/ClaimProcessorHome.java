package com.acme.benefits.ejb;

import java.rmi.RemoteException;

import javax.ejb.CreateException;
import javax.ejb.EJBHome;

/**
 * Remote home of the ClaimProcessor session bean (JNDI name
 * ejb/benefits/ClaimProcessor). Used by the contact-centre application.
 */
public interface ClaimProcessorHome extends EJBHome {

    ClaimProcessor create() throws CreateException, RemoteException;
}
