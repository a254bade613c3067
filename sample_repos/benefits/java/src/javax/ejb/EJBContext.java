package javax.ejb;

import java.security.Principal;

/** Stand-in for the EJB 2.x API: container services available to a bean. */
public interface EJBContext {

    Principal getCallerPrincipal();

    void setRollbackOnly();

    boolean getRollbackOnly();
}
