package javax.ejb;

/** Stand-in for the EJB 2.x API: session bean context. */
public interface SessionContext extends EJBContext {

    EJBObject getEJBObject();
}
