package javax.ejb;

/** Stand-in for the EJB 2.x API: unchecked system exception from a bean. */
public class EJBException extends RuntimeException {

    private Exception causedByException;

    public EJBException(String message) {
        super(message);
    }

    public EJBException(String message, Exception cause) {
        super(message, cause);
        this.causedByException = cause;
    }

    public Exception getCausedByException() {
        return causedByException;
    }
}
