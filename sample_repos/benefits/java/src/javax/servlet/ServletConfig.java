package javax.servlet;

import java.util.Enumeration;

/** Stand-in for the servlet API: servlet configuration from web.xml. */
public interface ServletConfig {

    String getServletName();

    String getInitParameter(String name);

    Enumeration getInitParameterNames();
}
