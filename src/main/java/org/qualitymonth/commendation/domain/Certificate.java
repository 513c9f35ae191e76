package org.qualitymonth.commendation.domain;

import java.time.LocalDate;

/** A certificate as the verification page and the PDF show it. */
public record Certificate(String number, String unitName, String provinceCode, String roundTitle, int editionYear,
                          String reason, String highlights, LocalDate issuedOn) {
}
