package org.chuanmuc.assess;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.chuanmuc.model.Dossier;
import org.chuanmuc.model.RatingLevel;

/**
 * What a change of the rules would do to real dossiers: assesses every officer under a base rule set and a
 * changed one, and keeps the level changes (from × to counts, per unit and in total, for the state rating
 * and the party rating) and every officer whose rating, party rating, reasons, review flags or warnings
 * differ, with what appeared and what disappeared. An officer not rated this year ({@link Assessment#notRated()})
 * is counted in the matrices' row or column {@link Standing#KHONG_XEP_LOAI}, not at the level proposed for
 * information, as the summaries of an assessment count them; in the party matrix too, since a party rating is
 * derived from the state proposal, which for such an officer the quota does not bound. Two reasons are the same when they say the same: rule,
 * criterion, label, citation, message, kind, cap and track; the facts a rule matched are not compared
 * (they name inputs such as a parameter's value, which is what an edit changes).
 *
 * <p>A reason, review flag or warning that differs only in the name of the rule that gave it is not a change of the
 * officer's outcome: the officer reads the same rating, reasons and flags. Policy staff rename a rule whenever they
 * change its threshold (the name states it), and every officer the renamed rule concludes about would otherwise be
 * listed with an added and a removed reason that read alike, burying those the new threshold moves. Such renames are
 * counted instead, per pair of names, in {@link Report#renamedRules()}.
 *
 * <pre>{@code
 * Assessor base = Assessor.builder().rules(StandardCriteria.rules()).build();
 * Assessor changed = Assessor.builder().rules(StandardCriteria.fromFolder(Path.of("quy-tac-2027"))).build();
 * RuleSetComparison.Report report = RuleSetComparison.between(base, changed).add(dossiers).report();
 * report.changes().forEach(c -> System.out.println(c.officerId() + ": " + c.baseStanding() + " → " + c.changedStanding()));
 * }</pre>
 *
 * <p>Memory holds only the counts and the officers that changed, so a large input can be fed unit by unit
 * ({@link #add(Collection)} once per unit, or {@link #add(Dossier, Assessment, Assessment)} for officers
 * assessed elsewhere, e.g. on several threads). A comparison collects; it is not thread-safe. Each
 * {@link Report} is an immutable snapshot.
 */
public final class RuleSetComparison {
    private static final int STANDINGS = Standing.values().length;

    private final Assessor base;
    private final Assessor changed;
    private final RuleSetInfo baseInfo;
    private final RuleSetInfo changedInfo;
    private final Map<String, UnitTally> units = new LinkedHashMap<>();
    private final int[] state = new int[STANDINGS * STANDINGS];
    private final int[] party = new int[STANDINGS * STANDINGS];
    private final List<OfficerChange> changes = new ArrayList<>();
    /** Base rule name → changed rule name → reasons, flags and warnings that differ only in that name. */
    private final Map<String, Map<String, int[]>> renames = new HashMap<>();

    private RuleSetComparison(Assessor base, Assessor changed) {
        this.base = Objects.requireNonNull(base, "base");
        this.changed = Objects.requireNonNull(changed, "changed");
        this.baseInfo = base.ruleSet();
        this.changedInfo = changed.ruleSet();
    }

    /**
     * Starts a comparison.
     *
     * @param base    the rules in force
     * @param changed the rules as they would be
     * @return an empty comparison
     * @throws NullPointerException when an argument is null
     */
    public static RuleSetComparison between(Assessor base, Assessor changed) {
        return new RuleSetComparison(base, changed);
    }

    /**
     * Compares a whole collection at once.
     *
     * @param base     the rules in force
     * @param changed  the rules as they would be
     * @param dossiers the dossiers (grouped into units by {@link Assessor#assessAll(Collection)})
     * @return the report
     * @throws AssessmentException when a rule of either set loops, runs out of time or fails
     */
    public static Report compare(Assessor base, Assessor changed, Collection<Dossier> dossiers) {
        return between(base, changed).add(dossiers).report();
    }

    /**
     * Assesses dossiers under both rule sets and records the differences. Give a whole unit in one call:
     * unit-wide rules (the quota) see only the officers of the same call.
     *
     * @param dossiers the dossiers, e.g. one unit's
     * @return this comparison
     * @throws AssessmentException      when a rule of either set loops, runs out of time or fails; nothing of
     *                                  this call is recorded then
     * @throws IllegalArgumentException when an officer id appears twice in the same period
     */
    public RuleSetComparison add(Collection<Dossier> dossiers) {
        List<Dossier> list = List.copyOf(dossiers);
        List<Assessment> before = base.assessAll(list).assessments();
        List<Assessment> after = changed.assessAll(list).assessments();
        for (int i = 0; i < list.size(); i++) {
            add(list.get(i), before.get(i), after.get(i));
        }
        return this;
    }

