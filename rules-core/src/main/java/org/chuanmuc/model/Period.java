package org.chuanmuc.model;

/**
 * The assessment period: one calendar year. Inserted as a fact into every session, so rules can
 * condition on {@code Period(regime == Regime.ND_335_2025)} or
 * {@code Period(partyRegime == PartyRegime.QD_366_2025)}.
 *
 * @param year the rating year, 2000–2100
 */
public record Period(int year) {

    /** @throws IllegalArgumentException when the year is outside 2000–2100 */
    public Period {
        if (year < 2000 || year > 2100) {
            throw new IllegalArgumentException("year must be 2000–2100, was " + year);
        }
    }

    /** @return the legal regime in force for this year */
    public Regime regime() {
        return Regime.forYear(year);
    }

    /** @return the party regulation the party rating of this year follows */
    public PartyRegime partyRegime() {
        return PartyRegime.forYear(year);
    }
}
