package org.chuanmuc.io;

import java.util.Objects;
import org.chuanmuc.model.Dossier;

/**
 * One record of an input's {@code officers} array, after validation: either {@link Accepted} (ready to
 * assess) or {@link Rejected} (with every error). Entries keep the record's position in the array, so
 * callers can write results and rejections in input order.
 */
public sealed interface DossierEntry permits DossierEntry.Accepted, DossierEntry.Rejected {

    /** @return position of the record in the input's {@code officers} array (0-based) */
    int index();

    /** @return the record's {@code id}; empty when a rejected record has none */
    String officerId();

    /**
     * A valid record.
     *
     * @param index   position in the {@code officers} array (0-based)
     * @param dossier the officer with the period and the officer's unit
     */
    record Accepted(int index, Dossier dossier) implements DossierEntry {

        /** @throws NullPointerException when dossier is null */
        public Accepted {
            Objects.requireNonNull(dossier, "dossier");
        }

        @Override
        public String officerId() {
            return dossier.officer().id();
        }
    }

    /**
     * An invalid record.
     *
     * @param officer the record's id and errors
     */
    record Rejected(RejectedOfficer officer) implements DossierEntry {

        /** @throws NullPointerException when officer is null */
        public Rejected {
            Objects.requireNonNull(officer, "officer");
        }

        @Override
        public int index() {
            return officer.index();
        }

        @Override
        public String officerId() {
            return officer.officerId();
        }
    }
}