    /**
     * Records one officer assessed elsewhere under both rule sets.
     *
     * @param dossier the officer's dossier
     * @param before  the officer's assessment under the base rules
     * @param after   the officer's assessment under the changed rules
     * @return this comparison
     * @throws IllegalArgumentException when an assessment is not the dossier's officer's
     */
    public RuleSetComparison add(Dossier dossier, Assessment before, Assessment after) {
        String id = dossier.officer().id();
        if (!before.officerId().equals(id) || !after.officerId().equals(id)) {
            throw new IllegalArgumentException("assessments of " + before.officerId() + " and " + after.officerId()
                    + " do not belong to officer " + id);
        }
        UnitTally unit = units.computeIfAbsent(dossier.unit().id(), k -> new UnitTally(dossier.unit().name()));
        Difference<Reason> reasons = difference(before.reasons(), after.reasons(), RuleSetComparison::said,
                Reason::rule);
        Difference<Flag> flags = difference(before.reviewFlags(), after.reviewFlags(), RuleSetComparison::said,
                Flag::rule);
        Difference<Flag> warnings = difference(before.warnings(), after.warnings(), RuleSetComparison::said,
                Flag::rule);
        OfficerChange change = new OfficerChange(id, dossier.officer().name(), dossier.unit().id(), before.rating(),
                after.rating(), before.notRated(), after.notRated(), before.partyRating(), after.partyRating(),
                reasons.added(), reasons.removed(), flags.added(), flags.removed(), warnings.added(),
                warnings.removed());
        count(state, unit.state, change.baseStanding(), change.changedStanding());
        if (change.basePartyStanding().isPresent() && change.changedPartyStanding().isPresent()) {
            count(party, unit.party, change.basePartyStanding().get(), change.changedPartyStanding().get());
        }
        if (change.ratingChanged() || change.baseRating() != change.changedRating() || change.partyRatingChanged()
                || !change.baseParty().equals(change.changedParty()) || !change.reasonsAdded().isEmpty()
                || !change.reasonsRemoved().isEmpty() || !change.reviewFlagsAdded().isEmpty()
                || !change.reviewFlagsRemoved().isEmpty() || !change.warningsAdded().isEmpty()
                || !change.warningsRemoved().isEmpty()) {
            changes.add(change);
        }
        return this;
    }

    /** @return what has been recorded so far, as an immutable report */
    public Report report() {
        List<UnitCounts> perUnit = new ArrayList<>(units.size());
        units.forEach((id, tally) -> perUnit.add(new UnitCounts(id, tally.name, LevelMatrix.of(tally.state),
                LevelMatrix.of(tally.party))));
        List<RenamedRule> renamed = new ArrayList<>();
        renames.forEach((from, to) -> to.forEach((name, n) -> renamed.add(new RenamedRule(from, name, n[0]))));
        renamed.sort(java.util.Comparator.comparing(RenamedRule::baseRule).thenComparing(RenamedRule::changedRule));
        return new Report(baseInfo, changedInfo, LevelMatrix.of(state), LevelMatrix.of(party), perUnit, changes,
                renamed);
    }

    /** What appeared and what disappeared, once the items that differ only in their rule's name are set aside. */
    private record Difference<T>(List<T> added, List<T> removed) {
    }

    /**
     * @param said what an item says to a reader, its rule's name left out
     * @param rule the name of the rule that gave an item
     * @return the items only {@code after} has and those only {@code before} has, except that an added and a removed
     *         item that say the same under different rule names are a rename: counted in {@link #renames}, not listed
     */
    private <T> Difference<T> difference(List<T> before, List<T> after, Function<T, Object> said,
                                         Function<T, String> rule) {
        Function<T, Object> whole = x -> List.of(said.apply(x), rule.apply(x));
        List<T> added = minus(after, before, whole);
        List<T> removed = minus(before, after, whole);
        if (added.isEmpty() || removed.isEmpty()) {
            return new Difference<>(added, removed);
        }
        Map<Object, List<T>> unmatched = new HashMap<>();
        removed.forEach(x -> unmatched.computeIfAbsent(said.apply(x), k -> new ArrayList<>()).add(x));
        List<T> stillAdded = new ArrayList<>();
        List<T> renamed = new ArrayList<>();
        for (T x : added) {
            List<T> same = unmatched.get(said.apply(x));
            if (same == null || same.isEmpty()) {
                stillAdded.add(x);
            } else {
                T old = same.remove(0);
                renamed.add(old);
                renames.computeIfAbsent(rule.apply(old), k -> new HashMap<>())
                        .computeIfAbsent(rule.apply(x), k -> new int[1])[0]++;
            }
        }
        List<T> stillRemoved = new ArrayList<>(removed);
        renamed.forEach(x -> stillRemoved.remove(x)); // by identity of the same object: equals of a record
        return new Difference<>(stillAdded, stillRemoved);
    }

