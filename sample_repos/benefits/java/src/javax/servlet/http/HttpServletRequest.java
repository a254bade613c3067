package javax.servlet.http;

import javax.servlet.ServletRequest;

/** Stand-in for the servlet API: HTTP request. */
public interface HttpServletRequest extends ServletRequest {

    String getMethod();

    String getRequestURI();

    String getRemoteUser();

    HttpSession getSession();

    HttpSession getSession(boolean create);
}
