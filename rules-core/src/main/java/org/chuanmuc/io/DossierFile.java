package org.chuanmuc.io;

import java.util.List;
import java.util.Objects;
import org.chuanmuc.model.Dossier;
import org.chuanmuc.model.Period;
import org.chuanmuc.model.Unit;

/**
 * A whole input file, read into memory and validated. Immutable.
 *
 * @param source     the file name or description given to the reader
 * @param period     the assessment period
 * @param units      the units without errors, in input order
 * @param unitErrors every error found in {@code units}, in input order (officers of a broken unit are
 *                   rejected with these errors too; a unit no officer names appears only here)
 * @param entries    one entry per record of {@code officers}, in input order
 */
public record DossierFile(String source, Period period, List<Unit> units, List<FieldError> unitErrors,
                          List<DossierEntry> entries) {

    /** @throws NullPointerException when a component is null */
    public DossierFile {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(period, "period");
        units = List.copyOf(units);
        unitErrors = List.copyOf(unitErrors);
        entries = List.copyOf(entries);
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
