package org.chuanmuc.model;

import java.util.Objects;

/**
 * What one officer is assessed on: the period, the officer's unit and the officer's record.
 *
 * @param period  the assessment year
 * @param unit    the officer's unit; its id must equal {@code officer.unitId()}
 * @param officer the officer
 */
public record Dossier(Period period, Unit unit, Officer officer) {

    /**
     * @throws NullPointerException     when a component is null
     * @throws IllegalArgumentException when the officer does not belong to the unit, or when the period
     *                                  is rated on the 100-point scale (from 2026) and the officer has no
     *                                  {@link Scores}
     */
    public Dossier {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(officer, "officer");
        if (!unit.id().equals(officer.unitId())) {
            throw new IllegalArgumentException(
                    "officer " + officer.id() + " belongs to unit " + officer.unitId() + ", not " + unit.id());
        }
        if (period.regime() == Regime.ND_335_2025 && officer.scores().isEmpty()) {
            throw new IllegalArgumentException("cán bộ " + officer.id() + ": từ năm 2026 cần điểm tiêu chí chung"
                    + " (scores.general is required from 2026, Nghị định 335/2025/NĐ-CP)");
        }
    }
}
