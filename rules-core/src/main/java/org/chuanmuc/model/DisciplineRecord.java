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

    /** @throws NullPointerException when form, system or decidedOn is null */
    public DisciplineRecord {
        Objects.requireNonNull(form, "form");
        Objects.requireNonNull(system, "system");
        Objects.requireNonNull(decidedOn, "decidedOn");
        decision = decision == null ? "" : decision;
    }

    /** @return true when the discipline was decided in {@code year} */
    public boolean decidedIn(int year) {
        return decidedOn.getYear() == year;
    }

    /**
     * @return a Vietnamese summary, e.g. {@code "khiển trách theo quyết định 123/QĐ-CAT ngày 10/05/2025"}
     */
    public String summary() {
        return form.label() + (decision.isBlank() ? "" : " theo quyết định " + decision) + " ngày "
                + decidedOn.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
    }
}
