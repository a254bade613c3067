package javax.servlet.http;

/** Stand-in for the servlet API: per-user session. */
public interface HttpSession {

    String getId();

    Object getAttribute(String name);

    void setAttribute(String name, Object value);

    void removeAttribute(String name);

    void invalidate();
}
