package javax.servlet;

import java.io.IOException;

/** Stand-in for the servlet API: the basic servlet life cycle. */
public interface Servlet {

    void init(ServletConfig config) throws ServletException;

    ServletConfig getServletConfig();

    void service(ServletRequest request, ServletResponse response) throws ServletException, IOException;

    void destroy();
}
