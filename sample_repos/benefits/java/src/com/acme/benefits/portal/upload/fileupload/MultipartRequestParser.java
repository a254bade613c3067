/*
 * Copyright 2002-2005 The Brackenridge Software Foundation.
 *
 * Licensed under the Apache License, Version 2.0 (the "License"); you may
 * use this file only in compliance with the License. A copy of the License
 * can be obtained at
 *
 *      http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless applicable law requires it or it is agreed in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * The License states the specific terms on permissions and limitations.
 */
package com.acme.benefits.portal.upload.fileupload;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UnsupportedEncodingException;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses an RFC 1867 <code>multipart/form-data</code> request body into a
 * list of {@link PartItem}s. The whole body is buffered, so set a size
 * limit: this parser is meant for small uploads.
 *
 * @author <a href="mailto:tbrandt@brackenridge.org">Torsten Brandt</a>
 * @author <a href="mailto:dkowal@brackenridge.org">Dariusz Kowal</a>
 * @author Tomasz Wilk
 * @version $Id: MultipartRequestParser.java,v 1.23 2005/04/02 19:30:51 tbrandt Exp $
 */
public class MultipartRequestParser {

    public static final String MULTIPART = "multipart/";
    public static final String FORM_DATA = "form-data";

    private long sizeMax = -1;
    private long fileSizeMax = -1;
    private int headerSizeMax = 10240;

    public static boolean isMultipartContent(String contentType) {
        return contentType != null && contentType.toLowerCase().startsWith(MULTIPART);
    }

    /** Largest request accepted, in bytes; -1 for no limit. */
    public void setSizeMax(long sizeMax) {
        this.sizeMax = sizeMax;
    }

    /** Largest single file accepted, in bytes; -1 for no limit. */
    public void setFileSizeMax(long fileSizeMax) {
        this.fileSizeMax = fileSizeMax;
    }

    public void setHeaderSizeMax(int headerSizeMax) {
        this.headerSizeMax = headerSizeMax;
    }

    public List parseRequest(String contentType, int contentLength, InputStream in) throws IOException {
        if (!isMultipartContent(contentType)) {
            throw new IOException("the request is not multipart: " + contentType);
        }
        if (sizeMax >= 0 && contentLength > sizeMax) {
            throw new UploadLimitException("the request was " + contentLength
                    + " bytes, more than the permitted " + sizeMax, contentLength, sizeMax);
        }
        byte[] boundary = getBoundary(contentType);
        if (boundary == null) {
            throw new IOException("no multipart boundary in " + contentType);
        }
        MultipartStream stream = new MultipartStream(readBody(in), boundary, headerSizeMax);
        List items = new ArrayList();
        boolean more = stream.skipPreamble();
        while (more) {
            PartHeaders headers = PartHeaders.parse(stream.readHeaders());
            byte[] content = stream.readBodyData();
            String disposition = headers.getHeader("content-disposition");
            if (disposition != null && disposition.toLowerCase().startsWith(FORM_DATA)) {
                String fileName = headers.getDispositionParameter("filename");
                if (fileName != null && fileSizeMax >= 0 && content.length > fileSizeMax) {
                    throw new UploadLimitException("the file " + fileName + " was " + content.length
                            + " bytes, more than the permitted " + fileSizeMax, content.length, fileSizeMax);
                }
                items.add(new PartItem(headers.getDispositionParameter("name"), fileName,
                        headers.getContentType(), content));
            }
            more = stream.readBoundary();
        }
        return items;
    }

    protected byte[] getBoundary(String contentType) {
        String boundary = (String) PartHeaders.parseParameters(contentType, ';').get("boundary");
        if (boundary == null) {
            return null;
        }
        try {
            return boundary.getBytes("ISO-8859-1");
        } catch (UnsupportedEncodingException e) {
            return boundary.getBytes();
        }
    }

    /** Reads the body, enforcing sizeMax for requests that did not announce their length. */
    private byte[] readBody(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[4096];
        long total = 0;
        int n;
        while ((n = in.read(buffer)) != -1) {
            total += n;
            if (sizeMax >= 0 && total > sizeMax) {
                throw new UploadLimitException("the request exceeded the permitted " + sizeMax + " bytes",
                        total, sizeMax);
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }
}
