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

import java.io.UnsupportedEncodingException;

/**
 * One part of a <code>multipart/form-data</code> body: either an ordinary
 * form field or an uploaded file. The content is held in memory.
 *
 * @author <a href="mailto:hgrieve@brackenridge.org">Hannelore Grieve</a>
 * @author <a href="mailto:dkowal@brackenridge.org">Dariusz Kowal</a>
 * @version $Id: PartItem.java,v 1.11 2005/03/02 08:41:10 dkowal Exp $
 */
public class PartItem {

    private final String fieldName;
    private final String fileName;
    private final String contentType;
    private final byte[] content;

    public PartItem(String fieldName, String fileName, String contentType, byte[] content) {
        this.fieldName = fieldName;
        this.fileName = fileName;
        this.contentType = contentType;
        this.content = content;
    }

    /** True for a plain form field, false for a file. */
    public boolean isFormField() {
        return fileName == null;
    }

    public String getFieldName() {
        return fieldName;
    }

    /**
     * The file name as sent by the browser, without any directory part
     * (some browsers send the full path from the user's disk).
     */
    public String getName() {
        if (fileName == null) {
            return null;
        }
        int slash = Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\'));
        return slash < 0 ? fileName : fileName.substring(slash + 1);
    }

    public String getContentType() {
        return contentType;
    }

    public long getSize() {
        return content.length;
    }

    public byte[] get() {
        return content;
    }

    /** The content decoded as ISO-8859-1, the default for form fields. */
    public String getString() {
        return getString("ISO-8859-1");
    }

    public String getString(String encoding) {
        try {
            return new String(content, encoding);
        } catch (UnsupportedEncodingException e) {
            return new String(content);
        }
    }
}