    private static void count(int[] total, int[] unit, Standing from, Standing to) {
        int cell = from.ordinal() * STANDINGS + to.ordinal();
        total[cell]++;
        unit[cell]++;
    }

    /**
     * What a reason says to a reader, its rule's name left out (compared apart); the matched facts (e.g. a
     * parameter's value) are evidence, not compared.
     */
    private static Object said(Reason r) {
        return List.of(r.criterion(), r.label(), r.citation(), r.message(), r.kind(), r.cap(), r.track());
    }

    /** What a review flag or a warning says to a reader, its rule's name left out. */
    private static Object said(Flag f) {
        return List.of(f.code(), f.message());
    }

    /** @return the items of {@code a} whose key {@code b} lacks, counting repeats, in the order of {@code a} */
    private static <T> List<T> minus(List<T> a, List<T> b, Function<T, Object> key) {
        Map<Object, Integer> remaining = new HashMap<>();
        b.forEach(x -> remaining.merge(key.apply(x), 1, Integer::sum));
        List<T> result = new ArrayList<>();
        for (T x : a) {
            if (remaining.merge(key.apply(x), -1, Integer::sum) < 0) {
                result.add(x);
            }
        }
        return result;
    }

    private static final class UnitTally {
        final String name;
        final int[] state = new int[STANDINGS * STANDINGS];
        final int[] party = new int[STANDINGS * STANDINGS];

        UnitTally(String name) {
            this.name = name;
        }
    }

    /**
     * The outcome of a comparison. Immutable.
     *
     * @param base    the base rule set (name, version, SHA-256)
     * @param changed the changed rule set
     * @param state   state ratings: officers per (base standing, changed standing), over all units
     * @param party   party ratings of party members, the same way; a party member not rated this year is under
     *                {@link Standing#KHONG_XEP_LOAI}, as in {@code state}
     * @param units   the same counts per unit, units in the order they were first seen
     * @param changes every officer whose rating, party rating, reasons, review flags or warnings differ, in
     *                the order they were added; an item that differs only in its rule's name is not a difference
     * @param renamedRules the rules that gave the same reasons, review flags or warnings under another name, with how
     *                     many of them, ordered by base name then changed name
     */
    public record Report(RuleSetInfo base, RuleSetInfo changed, LevelMatrix state, LevelMatrix party,
                         List<UnitCounts> units, List<OfficerChange> changes, List<RenamedRule> renamedRules) {

        /** @throws NullPointerException when a component is null */
        public Report {
            Objects.requireNonNull(base, "base");
            Objects.requireNonNull(changed, "changed");
            Objects.requireNonNull(state, "state");
            Objects.requireNonNull(party, "party");
            units = List.copyOf(units);
            changes = List.copyOf(changes);
            renamedRules = List.copyOf(renamedRules);
        }

        /**
         * A report without renamed rules, as before they were told apart.
         *
         * @param base    the base rule set
         * @param changed the changed rule set
         * @param state   state ratings
         * @param party   party ratings
         * @param units   the counts per unit
         * @param changes the officers whose outcome differs
         */
        public Report(RuleSetInfo base, RuleSetInfo changed, LevelMatrix state, LevelMatrix party,
                      List<UnitCounts> units, List<OfficerChange> changes) {
            this(base, changed, state, party, units, changes, List.of());
        }

        /** @return how many officers were compared */
        public int officers() {
            return state.total();
        }

        /** @return whether any officer's outcome differs */
        public boolean hasChanges() {
            return !changes.isEmpty();
        }
    }

    /**
     * A rule of the base set whose reasons, review flags or warnings the changed set gives, word for word, under
     * another rule name: a rename (as policy staff do when they change a threshold that the name states), not a
     * change of any officer's outcome.
     *
     * @param baseRule    the rule's name in the base set
     * @param changedRule the name in the changed set
     * @param items       how many reasons, review flags and warnings, over all officers, differ only in that name
     */
    public record RenamedRule(String baseRule, String changedRule, int items) {
        /** @throws NullPointerException when a name is null */
        public RenamedRule {
            Objects.requireNonNull(baseRule, "baseRule");
            Objects.requireNonNull(changedRule, "changedRule");
        }
    }

