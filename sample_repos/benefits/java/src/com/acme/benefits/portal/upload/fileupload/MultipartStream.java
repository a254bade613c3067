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

import java.io.IOException;
import java.io.UnsupportedEncodingException;

/**
 * Walks a buffered <code>multipart/form-data</code> body part by part:
 *
 * <pre>
 *   boolean more = stream.skipPreamble();
 *   while (more) {
 *       String headers = stream.readHeaders();
 *       byte[] data = stream.readBodyData();
 *       more = stream.readBoundary();
 *   }
 * </pre>
 *
 * @author <a href="mailto:tbrandt@brackenridge.org">Torsten Brandt</a>
 * @author <a href="mailto:hgrieve@brackenridge.org">Hannelore Grieve</a>
 * @version $Id: MultipartStream.java,v 1.19 2005/03/11 10:15:48 hgrieve Exp $
 */
public class MultipartStream {

    private static final byte CR = 0x0D;
    private static final byte LF = 0x0A;
    private static final byte DASH = 0x2D;
    private static final byte[] HEADER_SEPARATOR = {CR, LF, CR, LF};

    private final byte[] data;
    /** CR LF - - boundary: what ends the body of every part. */
    private final byte[] delimiter;
    private final int headerSizeMax;
    private int pos;

    public MultipartStream(byte[] data, byte[] boundary, int headerSizeMax) {
        this.data = data;
        this.headerSizeMax = headerSizeMax;
        this.delimiter = new byte[boundary.length + 4];
        delimiter[0] = CR;
        delimiter[1] = LF;
        delimiter[2] = DASH;
        delimiter[3] = DASH;
        System.arraycopy(boundary, 0, delimiter, 4, boundary.length);
    }

    /** Skips everything up to and including the first boundary; false when the body has no parts. */
    public boolean skipPreamble() throws IOException {
        int at = indexOf(delimiter, 2, 0);
        if (at < 0) {
            return false;
        }
        pos = at + delimiter.length - 2;
        return readBoundary();
    }

    /** After a boundary: true when another part follows, false at the closing boundary. */
    public boolean readBoundary() throws IOException {
        if (pos + 2 > data.length) {
            throw new MalformedStreamException("body ends inside a boundary");
        }
        byte a = data[pos];
        byte b = data[pos + 1];
        pos += 2;
        if (a == DASH && b == DASH) {
            return false;
        }
        if (a == CR && b == LF) {
            return true;
        }
        throw new MalformedStreamException("unexpected characters after boundary");
    }

    public String readHeaders() throws IOException {
        int end = indexOf(HEADER_SEPARATOR, 0, pos);
        if (end < 0) {
            throw new MalformedStreamException("part headers are not terminated");
        }
        if (end - pos > headerSizeMax) {
            throw new MalformedStreamException("part headers exceed " + headerSizeMax + " bytes");
        }
        String headers;
        try {
            headers = new String(data, pos, end - pos, "ISO-8859-1");
        } catch (UnsupportedEncodingException e) {
            headers = new String(data, pos, end - pos);
        }
        pos = end + HEADER_SEPARATOR.length;
        return headers;
    }

    public byte[] readBodyData() throws IOException {
        int end = indexOf(delimiter, 0, pos);
        if (end < 0) {
            throw new MalformedStreamException("no closing boundary");
        }
        byte[] body = new byte[end - pos];
        System.arraycopy(data, pos, body, 0, body.length);
        pos = end + delimiter.length;
        return body;
    }

    /** First index at or after <code>from</code> of pattern[patternStart..], or -1. */
    private int indexOf(byte[] pattern, int patternStart, int from) {
        int length = pattern.length - patternStart;
        outer:
        for (int i = from; i <= data.length - length; i++) {
            for (int j = 0; j < length; j++) {
                if (data[i + j] != pattern[patternStart + j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** The body does not follow the multipart syntax. */
    public static class MalformedStreamException extends IOException {

        public MalformedStreamException(String message) {
            super(message);
        }
    }
}
