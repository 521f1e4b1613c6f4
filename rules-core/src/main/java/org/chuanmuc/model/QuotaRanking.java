package org.chuanmuc.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;

/**
 * Derived fact: the candidates for the top level (Hoàn thành xuất sắc) of one group of a unit, ranked once,
 * with the number who may keep it. The quota rule inserts one per group; per-candidate rules join on it.
 *
 * <p>The decree counts the quota against the final number rated Hoàn thành tốt, which includes the candidates
 * moved down by the quota. With {@code T} officers rated tốt on their own merits and {@code C} candidates, the
 * most who keep the top level is the largest {@code x ≤ C} with {@code x ≤ p·(T + C − x)}, that is
 * {@code min(C, ⌊p·(T + C) / (1 + p)⌋)}, computed in exact decimal arithmetic.
 *
 * @param unitId     the unit
 * @param unitName   the unit's name, for messages
 * @param group      the group of similar duties; empty for the whole unit
 * @param rankedGood officers of the group rated Hoàn thành tốt on their own merits (T)
 * @param candidates officers of the group who meet every condition of the top level (C)
 * @param cap        how many of them keep it
 * @param percent    the quota, in percent of those rated Hoàn thành tốt (a table cell, 20 under the decree)
 * @param order      the ranking keys, in order; {@link RankKey#OFFICER_ID} last
 * @param places     each candidate's place, 1 = first
 */
public record QuotaRanking(String unitId, String unitName, String group, long rankedGood, int candidates, int cap,
                           double percent, List<RankKey> order, Map<String, Integer> places) {

    /** The order up to 2025: completion, quality, officer id. */
    public static final List<RankKey> DEFAULT_ORDER_TO_2025 =
            List.of(RankKey.COMPLETION, RankKey.QUALITY, RankKey.OFFICER_ID);

    /**
     * @throws NullPointerException     when a component is null
     * @throws IllegalArgumentException when a count is negative
     */
    public QuotaRanking {
        Objects.requireNonNull(unitId, "unitId");
        Objects.requireNonNull(unitName, "unitName");
        Objects.requireNonNull(group, "group");
        order = List.copyOf(order);
        places = Map.copyOf(places);
        if (rankedGood < 0 || candidates < 0 || cap < 0) {
            throw new IllegalArgumentException("counts must be ≥ 0");
        }
    }

    /**
     * Ranks the candidates of one group once (O(C log C)) and computes the cap.
     *
     * @param unit       the unit
     * @param group      the group key ({@link ProposedRating#groupKey()}); empty for the whole unit
     * @param candidates the group's candidates for the top level
     * @param rankedGood the group's officers rated Hoàn thành tốt on their own merits
     * @param percent    the quota in percent, e.g. {@code 20}
     * @param order      the ranking keys, in order; the officer id is added last when missing
     * @return the ranking
     * @throws IllegalArgumentException when the percentage is negative or not a finite number
     */
    public static QuotaRanking of(Unit unit, String group, List<ProposedRating> candidates, long rankedGood,
                                  double percent, List<RankKey> order) {
        List<RankKey> keys = new ArrayList<>();
        order.stream().filter(k -> !keys.contains(k)).forEach(keys::add);
        keys.remove(RankKey.OFFICER_ID);
        keys.add(RankKey.OFFICER_ID);
        List<ProposedRating> sorted = new ArrayList<>(candidates);
        sorted.sort((a, b) -> RankKey.compare(keys, a, b));
        Map<String, Integer> places = new HashMap<>();
        for (int i = 0; i < sorted.size(); i++) {
            places.put(sorted.get(i).officerId(), i + 1);
        }
        return new QuotaRanking(unit.id(), unit.name(), group, rankedGood, sorted.size(),
                capFor(rankedGood, sorted.size(), percent), percent, keys, places);
    }

    /**
     * The most candidates who may keep the top level: the largest {@code x ≤ candidates} with
     * {@code x ≤ percent/100 × (rankedGood + candidates − x)}, in exact decimal arithmetic.
     *
     * @return e.g. 2 for 6 rated tốt and 7 candidates at 20%; 5 for 30 officers who all qualify
     * @throws IllegalArgumentException when the percentage is negative or not a finite number, or a count is
     *                                  negative
     */
    public static int capFor(long rankedGood, int candidates, double percent) {
        if (!Double.isFinite(percent) || percent < 0) {
            throw new IllegalArgumentException("quota percentage must be a finite number ≥ 0, was " + percent);
        }
        if (rankedGood < 0 || candidates < 0) {
            throw new IllegalArgumentException("counts must be ≥ 0");
        }
        BigDecimal p = BigDecimal.valueOf(percent);
        BigDecimal most = p.multiply(BigDecimal.valueOf(rankedGood + candidates))
                .divide(p.add(BigDecimal.valueOf(100)), 0, RoundingMode.FLOOR);
        return most.min(BigDecimal.valueOf(candidates)).intValueExact();
    }

    /** @return the candidate's place, 1 = first; 0 when the officer is not a candidate of this group */
    public int placeOf(String officerId) {
        return places.getOrDefault(officerId, 0);
    }

    /** @return true when the officer is a candidate placed within the cap */
    public boolean keeps(String officerId) {
        int place = placeOf(officerId);
        return place >= 1 && place <= cap;
    }

    /** @return the number rated Hoàn thành tốt once the quota is applied: T + C − cap */
    public long finalGood() {
        return rankedGood + candidates - cap;
    }

    /** @return {@code "Nhóm «Điều tra» của đơn vị …"} or {@code "Đơn vị …"} for the whole unit */
    public String scope() {
        return group.isEmpty() ? "Đơn vị " + unitName : "Nhóm «" + group + "» của đơn vị " + unitName;
    }

    /**
     * @return the Vietnamese reason for one candidate: the group, T, C, the cap with its arithmetic and the
     *         officer's place by the ranking keys
     */
    public String explain(String officerId) {
        String pct = ExactDecimals.vietnamese(percent) + "%";
        String over = cap < candidates
                ? "; giữ " + (cap + 1) + " người thì " + (cap + 1) + " > " + pct + " × " + (finalGood() - 1)
                : "";
        // one concatenation: the message (about 300 characters, with Vietnamese letters) is copied once
        return scope() + ": " + rankedGood + " người Hoàn thành tốt và " + candidates
                + " người đủ điều kiện Hoàn thành xuất sắc; tối đa " + cap + " người giữ mức (" + cap + " ≤ " + pct
                + " × " + finalGood() + " người Hoàn thành tốt sau khi áp hạn mức" + over + "); cán bộ xếp thứ "
                + placeOf(officerId) + " theo " + orderLabels()
                + (keeps(officerId) ? ": giữ Hoàn thành xuất sắc" : ": vượt hạn mức nên xếp Hoàn thành tốt");
    }

    private String orderLabels() {
        StringJoiner labels = new StringJoiner(", ");
        for (RankKey key : order) {
            labels.add(key.label());
        }
        return labels.toString();
    }
}
