package org.chuanmuc.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A finding of one of the 27 signs of Nghị quyết 04-NQ/TW.
 *
 * @param code     the sign's code, e.g. {@code NQ4-DD-03}
 * @param verified concluded by the competent authority; only verified findings lower a rating
 * @param date     when it was found, if known
 * @param evidence reference to the record (biên bản), may be empty
 */
public record SignFinding(String code, boolean verified, Optional<LocalDate> date, String evidence) {

    /** @throws NullPointerException when code is null */
    public SignFinding {
        Objects.requireNonNull(code, "code");
        date = date == null ? Optional.empty() : date;
        evidence = evidence == null ? "" : evidence;
    }

    /**
     * @param year the assessment year
     * @return true when the finding dates from {@code year}, or carries no date (then it is taken to
     *         belong to the year assessed)
     */
    public boolean inYear(int year) {
        return date.map(d -> d.getYear() == year).orElse(true);
    }

    /**
     * @param year the assessment year
     * @return true when the finding is dated in a year before {@code year}
     */
    public boolean before(int year) {
        return date.map(d -> d.getYear() < year).orElse(false);
    }

    /** @return {@code " (căn cứ: <evidence>)"}, or an empty string when there is no evidence reference */
    public String evidenceNote() {
        return evidence.isBlank() ? "" : " (căn cứ: " + evidence + ")";
    }
}
