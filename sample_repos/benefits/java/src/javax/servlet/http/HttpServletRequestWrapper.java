package javax.servlet.http;

import java.io.IOException;

import javax.servlet.RequestDispatcher;
import javax.servlet.ServletInputStream;

/**
 * Stand-in for the servlet API: request wrapper (Servlet 2.3). Every call is
 * passed on to the wrapped request. The calls the HttpServletRequest
 * stand-in does not declare (roles, dispatching, the request body) answer
 * neutral values here; the container's own class answers them at run time.
 */
public class HttpServletRequestWrapper implements HttpServletRequest {

    private final HttpServletRequest request;

    public HttpServletRequestWrapper(HttpServletRequest request) {
        this.request = request;
    }

    public HttpServletRequest getRequest() {
        return request;
    }

    public String getParameter(String name) {
        return request.getParameter(name);
    }

    public String[] getParameterValues(String name) {
        return request.getParameterValues(name);
    }

    public Object getAttribute(String name) {
        return request.getAttribute(name);
    }

    public void setAttribute(String name, Object value) {
        request.setAttribute(name, value);
    }

    public String getRemoteAddr() {
        return request.getRemoteAddr();
    }

    public String getMethod() {
        return request.getMethod();
    }

    public String getRequestURI() {
        return request.getRequestURI();
    }

    public String getRemoteUser() {
        return request.getRemoteUser();
    }

    public HttpSession getSession() {
        return request.getSession();
    }

    public HttpSession getSession(boolean create) {
        return request.getSession(create);
    }

    public boolean isUserInRole(String role) {
        return false;
    }

    public RequestDispatcher getRequestDispatcher(String path) {
        return null;
    }

    public String getContentType() {
        return null;
    }

    public int getContentLength() {
        return -1;
    }

    public ServletInputStream getInputStream() throws IOException {
        return null;
    }

    public String getHeader(String name) {
        return null;
    }
}
