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

/**
 * Signals that an upload is larger than the parser was told to accept,
 * either as a whole request or as a single file.
 *
 * @author <a href="mailto:hgrieve@brackenridge.org">Hannelore Grieve</a>
 * @author Tomasz Wilk
 * @version $Id: UploadLimitException.java,v 1.6 2005/02/14 21:07:33 hgrieve Exp $
 */
public class UploadLimitException extends IOException {

    private final long actualSize;
    private final long permittedSize;

    public UploadLimitException(String message, long actualSize, long permittedSize) {
        super(message);
        this.actualSize = actualSize;
        this.permittedSize = permittedSize;
    }

    /** Bytes seen (or announced) when the limit was hit. */
    public long getActualSize() {
        return actualSize;
    }

    public long getPermittedSize() {
        return permittedSize;
    }
}
