package javax.ejb;

import java.rmi.Remote;
import java.rmi.RemoteException;

/** Stand-in for the EJB 2.x API: base of all remote component interfaces. */
public interface EJBObject extends Remote {

    EJBHome getEJBHome() throws RemoteException;

    void remove() throws RemoteException, RemoveException;
}
