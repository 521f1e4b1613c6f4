package org.chuanmuc.model;

/**
 * The assessment period: one calendar year. Inserted as a fact into every session, so rules can
 * condition on {@code Period(regime == Regime.ND_335_2025)} or
 * {@code Period(partyRegime == PartyRegime.QD_366_2025)}.
 *
 * <p>The first year is 2023: the rules the library knows came into force then (Nghị định 48/2023/NĐ-CP, amending
 * Nghị định 90/2020/NĐ-CP, of 17/7/2023; Quy định 124-QĐ/TW of 4/10/2023 for party members). An earlier year was
 * rated under other texts (Nghị định 90/2020 before its amendment, Quy định 132-QĐ/TW of 2018), which no rule here
 * states, so it is refused rather than rated and cited under instruments not yet issued.
 *
 * @param year the rating year, {@value #FIRST_YEAR}–{@value #LAST_YEAR}
 */
public record Period(int year) {
    /** The first year the library rates: the year Nghị định 48/2023 and Quy định 124-QĐ/TW came into force. */
    public static final int FIRST_YEAR = 2023;
    /** The last year accepted. */
    public static final int LAST_YEAR = 2100;

    /** @throws IllegalArgumentException when the year is outside {@value #FIRST_YEAR}–{@value #LAST_YEAR} */
    public Period {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new IllegalArgumentException("năm đánh giá phải từ " + FIRST_YEAR + " đến " + LAST_YEAR
                    + ", nhận được " + year + " (year must be " + FIRST_YEAR + "–" + LAST_YEAR
                    + "; earlier years were rated under texts these rules do not state)");
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
