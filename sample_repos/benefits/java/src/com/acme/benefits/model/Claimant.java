package com.acme.benefits.model;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.Iterator;
import java.util.List;

import com.acme.benefits.util.DateUtil;
import com.acme.benefits.util.StringUtil;

/**
 * A person claiming benefit (table CLAIMANT). A partner is held as a second
 * Claimant row linked through PARTNER_ID.
 *
 * Change history:
 *   2001-05-09 RK  Created.
 *   2002-06-17 RK  Dependants added.
 *   2003-04-11 JB  CR-1234 household capital includes partner.
 *   2004-06-09 TW  CR-1655 bank details and preferred payment method.
 *   2008-02-25 MP  CR-2977 date of death (payments stop, see NightlyPaymentRun).
 */
public class Claimant implements Serializable {

    public static final String RESIDENCY_UK = "UK";
    public static final String RESIDENCY_EEA = "EEA";
    public static final String RESIDENCY_REFUGEE = "REF";
    public static final String RESIDENCY_NO_RECOURSE = "NRPF";

    private long claimantId;
    private String nino;
    private String title;
    private String forename;
    private String surname;
    private Date dateOfBirth;
    private Date dateOfDeath;
    private Address address;
    private String residencyStatus = RESIDENCY_UK;
    private boolean habituallyResident = true;
    private Claimant partner;
    private List dependants = new ArrayList();
    private Money weeklyEarnings = Money.ZERO;
    private int hoursWorked;
    private Money capital = Money.ZERO;
    private boolean disabled;
    private boolean carer;
    private String sortCode;
    private String accountNumber;
    private PaymentMethod preferredPaymentMethod;

    public String getFullName() {
        StringBuffer buf = new StringBuffer();
        if (!StringUtil.isBlank(title)) {
            buf.append(title.trim()).append(' ');
        }
        buf.append(StringUtil.capitalise(forename)).append(' ').append(StringUtil.capitalise(surname));
        return buf.toString().trim();
    }

    public int getAgeOn(Date onDate) {
        return DateUtil.ageOn(dateOfBirth, onDate);
    }

    public boolean hasPartner() {
        return partner != null;
    }

    public boolean isLoneParentOn(Date onDate) {
        return !hasPartner() && !getChildrenOn(onDate).isEmpty();
    }

    public void addDependant(Dependant dependant) {
        dependants.add(dependant);
    }

    public List getDependants() {
        return Collections.unmodifiableList(dependants);
    }

    /** Dependants who count as children on the given date. Raw list of Dependant. */
    public List getChildrenOn(Date onDate) {
        List children = new ArrayList();
        for (Iterator it = dependants.iterator(); it.hasNext();) {
            Dependant d = (Dependant) it.next();
            if (d.isChildOn(onDate)) {
                children.add(d);
            }
        }
        return children;
    }

    /** Age of the youngest child, or -1 when there are no children. */
    public int getYoungestChildAgeOn(Date onDate) {
        int youngest = -1;
        for (Iterator it = getChildrenOn(onDate).iterator(); it.hasNext();) {
            int age = ((Dependant) it.next()).getAgeOn(onDate);
            if (youngest < 0 || age < youngest) {
                youngest = age;
            }
        }
        return youngest;
    }

    public Money getHouseholdCapital() {
        return hasPartner() ? capital.add(partner.getCapital()) : capital;
    }

    public Money getHouseholdEarnings() {
        return hasPartner() ? weeklyEarnings.add(partner.getWeeklyEarnings()) : weeklyEarnings;
    }

    public boolean hasBankDetails() {
        return !StringUtil.isBlank(sortCode) && !StringUtil.isBlank(accountNumber);
    }

    public boolean isDeceased() {
        return dateOfDeath != null;
    }

    public long getClaimantId() {
        return claimantId;
    }

    public void setClaimantId(long claimantId) {
        this.claimantId = claimantId;
    }

    public String getNino() {
        return nino;
    }

    public void setNino(String nino) {
        this.nino = nino;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
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

    public Date getDateOfDeath() {
        return dateOfDeath;
    }

    public void setDateOfDeath(Date dateOfDeath) {
        this.dateOfDeath = dateOfDeath;
    }

    public Address getAddress() {
        return address;
    }

    public void setAddress(Address address) {
        this.address = address;
    }

    public String getResidencyStatus() {
        return residencyStatus;
    }

    public void setResidencyStatus(String residencyStatus) {
        this.residencyStatus = residencyStatus;
    }

    public boolean isHabituallyResident() {
        return habituallyResident;
    }

    public void setHabituallyResident(boolean habituallyResident) {
        this.habituallyResident = habituallyResident;
    }

    public Claimant getPartner() {
        return partner;
    }

    public void setPartner(Claimant partner) {
        this.partner = partner;
    }

    public Money getWeeklyEarnings() {
        return weeklyEarnings;
    }

    public void setWeeklyEarnings(Money weeklyEarnings) {
        this.weeklyEarnings = weeklyEarnings == null ? Money.ZERO : weeklyEarnings;
    }

    public int getHoursWorked() {
        return hoursWorked;
    }

    public void setHoursWorked(int hoursWorked) {
        this.hoursWorked = hoursWorked;
    }

    public Money getCapital() {
        return capital;
    }

    public void setCapital(Money capital) {
        this.capital = capital == null ? Money.ZERO : capital;
    }

    public boolean isDisabled() {
        return disabled;
    }

    public void setDisabled(boolean disabled) {
        this.disabled = disabled;
    }

    public boolean isCarer() {
        return carer;
    }

    public void setCarer(boolean carer) {
        this.carer = carer;
    }

    public String getSortCode() {
        return sortCode;
    }

    public void setSortCode(String sortCode) {
        this.sortCode = sortCode;
    }

    public String getAccountNumber() {
        return accountNumber;
    }

    public void setAccountNumber(String accountNumber) {
        this.accountNumber = accountNumber;
    }

    public PaymentMethod getPreferredPaymentMethod() {
        return preferredPaymentMethod;
    }

    public void setPreferredPaymentMethod(PaymentMethod preferredPaymentMethod) {
        this.preferredPaymentMethod = preferredPaymentMethod;
    }
}
