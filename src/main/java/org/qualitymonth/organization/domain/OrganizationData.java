package org.qualitymonth.organization.domain;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.qualitymonth.organization.OrganizationType;
import org.qualitymonth.organization.QualityAward;
import org.qualitymonth.organization.SizeClass;
import org.qualitymonth.shared.CreditCodeFormat;
import org.qualitymonth.shared.PlainText;

/** What a user enters for an organisation, validated field by field; cross-field rules live in {@link OrganizationRules}. */
public record OrganizationData(
        @NotNull OrganizationType type,
        @NotBlank @Size(max = 120) @PlainText String name,
        @CreditCodeFormat String creditCode,
        @Pattern(regexp = "[1-9]\\d{5}", message = "{validation.regionCode}") String regionCode,
        @Size(max = 200) @PlainText String address,
        @Size(max = 40) @PlainText String contactPerson,
        @Size(max = 30) @Pattern(regexp = "[0-9+()\\- ]*", message = "{validation.phone}") String contactPhone,
        @Size(max = 30) String categoryCode,
        boolean demonstrationCity,
        QualityAward qualityAward,
        boolean centralEnterprise,
        SizeClass sizeClass) {

    /** Trims text, normalises the credit code, and turns blanks into nulls so the database holds one form of "empty". */
    public OrganizationData normalised() {
        return new OrganizationData(type, strip(name), blankToNull(org.qualitymonth.shared.CreditCode.normalise(creditCode)),
                blankToNull(strip(regionCode)), blankToNull(strip(address)), blankToNull(strip(contactPerson)),
                blankToNull(strip(contactPhone)), blankToNull(strip(categoryCode)), demonstrationCity,
                qualityAward == null ? QualityAward.NONE : qualityAward, centralEnterprise, sizeClass);
    }

    private static String strip(String value) {
        return value == null ? null : value.strip();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
