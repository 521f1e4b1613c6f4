package org.chuanmuc.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Feedback from a citizen about an officer.
 *
 * @param date      when it was received
 * @param kind      complaint or praise
 * @param criterion the criterion it concerns, e.g. {@code BIET-02}
 * @param verified  confirmed by the unit
 */
public record CitizenFeedback(LocalDate date, FeedbackKind kind, String criterion, boolean verified) {

    /** @throws NullPointerException when a component is null */
    public CitizenFeedback {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(criterion, "criterion");
    }

    /**
     * @param year the assessment year
     * @return whether the feedback is dated in that year: only those count towards the year's rating
     */
    public boolean inYear(int year) {
        return date.getYear() == year;
    }
}
