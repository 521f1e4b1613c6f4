package org.chuanmuc.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A discipline decision.
 *
 * @param form            the form of discipline
 * @param system          state or party
 * @param decidedOn       the decision date: a discipline counts for the year in which it was decided
 * @param decision        the decision number, e.g. {@code 123/QĐ-CAT}; may be empty
 * @param relatedToDuties whether the violation concerned the officer's duties
 */
public record DisciplineRecord(DisciplineForm form, DisciplineSystem system, LocalDate decidedOn,
                               String decision, boolean relatedToDuties) {

    /**
     * @throws NullPointerException     when form, system or decidedOn is null
     * @throws IllegalArgumentException when the system has no such form (a state khai trừ, a party hạ bậc lương…):
     *                                  no rule would count it, so it is refused instead of being silently ignored
     */
    public DisciplineRecord {
        Objects.requireNonNull(form, "form");
        Objects.requireNonNull(system, "system");
        Objects.requireNonNull(decidedOn, "decidedOn");
        if (!system.allows(form)) {
            throw new IllegalArgumentException("a " + system + " discipline cannot be " + form + "; its forms are "
                    + system.forms());
        }
        decision = decision == null ? "" : decision;
    }

    /** @return true when the discipline was decided in {@code year} */
    public boolean decidedIn(int year) {
        return decidedOn.getYear() == year;
    }

    /** @return true when the discipline was decided in a year before {@code year} */
    public boolean decidedBefore(int year) {
        return decidedOn.getYear() < year;
    }

    /**
     * @return {@link #summary()} after the system, e.g.
     *         {@code "kỷ luật hành chính khiển trách theo quyết định 123/QĐ-CAT ngày 10/05/2025"}
     */
    public String summaryWithSystem() {
        return system.label() + " " + summary();
    }

    /**
     * @return a Vietnamese summary, e.g. {@code "khiển trách theo quyết định 123/QĐ-CAT ngày 10/05/2025"}
     */
    public String summary() {
        return form.label() + (decision.isBlank() ? "" : " theo quyết định " + decision) + " ngày "
                + decidedOn.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
    }
}
