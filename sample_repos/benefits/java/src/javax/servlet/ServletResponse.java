package javax.servlet;

import java.io.IOException;
import java.io.PrintWriter;

/** Stand-in for the servlet API: protocol independent response. */
public interface ServletResponse {

    PrintWriter getWriter() throws IOException;

    void setContentType(String type);
}
