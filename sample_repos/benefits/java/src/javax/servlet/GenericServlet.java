package javax.servlet;

import java.io.IOException;
import java.util.Enumeration;

/** Stand-in for the servlet API: convenience base class for servlets. */
public abstract class GenericServlet implements Servlet, ServletConfig {

    private transient ServletConfig config;

    public void init(ServletConfig config) throws ServletException {
        this.config = config;
        init();
    }

    /** Convenience hook for subclasses that do not need the config object. */
    public void init() throws ServletException {
    }

    public ServletConfig getServletConfig() {
        return config;
    }

    public String getServletName() {
        return config == null ? getClass().getName() : config.getServletName();
    }

    public String getInitParameter(String name) {
        return config == null ? null : config.getInitParameter(name);
    }

    public Enumeration getInitParameterNames() {
        return config == null ? null : config.getInitParameterNames();
    }

    public void log(String message) {
        System.out.println(getServletName() + ": " + message);
    }

    public void destroy() {
    }

    public abstract void service(ServletRequest request, ServletResponse response)
            throws ServletException, IOException;
}
