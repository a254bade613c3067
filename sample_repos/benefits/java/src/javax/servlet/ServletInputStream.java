package javax.servlet;

import java.io.InputStream;

/** Stand-in for the servlet API: the body of a request, read as bytes. */
public abstract class ServletInputStream extends InputStream {

    protected ServletInputStream() {
    }
}