    /**
     * Counts per unit.
     *
     * @param unitId   the unit
     * @param unitName its name (may be empty)
     * @param state    state ratings: officers per (base standing, changed standing)
     * @param party    party ratings of the unit's party members, the same way
     */
    public record UnitCounts(String unitId, String unitName, LevelMatrix state, LevelMatrix party) {

        /** @throws NullPointerException when a component is null */
        public UnitCounts {
            Objects.requireNonNull(unitId, "unitId");
            Objects.requireNonNull(unitName, "unitName");
            Objects.requireNonNull(state, "state");
            Objects.requireNonNull(party, "party");
        }
    }

    /**
     * Where an officer stands in a level matrix: one of the four levels, or not rated this year. The first four
     * constants have the names of the {@link RatingLevel}s, in the same order.
     */
    public enum Standing {
        /** Hoàn thành xuất sắc nhiệm vụ. */
        HOAN_THANH_XUAT_SAC,
        /** Hoàn thành tốt nhiệm vụ. */
        HOAN_THANH_TOT,
        /** Hoàn thành nhiệm vụ. */
        HOAN_THANH,
        /** Không hoàn thành nhiệm vụ. */
        KHONG_HOAN_THANH,
        /**
         * Not rated this year ({@link Assessment#notRated()}, e.g. under 6 months worked): counted in no level,
         * whatever level is proposed for information.
         */
        KHONG_XEP_LOAI;

        /**
         * @param level a rating level
         * @return the standing of an officer rated at that level
         */
        public static Standing of(RatingLevel level) {
            return values()[level.ordinal()];
        }

        /** @return the level of this standing, empty for {@link #KHONG_XEP_LOAI} */
        public Optional<RatingLevel> level() {
            return this == KHONG_XEP_LOAI ? Optional.empty() : Optional.of(RatingLevel.values()[ordinal()]);
        }
    }

    /**
     * How many officers had each standing under the base rules and each standing under the changed rules: a
     * level, or {@link Standing#KHONG_XEP_LOAI} for an officer not rated this year.
     *
     * @param counts base standing → changed standing → officers; every one of the 25 cells is present
     */
    public record LevelMatrix(Map<Standing, Map<Standing, Integer>> counts) {

        /**
         * @throws NullPointerException     when counts is null
         * @throws IllegalArgumentException when a count is negative, or the counts add up to more than
         *                                  {@link Integer#MAX_VALUE}
         */
        public LevelMatrix {
            Map<Standing, Map<Standing, Integer>> copy = new EnumMap<>(Standing.class);
            long total = 0;
            for (Standing from : Standing.values()) {
                Map<Standing, Integer> row = new EnumMap<>(Standing.class);
                for (Standing to : Standing.values()) {
                    int n = counts.getOrDefault(from, Map.of()).getOrDefault(to, 0);
                    if (n < 0) {
                        throw new IllegalArgumentException("negative count " + from + " → " + to);
                    }
                    row.put(to, n);
                    total += n;
                }
                copy.put(from, Collections.unmodifiableMap(row));
            }
            if (total > Integer.MAX_VALUE) { // every sum below is then an int
                throw new IllegalArgumentException("more than " + Integer.MAX_VALUE + " officers in all: " + total);
            }
            counts = Collections.unmodifiableMap(copy);
        }

        static LevelMatrix of(int[] cells) {
            Map<Standing, Map<Standing, Integer>> counts = new EnumMap<>(Standing.class);
            for (Standing from : Standing.values()) {
                Map<Standing, Integer> row = new EnumMap<>(Standing.class);
                for (Standing to : Standing.values()) {
                    row.put(to, cells[from.ordinal() * STANDINGS + to.ordinal()]);
                }
                counts.put(from, row);
            }
            return new LevelMatrix(counts);
        }

        /**
         * @param from the standing under the base rules
         * @param to   the standing under the changed rules
         * @return how many officers went from {@code from} to {@code to}
         */
        public int count(Standing from, Standing to) {
            return counts.get(from).get(to);
        }

        /** @return all officers counted */
        public int total() {
            return counts.values().stream().flatMap(r -> r.values().stream()).mapToInt(Integer::intValue).sum();
        }

