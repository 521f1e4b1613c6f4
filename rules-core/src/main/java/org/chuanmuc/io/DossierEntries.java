package org.chuanmuc.io;

import java.util.List;
import org.chuanmuc.model.Dossier;

/** Splits a list of entries into its accepted dossiers and its rejected records. */
final class DossierEntries {

    private DossierEntries() {
    }

    static List<Dossier> dossiers(List<DossierEntry> entries) {
        return entries.stream().filter(DossierEntry.Accepted.class::isInstance)
                .map(e -> ((DossierEntry.Accepted) e).dossier()).toList();
    }

    static List<RejectedOfficer> rejected(List<DossierEntry> entries) {
        return entries.stream().filter(DossierEntry.Rejected.class::isInstance)
                .map(e -> ((DossierEntry.Rejected) e).officer()).toList();
    }
}
