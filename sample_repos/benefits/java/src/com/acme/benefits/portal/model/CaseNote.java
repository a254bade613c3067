package com.acme.benefits.portal.model;

import java.io.Serializable;
import java.util.Date;

/**
 * A caseworker's note on a claim (table CASE_NOTE).
 *
 * Change history:
 *   2006-04-03 KT  Created (CR-2410).
 */
public class CaseNote implements Serializable {

    private long noteId;
    private long claimId;
    private long authorId;
    private String text;
    private Date created;

    public long getNoteId() {
        return noteId;
    }

    public void setNoteId(long noteId) {
        this.noteId = noteId;
    }

    public long getClaimId() {
        return claimId;
    }

    public void setClaimId(long claimId) {
        this.claimId = claimId;
    }

    public long getAuthorId() {
        return authorId;
    }

    public void setAuthorId(long authorId) {
        this.authorId = authorId;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public Date getCreated() {
        return created;
    }

    public void setCreated(Date created) {
        this.created = created;
    }
}
