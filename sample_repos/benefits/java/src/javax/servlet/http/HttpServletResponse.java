package javax.servlet.http;

import java.io.IOException;

import javax.servlet.ServletResponse;

/** Stand-in for the servlet API: HTTP response. */
public interface HttpServletResponse extends ServletResponse {

    int SC_OK = 200;
    int SC_BAD_REQUEST = 400;
    int SC_FORBIDDEN = 403;
    int SC_NOT_FOUND = 404;
    int SC_METHOD_NOT_ALLOWED = 405;
    int SC_INTERNAL_SERVER_ERROR = 500;

    void sendRedirect(String location) throws IOException;

    void sendError(int status, String message) throws IOException;

    void setStatus(int status);
}