        /** @return the officers whose standing differs: another level, or rated under one rule set only */
        public int moved() {
            int same = 0;
            for (Standing standing : Standing.values()) {
                same += count(standing, standing);
            }
            return total() - same;
        }

        /** @return how many officers had the standing under the base rules */
        public int before(Standing standing) {
            return counts.get(standing).values().stream().mapToInt(Integer::intValue).sum();
        }

        /** @return how many officers have the standing under the changed rules */
        public int after(Standing standing) {
            return counts.values().stream().mapToInt(row -> row.get(standing)).sum();
        }

        /** @return whether an officer is not rated under either rule set */
        public boolean hasNotRated() {
            return before(Standing.KHONG_XEP_LOAI) + after(Standing.KHONG_XEP_LOAI) > 0;
        }
    }

    /**
     * One officer whose outcome differs between the rule sets.
     *
     * @param officerId          the officer
     * @param name               the officer's name (may be empty)
     * @param unitId             the officer's unit
     * @param baseRating         the state rating under the base rules (for information when {@code baseNotRated})
     * @param changedRating      the state rating under the changed rules (for information when {@code changedNotRated})
     * @param baseNotRated       whether the officer is not rated this year under the base rules
     * @param changedNotRated    whether the officer is not rated this year under the changed rules
     * @param baseParty          the party rating under the base rules (party members only)
     * @param changedParty       the party rating under the changed rules
     * @param reasonsAdded       reasons given only under the changed rules
     * @param reasonsRemoved     reasons given only under the base rules
     * @param reviewFlagsAdded   review flags raised only under the changed rules
     * @param reviewFlagsRemoved review flags raised only under the base rules
     * @param warningsAdded      warnings given only under the changed rules
     * @param warningsRemoved    warnings given only under the base rules
     */
    public record OfficerChange(String officerId, String name, String unitId, RatingLevel baseRating,
                                RatingLevel changedRating, boolean baseNotRated, boolean changedNotRated,
                                Optional<RatingLevel> baseParty,
                                Optional<RatingLevel> changedParty, List<Reason> reasonsAdded,
                                List<Reason> reasonsRemoved, List<Flag> reviewFlagsAdded,
                                List<Flag> reviewFlagsRemoved, List<Flag> warningsAdded, List<Flag> warningsRemoved) {

        /** @throws NullPointerException when a component is null */
        public OfficerChange {
            Objects.requireNonNull(officerId, "officerId");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(unitId, "unitId");
            Objects.requireNonNull(baseRating, "baseRating");
            Objects.requireNonNull(changedRating, "changedRating");
            Objects.requireNonNull(baseParty, "baseParty");
            Objects.requireNonNull(changedParty, "changedParty");
            reasonsAdded = List.copyOf(reasonsAdded);
            reasonsRemoved = List.copyOf(reasonsRemoved);
            reviewFlagsAdded = List.copyOf(reviewFlagsAdded);
            reviewFlagsRemoved = List.copyOf(reviewFlagsRemoved);
            warningsAdded = List.copyOf(warningsAdded);
            warningsRemoved = List.copyOf(warningsRemoved);
        }

        /** @return where the officer stands under the base rules: the rating, or not rated */
        public Standing baseStanding() {
            return baseNotRated ? Standing.KHONG_XEP_LOAI : Standing.of(baseRating);
        }

        /** @return where the officer stands under the changed rules: the rating, or not rated */
        public Standing changedStanding() {
            return changedNotRated ? Standing.KHONG_XEP_LOAI : Standing.of(changedRating);
        }

        /**
         * @return whether the officer moves in the state matrix: rated at another level, or rated under one rule
         *         set only. A proposal for an officer not rated under both is for information, so it changing is
         *         not a move (the officer is still listed among the changes)
         */
        public boolean ratingChanged() {
            return baseStanding() != changedStanding();
        }

        /** @return where the officer stands in the party matrix under the base rules; empty when not a party member */
        public Optional<Standing> basePartyStanding() {
            return baseParty.map(level -> baseNotRated ? Standing.KHONG_XEP_LOAI : Standing.of(level));
        }

        /** @return where the officer stands in the party matrix under the changed rules */
        public Optional<Standing> changedPartyStanding() {
            return changedParty.map(level -> changedNotRated ? Standing.KHONG_XEP_LOAI : Standing.of(level));
        }

        /**
         * @return whether the officer moves in the party matrix (or is a party member under one rule set only); as
         *         for the state rating, a proposal for an officer not rated under both changing is not a move
         */
        public boolean partyRatingChanged() {
            return !basePartyStanding().equals(changedPartyStanding());
        }
    }
}
