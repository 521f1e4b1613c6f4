package org.chuanmuc.io;

import java.util.List;
import java.util.Objects;
import org.chuanmuc.model.Dossier;

/**
 * Consecutive records of an input's {@code officers} array that name the same {@code unitId}, as
 * {@link DossierStream} yields them. For a file grouped by unit, one batch is one whole unit, which is
 * what unit-wide rules (the quota) need: pass {@link #dossiers()} to
 * {@link org.chuanmuc.assess.Assessor#assessAll(java.util.Collection)}.
 *
 * @param unitId      the {@code unitId} the records name, as written; empty for records without a string
 *                    {@code unitId} (consecutive ones are batched together and never marked resumed)
 * @param entries     the records, accepted and rejected, in input order; never empty
 * @param resumesUnit true when an earlier batch of the same input already held records of this unit: the
 *                    input is not grouped by unit, so unit-wide rules will see only part of the unit
 */
public record DossierBatch(String unitId, List<DossierEntry> entries, boolean resumesUnit) {

    /**
     * @throws NullPointerException     when a component is null
     * @throws IllegalArgumentException when entries is empty
     */
    public DossierBatch {
        Objects.requireNonNull(unitId, "unitId");
        entries = List.copyOf(entries);
        if (entries.isEmpty()) {
            throw new IllegalArgumentException("a batch holds at least one record");
        }
    }

    /** @return the accepted dossiers, in input order */
    public List<Dossier> dossiers() {
        return DossierEntries.dossiers(entries);
    }

    /** @return the rejected records, in input order */
    public List<RejectedOfficer> rejected() {
        return DossierEntries.rejected(entries);
    }
}
