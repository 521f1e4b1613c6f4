package org.chuanmuc.model;

/** The legal regime that governs a rating year. */
public enum Regime {
    /** Nghị định 90/2020/NĐ-CP as amended by Nghị định 48/2023/NĐ-CP: years up to 2025. */
    ND_90_2020,
    /** Nghị định 335/2025/NĐ-CP, 100-point scale: years from 2026. */
    ND_335_2025;

    /** @return the regime in force for the given assessment year */
    public static Regime forYear(int year) {
        return year >= 2026 ? ND_335_2025 : ND_90_2020;
    }
}
