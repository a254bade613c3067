package com.acme.benefits.model;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

import com.acme.benefits.util.StringUtil;

/**
 * Postal address of a claimant (table ADDRESS).
 *
 * Change history:
 *   2001-05-09 RK  Created.
 *   2003-01-27 JB  CR-1188 postcode always stored normalised.
 *   2007-08-13 MP  CR-2930 country code for claimants living abroad.
 */
public class Address implements Serializable {

    public static final String UK = "GB";

    private long addressId;
    private String line1;
    private String line2;
    private String line3;
    private String town;
    private String county;
    private String postcode;
    private String countryCode = UK;

    public Address() {
    }

    public Address(String line1, String town, String postcode) {
        this.line1 = line1;
        this.town = town;
        setPostcode(postcode);
    }

    public long getAddressId() {
        return addressId;
    }

    public void setAddressId(long addressId) {
        this.addressId = addressId;
    }

    public String getLine1() {
        return line1;
    }

    public void setLine1(String line1) {
        this.line1 = line1;
    }

    public String getLine2() {
        return line2;
    }

    public void setLine2(String line2) {
        this.line2 = line2;
    }

    public String getLine3() {
        return line3;
    }

    public void setLine3(String line3) {
        this.line3 = line3;
    }

    public String getTown() {
        return town;
    }

    public void setTown(String town) {
        this.town = town;
    }

    public String getCounty() {
        return county;
    }

    public void setCounty(String county) {
        this.county = county;
    }

    public String getPostcode() {
        return postcode;
    }

    public void setPostcode(String postcode) {
        this.postcode = isUkAddress() ? StringUtil.normalisePostcode(postcode) : postcode;
    }

    public String getCountryCode() {
        return countryCode;
    }

    public void setCountryCode(String countryCode) {
        this.countryCode = StringUtil.nvl(countryCode, UK).toUpperCase();
    }

    public boolean isUkAddress() {
        return countryCode == null || UK.equals(countryCode);
    }

    /** Comma separated address for screens and the audit trail. */
    public String toSingleLine() {
        List parts = new ArrayList();
        String[] candidates = {line1, line2, line3, town, county, postcode};
        for (int i = 0; i < candidates.length; i++) {
            if (!StringUtil.isBlank(candidates[i])) {
                parts.add(candidates[i].trim());
            }
        }
        if (!isUkAddress()) {
            parts.add(countryCode);
        }
        return StringUtil.join(parts, ", ");
    }

    public String toString() {
        return toSingleLine();
    }
}
