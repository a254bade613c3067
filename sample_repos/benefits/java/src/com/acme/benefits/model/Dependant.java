package com.acme.benefits.model;

import java.io.Serializable;
import java.util.Date;

import com.acme.benefits.util.BenefitsConstants;
import com.acme.benefits.util.DateUtil;

/**
 * A child or qualifying young person in the claimant's household (table DEPENDANT).
 *
 * Change history:
 *   2002-06-17 RK  Created.
 *   2006-04-03 KT  CR-2412 qualifying young person (16-19 in full-time education).
 */
public class Dependant implements Serializable {

    private long dependantId;
    private String forename;
    private String surname;
    private Date dateOfBirth;
    private boolean inFullTimeEducation;
    private boolean disabled;

    public Dependant() {
    }

    public Dependant(String forename, String surname, Date dateOfBirth) {
        this.forename = forename;
        this.surname = surname;
        this.dateOfBirth = dateOfBirth;
    }

    public int getAgeOn(Date onDate) {
        return DateUtil.ageOn(dateOfBirth, onDate);
    }

    /** A child for benefit purposes: under 16, or under 20 and still in full-time education. */
    public boolean isChildOn(Date onDate) {
        if (dateOfBirth == null) {
            return false;
        }
        int age = getAgeOn(onDate);
        if (age < BenefitsConstants.CHILD_AGE_LIMIT) {
            return true;
        }
        return inFullTimeEducation && age < BenefitsConstants.QUALIFYING_YOUNG_PERSON_LIMIT;
    }

    public long getDependantId() {
        return dependantId;
    }

    public void setDependantId(long dependantId) {
        this.dependantId = dependantId;
    }

    public String getForename() {
        return forename;
    }

    public void setForename(String forename) {
        this.forename = forename;
    }

    public String getSurname() {
        return surname;
    }

    public void setSurname(String surname) {
        this.surname = surname;
    }

    public Date getDateOfBirth() {
        return dateOfBirth;
    }

    public void setDateOfBirth(Date dateOfBirth) {
        this.dateOfBirth = dateOfBirth;
    }

    public boolean isInFullTimeEducation() {
        return inFullTimeEducation;
    }

    public void setInFullTimeEducation(boolean inFullTimeEducation) {
        this.inFullTimeEducation = inFullTimeEducation;
    }

    public boolean isDisabled() {
        return disabled;
    }

    public void setDisabled(boolean disabled) {
        this.disabled = disabled;
    }
}
