package org.chuanmuc.cli;

import java.nio.file.Path;
import org.chuanmuc.criteria.CriteriaCatalogue;
import org.chuanmuc.io.DossierBatch;
import org.chuanmuc.io.DossierReader;
import org.chuanmuc.io.DossierStream;

/** The dossier reader the commands share. */
final class Readers {
    private Readers() {
    }

    /** @return a reader that checks sign codes against the standard catalogue */
    static DossierReader standard() {
        return of(CriteriaCatalogue.standard());
    }

    /** @return a reader that checks sign codes against the catalogue of the criteria in use */
    static DossierReader of(CriteriaCatalogue catalogue) {
        return DossierReader.withKnownSigns(catalogue.signCodes());
    }

    /**
     * What a first, cheap pass over an input learns.
     *
     * @param groupedByUnit whether every unit's officers are contiguous, so that the file can be streamed
     * @param officers      the number of officer records; counted only when grouped
     */
    record Scan(boolean groupedByUnit, long officers) {
    }

    /**
     * Reads the file to learn whether every unit's officers are contiguous (then it can be streamed unit by
     * unit) and how many officers it holds (for progress). A grouped file is read whole, so that it is known to
     * be well-formed before any output is opened; the pass stops at the first unit that comes back, since an
     * ungrouped file is read whole by the next pass anyway.
     */
    static Scan scan(DossierReader reader, Path input) {
        long officers = 0;
        try (DossierStream stream = reader.open(input)) {
            for (DossierBatch batch : stream) {
                if (batch.resumesUnit()) {
                    return new Scan(false, officers);
                }
                officers += batch.entries().size();
            }
        }
        return new Scan(true, officers);
    }
}
