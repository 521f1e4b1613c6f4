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
        return DossierReader.withKnownSigns(CriteriaCatalogue.standard().signCodes());
    }

    /**
     * Reads the file once, cheaply, to learn whether every unit's officers are contiguous; only then can
     * it be assessed unit by unit in bounded memory.
     */
    static boolean groupedByUnit(DossierReader reader, Path input) {
        try (DossierStream stream = reader.open(input)) {
            for (DossierBatch batch : stream) {
                if (batch.resumesUnit()) {
                    return false;
                }
            }
            return true;
        }
    }
}
