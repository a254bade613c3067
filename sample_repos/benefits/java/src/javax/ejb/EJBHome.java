package javax.ejb;

import java.rmi.Remote;
import java.rmi.RemoteException;

/** Stand-in for the EJB 2.x API: base of all remote home interfaces. */
public interface EJBHome extends Remote {

    void remove(Object primaryKey) throws RemoteException, RemoveException;
}
