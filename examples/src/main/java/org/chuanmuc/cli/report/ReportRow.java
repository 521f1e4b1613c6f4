package org.chuanmuc.cli.report;

import java.util.Objects;
import java.util.Optional;
import org.chuanmuc.assess.Assessment;
import org.chuanmuc.model.Dossier;

/**
 * One assessed officer in a report: the dossier that was read and the assessment it produced.
 *
 * @param dossier    the officer's dossier (gives the name, role, unit and group)
 * @param assessment the assessment of that officer
 */
public record ReportRow(Dossier dossier, Assessment assessment) {

    /**
     * @throws NullPointerException     when a component is null
     * @throws IllegalArgumentException when the assessment is not about the dossier's officer
     */
    public ReportRow {
        Objects.requireNonNull(dossier, "dossier");
        Objects.requireNonNull(assessment, "assessment");
        if (!dossier.officer().id().equals(assessment.officerId())) {
            throw new IllegalArgumentException("assessment of " + assessment.officerId()
                    + " paired with the dossier of " + dossier.officer().id());
        }
    }

    /** @return the officer's id */
    public String officerId() {
        return assessment.officerId();
    }

    /** @return the officer's group of similar duties within the unit; empty when the input gives none */
    public Optional<String> group() {
        return dossier.officer().group();
    }
}
