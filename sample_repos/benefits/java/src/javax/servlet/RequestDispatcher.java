package javax.servlet;

import java.io.IOException;

/** Stand-in for the servlet API: hands a request on to another resource (JSP, servlet). */
public interface RequestDispatcher {

    void forward(ServletRequest request, ServletResponse response) throws ServletException, IOException;

    void include(ServletRequest request, ServletResponse response) throws ServletException, IOException;
}
