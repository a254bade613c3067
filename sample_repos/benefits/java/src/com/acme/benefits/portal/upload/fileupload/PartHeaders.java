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

import java.util.HashMap;
import java.util.Map;

/**
 * The header block of one part, and the parsing of parameterised header
 * values such as <code>form-data; name="doc"; filename="a.pdf"</code>.
 *
 * @author <a href="mailto:dkowal@brackenridge.org">Dariusz Kowal</a>
 * @version $Id: PartHeaders.java,v 1.8 2004/11/27 17:52:06 dkowal Exp $
 */
public class PartHeaders {

    private final Map headers = new HashMap();

    /** Parses CRLF separated header lines; folded lines are joined to the previous header. */
    public static PartHeaders parse(String block) {
        PartHeaders result = new PartHeaders();
        String lastName = null;
        String[] lines = block.split("\r\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.length() == 0) {
                continue;
            }
            char first = line.charAt(0);
            if ((first == ' ' || first == '\t') && lastName != null) {
                result.headers.put(lastName, result.headers.get(lastName) + " " + line.trim());
                continue;
            }
            int colon = line.indexOf(':');
            if (colon < 1) {
                continue;
            }
            lastName = line.substring(0, colon).trim().toLowerCase();
            result.headers.put(lastName, line.substring(colon + 1).trim());
        }
        return result;
    }

    /** Header value, looked up case-insensitively; null when absent. */
    public String getHeader(String name) {
        return (String) headers.get(name.toLowerCase());
    }

    public String getContentType() {
        return getHeader("content-type");
    }

    /** A parameter of the Content-Disposition header, e.g. "name" or "filename". */
    public String getDispositionParameter(String parameter) {
        String disposition = getHeader("content-disposition");
        if (disposition == null) {
            return null;
        }
        return (String) parseParameters(disposition, ';').get(parameter.toLowerCase());
    }

    /**
     * Splits <code>value</code> on <code>separator</code> into name=value pairs.
     * Quoted values may contain the separator. Tokens without '=' are skipped.
     */
    public static Map parseParameters(String value, char separator) {
        Map params = new HashMap();
        int start = 0;
        boolean quoted = false;
        for (int i = 0; i <= value.length(); i++) {
            char c = i < value.length() ? value.charAt(i) : separator;
            if (c == '"') {
                quoted = !quoted;
            } else if (c == separator && !quoted) {
                addParameter(params, value.substring(start, i));
                start = i + 1;
            }
        }
        return params;
    }

    private static void addParameter(Map params, String token) {
        int equals = token.indexOf('=');
        if (equals < 1) {
            return;
        }
        String name = token.substring(0, equals).trim().toLowerCase();
        String val = token.substring(equals + 1).trim();
        if (val.length() >= 2 && val.charAt(0) == '"' && val.charAt(val.length() - 1) == '"') {
            val = val.substring(1, val.length() - 1);
        }
        params.put(name, val);
    }
}
