package javax.ejb;

/** Stand-in for the EJB 2.x API. */
public class RemoveException extends Exception {

    public RemoveException() {
        super();
    }

    public RemoveException(String message) {
        super(message);
    }
}
