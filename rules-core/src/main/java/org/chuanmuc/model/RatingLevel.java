package org.chuanmuc.model;

import java.text.Normalizer;

/**
 * The four yearly rating levels (mức xếp loại chất lượng), best first.
 *
 * <p>The declaration order is the ranking: {@link #isBelow(RatingLevel)} and {@link #min(RatingLevel)}
 * rely on it, and rules can compare levels with {@code rank}.
 */
public enum RatingLevel {
    /** Hoàn thành xuất sắc nhiệm vụ. */
    HOAN_THANH_XUAT_SAC("Hoàn thành xuất sắc nhiệm vụ"),
    /** Hoàn thành tốt nhiệm vụ. */
    HOAN_THANH_TOT("Hoàn thành tốt nhiệm vụ"),
    /** Hoàn thành nhiệm vụ. */
    HOAN_THANH("Hoàn thành nhiệm vụ"),
    /** Không hoàn thành nhiệm vụ. */
    KHONG_HOAN_THANH("Không hoàn thành nhiệm vụ");

    /** The levels, best first; {@code values()} copies its array on every call. */
    private static final RatingLevel[] VALUES = values();

    private final String label;

    RatingLevel(String label) {
        this.label = label;
    }

    /** @return the Vietnamese label, e.g. {@code "Hoàn thành tốt nhiệm vụ"} */
    public String label() {
        return label;
    }

    /** @return 0 for the best level up to 3 for {@link #KHONG_HOAN_THANH} */
    public int rank() {
        return ordinal();
    }

    /** @return true when this level is strictly worse than {@code other} */
    public boolean isBelow(RatingLevel other) {
        return ordinal() > other.ordinal();
    }

    /**
     * @return the next better level, e.g. {@link #HOAN_THANH_TOT} for {@link #HOAN_THANH}; the best level for
     *         itself
     */
    public RatingLevel above() {
        return values()[Math.max(0, ordinal() - 1)];
    }

    /** @return the worse of this level and {@code other} */
    public RatingLevel min(RatingLevel other) {
        return isBelow(other) ? this : other;
    }

    /**
     * Finds a level by its code ({@code HOAN_THANH}) or its Vietnamese label ({@code Hoàn thành nhiệm vụ}),
     * ignoring case and Unicode composition (a label typed with decomposed diacritics, NFD, as macOS input or text
     * pasted from a PDF gives it, is the same label); lets DSL sentences name levels the way policy staff write them.
     *
     * @param codeOrLabel a code or label
     * @return the level
     * @throws IllegalArgumentException when nothing matches, listing the accepted labels
     */
    public static RatingLevel of(String codeOrLabel) {
        String key = codeOrLabel.strip();
        RatingLevel found = find(key);
        if (found == null && !Normalizer.isNormalized(key, Normalizer.Form.NFC)) {
            // rules call this on every firing: the label as written is tried first, normalised only when it misses
            found = find(Normalizer.normalize(key, Normalizer.Form.NFC));
        }
        if (found != null) {
            return found;
        }
        throw new IllegalArgumentException("không có mức xếp loại \"" + codeOrLabel + "\"; dùng một trong: "
                + java.util.Arrays.stream(values()).map(RatingLevel::label).toList());
    }

    private static RatingLevel find(String key) {
        for (RatingLevel level : VALUES) {
            if (level.name().equalsIgnoreCase(key) || level.label().equalsIgnoreCase(key)) {
                return level;
            }
        }
        return null;
    }
}
