package javax.servlet;

/** Stand-in for the servlet API: protocol independent request. */
public interface ServletRequest {

    String getParameter(String name);

    String[] getParameterValues(String name);

    Object getAttribute(String name);

    void setAttribute(String name, Object value);

    String getRemoteAddr();
}
