package javax.servlet;

/**
 * Stand-in for the container's ServletException. The real class is supplied
 * by the application server at run time (WebSphere 5.1 / 6.1 in production);
 * this copy exists only so the sources compile outside the server.
 */
public class ServletException extends Exception {

    private Throwable rootCause;

    public ServletException() {
        super();
    }

    public ServletException(String message) {
        super(message);
    }

    public ServletException(String message, Throwable rootCause) {
        super(message, rootCause);
        this.rootCause = rootCause;
    }

    public ServletException(Throwable rootCause) {
        super(rootCause);
        this.rootCause = rootCause;
    }

    public Throwable getRootCause() {
        return rootCause;
    }
}
