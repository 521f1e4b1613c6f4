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

    /** What a first, cheap pass over an input learns. */
    record Scan(boolean groupedByUnit, long officers) {
    }

    /**
     * Reads the file once to learn whether every unit's officers are contiguous (only then can it be
     * assessed unit by unit in bounded memory) and how many officers it holds (for progress).
     */
    static Scan scan(DossierReader reader, Path input) {
        boolean grouped = true;
        long officers = 0;
        try (DossierStream stream = reader.open(input)) {
            for (DossierBatch batch : stream) {
                grouped &= !batch.resumesUnit();
                officers += batch.entries().size();
            }
        }
        return new Scan(grouped, officers);
    }
}
