package javax.ejb;

import java.rmi.RemoteException;

/** Stand-in for the EJB 2.x API: session bean life cycle callbacks. */
public interface SessionBean extends EnterpriseBean {

    void setSessionContext(SessionContext context) throws EJBException, RemoteException;

    void ejbRemove() throws EJBException, RemoteException;

    void ejbActivate() throws EJBException, RemoteException;

    void ejbPassivate() throws EJBException, RemoteException;
}
