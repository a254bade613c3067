package javax.ejb;

/** Stand-in for the EJB 2.x API. */
public class CreateException extends Exception {

    public CreateException() {
        super();
    }

    public CreateException(String message) {
        super(message);
    }
}
