package org.chuanmuc.criteria.law;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.chuanmuc.assess.Assessment;
import org.chuanmuc.assess.Assessor;
import org.chuanmuc.assess.Reason;
import org.chuanmuc.assess.ReasonKind;
import org.chuanmuc.model.DisciplineSystem;
import org.chuanmuc.model.Officer;
import org.chuanmuc.model.RatingLevel;
import org.chuanmuc.model.Track;

/**
 * Checks the assessments of one unit against invariants written from the decrees ({@link Decree}), without
 * re-implementing the rules: the candidates for xuất sắc are found by assessing the same unit a second time
 * marked outstanding, which lifts the cap and changes nothing else.
 *
 * <p>Officers who worked fewer than 6 months are not rated (NĐ 90/2020 Điều 2 khoản 3 up to 2025; the
 * README's project default in every year, which keeps the proposal and raises a review flag, {@code TG-6T}).
 * The oracle checks that flag, leaves their ratings alone, and leaves them out of the quota pool of their group:
 * the 20% is counted over the rated officers only, and a short-service officer neither takes a place of xuất
 * sắc nor counts among those rated tốt.
 */
final class LegalOracle {
    static final String SHORT_SERVICE_FLAG = "TG-6T";
    /** The prefix of the project's rule codes about time worked ({@code TG-6T}); a flag so named speaks of it. */
    static final String TIME_WORKED_PREFIX = "TG-";
    private static final int MIN_MONTHS = Decree.MIN_MONTHS;

    private final Assessor assessor;
    private final Set<String> projectDefaults;
    private long cappedGroups;
    private long groupsWithCandidates;
    private long conditionsMet;
    private long leveledUpTo2025;
    private long possibleLongAbsence;
    private long leftOutOfPools;

    LegalOracle(Assessor assessor, Set<String> projectDefaults) {
        this.assessor = assessor;
        this.projectDefaults = Set.copyOf(projectDefaults);
    }

    /** Sets the counts of what was judged back to zero. */
    void resetCounts() {
        cappedGroups = 0;
        groupsWithCandidates = 0;
        conditionsMet = 0;
        leveledUpTo2025 = 0;
        possibleLongAbsence = 0;
        leftOutOfPools = 0;
    }

    /** @return officers whose level up to 2025 was judged against Điều 8–10 (f) since the last reset */
    long leveledUpTo2025() {
        return leveledUpTo2025;
    }

    /** @return of those, the officers who worked 6–9 months and so may have been absent 3 to under 6 (g) */
    long possibleLongAbsence() {
        return possibleLongAbsence;
    }

    /** @return officers under 6 months left out of a judged quota pool since the last reset */
    long leftOutOfPools() {
        return leftOutOfPools;
    }

    /** @return the groups whose cap on xuất sắc was judged since the last reset */
    long cappedGroups() {
        return cappedGroups;
    }

    /** @return of those, the groups that had candidates for xuất sắc */
    long groupsWithCandidates() {
        return groupsWithCandidates;
    }

    /** @return the conditions of không hoàn thành that dossiers proved */
    long conditionsMet() {
        return conditionsMet;
    }

    /** Assesses the unit (twice unless it is outstanding) and returns every broken invariant. */
    List<Violation> check(GeneratedUnit u) {
        List<Assessment> normal = assessor.assessAll(u.dossiers()).assessments();
        Optional<List<Assessment>> lifted = u.unit().outstanding() ? Optional.empty()
                : Optional.of(assessor.assessAll(u.dossiersWhenOutstanding()).assessments());
        return check(u, normal, lifted);
    }

    /**
     * @param normal the assessments of the unit as given, in officer order
     * @param lifted the assessments of the same unit marked outstanding; empty when the unit is outstanding
     */
    List<Violation> check(GeneratedUnit u, List<Assessment> normal, Optional<List<Assessment>> lifted) {
        List<Violation> out = new ArrayList<>();
        int year = u.year();
        List<Officer> officers = u.officers();
        for (int i = 0; i < officers.size(); i++) {
            Officer o = officers.get(i);
            Assessment a = normal.get(i);
            if (!a.officerId().equals(o.id())) {
                throw new IllegalStateException("assessments out of order: " + a.officerId() + " at " + o.id());
            }
            if (o.monthsWorked() < MIN_MONTHS) {
                if (a.reviewFlags().stream().noneMatch(f -> f.code().startsWith(SHORT_SERVICE_FLAG)
                        || f.rule().startsWith(SHORT_SERVICE_FLAG))) {
                    out.add(new Violation("(flag) " + SHORT_SERVICE_FLAG, o.id() + " worked " + o.monthsWorked()
                            + " months, fewer than 6, but has no review flag " + SHORT_SERVICE_FLAG
                            + " (the README: not rated, the proposal is kept and a review flag says so)"));
                }
                continue;
            }
            if (year >= 2026) {
                boolean demotedByCap = lifted.isPresent() && lifted.get().get(i).rating() == RatingLevel.HOAN_THANH_XUAT_SAC
                        && a.rating() == RatingLevel.HOAN_THANH_TOT;
                scoreBand(o, a, demotedByCap, out);
            } else {
                taskLevels(o, a, officers, out);
                longAbsence(o, a, out);
            }
            decreeConditions(o, a, officers, year, out);
            party(o, a, year, out);
        }
        lifted.ifPresent(l -> quota(u, normal, l, out));
        return out;
    }

    /**
     * (c) from 2026: never above the score's band, and equal to it unless a reason other than the score band
     * caps it below (a candidate moved down by the cap on xuất sắc is judged by (a)). A reason is the score
     * band's when its citation names NĐ 335/2025 and no point but a (a score under 50): the other conditions
     * cite b, c, d, and the project's defaults cite their own sources.
     */
    private void scoreBand(Officer o, Assessment a, boolean demotedByCap, List<Violation> out) {
        Rational total = Decree.total(o);
        RatingLevel band = Decree.band(total);
        String score = o.id() + " scores " + total.show() + " (general " + Rational.ofDecimal(
                o.scores().map(s -> s.general()).orElse(0.0)).show() + " + task points " + Decree.taskPoints(o).show()
                + (o.scores().flatMap(s -> s.tasks()).isPresent() ? ", given" : ", computed from " + o.tasks().summary())
                + "), whose band under NĐ 335/2025 Điều 20 is " + band;
        if (band.isBelow(a.rating())) {
            out.add(new Violation("(c) above the score band", score + ", but is rated " + a.rating()));
            return;
        }
        boolean otherCapBelow = stateCaps(a).anyMatch(r -> r.cap().get().isBelow(band) && !isScoreBand(r));
        if (!demotedByCap && !otherCapBelow && a.rating() != band) {
            out.add(new Violation("(c) not the score band", score + "; no reason but the score band caps the state"
                    + " rating below it, yet it is rated " + a.rating() + " by "
                    + stateCaps(a).filter(r -> r.cap().get().isBelow(band)).map(r -> r.rule() + ": " + r.message()).toList()));
        }
    }

    private static boolean isScoreBand(Reason r) {
        // a citation that names NĐ 335/2025 but no point at all (a project default citing the decree for context)
        // is not the score band: "every named point is a" must not hold vacuously
        Set<String> points = Condition.pointsNamed(r.citation());
        return Condition.normalize(r.citation()).contains("335/2025") && !points.isEmpty()
                && points.stream().allMatch("a"::equals);
    }

    /** (d) each proved condition gives Không hoàn thành with its citation; any other one is a README default. */
    private void decreeConditions(Officer o, Assessment a, List<Officer> unit, int year, List<Violation> out) {
        List<Condition> conditions = Decree.conditions(o, unit, year);
        conditionsMet += conditions.stream().filter(Condition::required).count();
        List<Reason> kht = stateCaps(a).filter(r -> r.cap().get() == RatingLevel.KHONG_HOAN_THANH).toList();
        for (Condition c : conditions) {
            if (!c.required()) {
                continue;
            }
            if (a.rating() != RatingLevel.KHONG_HOAN_THANH) {
                out.add(new Violation("(d) " + c.key() + ": not KHONG_HOAN_THANH", o.id() + " meets NĐ " + c.key() + " — " + c.words()
                        + " — so the decree rates them KHONG_HOAN_THANH, but the rating is " + a.rating()));
            } else if (kht.stream().noneMatch(r -> c.citedBy(r.citation()))) {
                out.add(new Violation("(d) " + c.key() + ": no reason cites it", o.id() + " meets NĐ " + c.key() + " — " + c.words()
                        + " — and is KHONG_HOAN_THANH, but no reason capping at KHONG_HOAN_THANH cites "
                        + String.join(" or ", c.decrees()) + " with điểm " + String.join("/", c.letters())
                        + "; citations: " + kht.stream().map(Reason::citation).toList()));
            }
        }
        if (a.rating() == RatingLevel.KHONG_HOAN_THANH && conditions.stream().noneMatch(Condition::required)) {
            boolean explained = kht.stream().anyMatch(r -> projectDefaults.contains(r.criterion())
                    || projectDefaults.contains(ReadmeDefaults.leadingCode(r.rule()))
                    || conditions.stream().anyMatch(c -> c.citedBy(r.citation())));
            if (!explained) {
                out.add(new Violation("(d) KHONG_HOAN_THANH without a legal ground, by " + kht.stream()
                        .map(r -> ReadmeDefaults.leadingCode(r.rule())).sorted().distinct().toList(), o.id()
                        + " is KHONG_HOAN_THANH, meets no condition of the decree, and no reason capping at"
                        + " KHONG_HOAN_THANH is a project default named in the README's legal table "
                        + projectDefaults + "; reasons: " + kht.stream().map(r -> r.rule() + " [" + r.criterion()
                        + "] " + r.citation()).toList()));
            }
        }
    }

    /** (e) the party rating: members only, never above the state rating, KHT for party discipline in the year. */
    private void party(Officer o, Assessment a, int year, List<Violation> out) {
        if (!o.partyMember()) {
            if (a.partyRating().isPresent()) {
                out.add(new Violation("(e) party rating of a non-member", o.id() + " is not a party member but has"
                        + " a party rating " + a.partyRating().get()));
            }
            return;
        }
        if (a.partyRating().isEmpty()) {
            out.add(new Violation("(e) party member without a party rating", o.id() + " is a party member and has"
                    + " no party rating"));
            return;
        }
        RatingLevel p = a.partyRating().get();
        if (a.rating().isBelow(p)) {
            out.add(new Violation("(e) party rating above the state rating", o.id() + " has party rating " + p
                    + " above the state rating " + a.rating()));
        }
        boolean partyDiscipline = o.disciplines().stream()
                .anyMatch(k -> k.system() == DisciplineSystem.PARTY && k.decidedIn(year));
        if (partyDiscipline && p != RatingLevel.KHONG_HOAN_THANH) {
            out.add(new Violation("(e) party discipline in the year", o.id() + " was disciplined by the party in "
                    + year + " but the party rating is " + p + " (QĐ 124-QĐ/TW / 366-QĐ/TW: disciplined in the"
                    + " year → không hoàn thành nhiệm vụ)"));
        }
    }

    /**
     * (f) up to 2025: never above the level the task counts allow under NĐ 90/2020 Điều 8–10
     * ({@link Decree#ceiling}); and xuất sắc only with a review flag or a state reason that names the condition
     * the dossier cannot show, at least 50% of the tasks (a leader: of the unit's targets) done beyond the required
     * level ({@link Decree#EXCEEDED}). There is no floor to check: a rating below the top is the lowest cap, and
     * every cap carries its reason, which (d) and the README judge.
     */
    private void taskLevels(Officer o, Assessment a, List<Officer> unit, List<Violation> out) {
        leveledUpTo2025++;
        Decree.Ceiling ceiling = Decree.ceiling(o, unit);
        if (ceiling.level().isBelow(a.rating())) {
            out.add(new Violation("(f) " + ceiling.clause() + ": rated above " + ceiling.level(), o.id() + " ("
                    + o.role() + ") is rated " + a.rating() + ", but " + ceiling.words() + ", so NĐ 90/2020 allows"
                    + " at most " + ceiling.level()));
        }
        if (a.rating() == RatingLevel.HOAN_THANH_XUAT_SAC && !says(a, Decree.EXCEEDED)) {
            out.add(new Violation("(f) 90/2020 Điều 8: xuất sắc without naming \"" + Decree.EXCEEDED + "\"", o.id()
                    + " (" + o.role() + ") is rated HOAN_THANH_XUAT_SAC, but NĐ 90/2020 Điều 8 asks for at least 50% of"
                    + " the tasks (khoản 1 điểm b; a leader: of the unit's targets, khoản 2 điểm c) done beyond the"
                    + " required level, which the dossier cannot show, and no review flag or state reason names it"
                    + " (\"" + Decree.EXCEEDED + "\"); flags: " + a.reviewFlags()));
        }
    }

    /**
     * (g) up to 2025: an officer who worked 6–9 months may have been absent 3 to under 6 months
     * ({@link Decree#mayHaveLongAbsence}), which rules out tốt and above; the dossier cannot tell, so a rating of
     * tốt or above must come with a review flag or a state reason about the time worked: its code or rule starts
     * with {@value #TIME_WORKED_PREFIX}, or its words name the months ("7 tháng"). A rating of hoàn thành or
     * below needs nothing.
     */
    private void longAbsence(Officer o, Assessment a, List<Violation> out) {
        if (!Decree.mayHaveLongAbsence(o.monthsWorked())) {
            return;
        }
        possibleLongAbsence++;
        if (a.rating().isBelow(RatingLevel.HOAN_THANH_TOT)) {
            return;
        }
        String months = o.monthsWorked() + " tháng";
        if (!speaksOfTimeWorked(a, o.monthsWorked())) {
            out.add(new Violation("(g) 90/2020 Điều 2 khoản 3: 6–9 months worked, tốt or above without a flag", o.id()
                    + " worked " + o.monthsWorked() + " months, so they may have been absent 3 to under 6 months, which"
                    + " NĐ 90/2020 Điều 2 khoản 3 says is \"không xếp loại chất lượng ở mức hoàn thành tốt nhiệm vụ trở"
                    + " lên\" (maternity leave excepted); the dossier does not say, yet they are rated " + a.rating()
                    + " with no review flag or state reason about the time worked (code " + TIME_WORKED_PREFIX + "…, or"
                    + " words naming \"" + months + "\"); flags: " + a.reviewFlags()));
        }
    }

    /**
     * @return true when a review flag or a reason on the state rating is about the time worked: its code, criterion
     *         or rule starts with {@value #TIME_WORKED_PREFIX}, or its words name the months ("7 tháng")
     */
    static boolean speaksOfTimeWorked(Assessment a, int monthsWorked) {
        // "7 tháng" but not "17 tháng"
        java.util.function.Predicate<String> months = java.util.regex.Pattern.compile("(?<!\\d)" + monthsWorked
                + " tháng").asPredicate();
        return a.reviewFlags().stream().anyMatch(f -> f.code().startsWith(TIME_WORKED_PREFIX)
                || f.rule().startsWith(TIME_WORKED_PREFIX) || months.test(Condition.normalize(f.message())))
                || stateReasons(a).anyMatch(r -> r.criterion().startsWith(TIME_WORKED_PREFIX)
                || r.rule().startsWith(TIME_WORKED_PREFIX) || months.test(Condition.normalize(r.message())));
    }

    /** @return true when a review flag or a reason on the state rating contains the words (case and form aside) */
    static boolean says(Assessment a, String words) {
        String w = Condition.normalize(words);
        return a.reviewFlags().stream().anyMatch(f -> Condition.normalize(f.message()).contains(w))
                || stateReasons(a).anyMatch(r -> Condition.normalize(r.message()).contains(w)
                || Condition.normalize(r.citation()).contains(w));
    }

    private static String leftOut(GeneratedUnit u, List<Integer> group) {
        List<String> ids = group.stream().map(i -> u.officers().get(i)).filter(o -> o.monthsWorked() < MIN_MONTHS)
                .map(o -> o.id() + " (" + o.monthsWorked() + " months)").toList();
        return ids.isEmpty() ? "" : " (left out of the pool, not rated: " + String.join(", ", ids) + ")";
    }

    /** (a) the cap on xuất sắc per unit × group, with maximality; (b) who keeps it. */
    private void quota(GeneratedUnit u, List<Assessment> normal, List<Assessment> lifted, List<Violation> out) {
        Map<String, List<Integer>> groups = new LinkedHashMap<>();
        for (int i = 0; i < u.officers().size(); i++) {
            groups.computeIfAbsent(u.officers().get(i).group().orElse(""), g -> new ArrayList<>()).add(i);
        }
        Comparator<Officer> precedence = Decree.precedence(u.year());
        for (var e : groups.entrySet()) {
            // the pool is the rated officers: under 6 months worked, an officer is not rated
            List<Integer> members = e.getValue().stream().filter(i -> u.officers().get(i).monthsWorked() >= MIN_MONTHS)
                    .toList();
            if (members.isEmpty()) {
                continue;
            }
            cappedGroups++;
            leftOutOfPools += e.getValue().size() - members.size();
            String where = "unit " + u.unit().id() + (e.getKey().isEmpty() ? "" : " group \"" + e.getKey() + "\"");
            List<Officer> candidates = new ArrayList<>();
            int good = 0;
            for (int i : members) {
                RatingLevel free = lifted.get(i).rating();
                RatingLevel got = normal.get(i).rating();
                Officer o = u.officers().get(i);
                if (free == RatingLevel.HOAN_THANH_XUAT_SAC) {
                    candidates.add(o);
                    if (got != RatingLevel.HOAN_THANH_XUAT_SAC && got != RatingLevel.HOAN_THANH_TOT) {
                        out.add(new Violation("(a) a candidate moved below tốt", o.id() + " in " + where
                                + " is xuất sắc when the cap is lifted but " + got + " under it; the cap may only"
                                + " move a candidate to HOAN_THANH_TOT"));
                    }
                } else {
                    good += free == RatingLevel.HOAN_THANH_TOT ? 1 : 0;
                    if (got != free) {
                        out.add(new Violation("(a) the cap changed a non-candidate", o.id() + " in " + where
                                + " is " + free + " when the unit is outstanding and " + got + " when it is not;"
                                + " the cap on xuất sắc must leave them alone"));
                    }
                }
            }
            if (candidates.isEmpty()) {
                continue;
            }
            groupsWithCandidates++;
            List<Officer> kept = candidates.stream().filter(o -> rating(normal, u, o) == RatingLevel.HOAN_THANH_XUAT_SAC).toList();
            int allowed = Decree.maxKept(good, candidates.size());
            if (kept.size() != allowed) {
                out.add(new Violation("(a) the 20% cap on xuất sắc", where + ": " + candidates.size()
                        + " candidates for xuất sắc (those rated xuất sắc when the unit is marked outstanding: "
                        + ids(candidates) + ") and " + good + " rated tốt on their own merits; the largest x with"
                        + " x ≤ 20% × (" + good + " + " + candidates.size() + " − x) is " + allowed
                        + leftOut(u, e.getValue()) + ", so "
                        + allowed + " must keep xuất sắc (NĐ 335/2025 Điều 20 khoản 5: 20% of the final number"
                        + " rated tốt), but " + kept.size() + " kept it: " + ids(kept)));
            }
            List<Officer> demoted = candidates.stream().filter(o -> !kept.contains(o)).toList();
            for (Officer k : kept) {
                for (Officer d : demoted) {
                    if (precedence.compare(k, d) > 0) {
                        out.add(new Violation("(b) who keeps xuất sắc", where + ": " + k.id() + " keeps xuất sắc"
                                + " but " + d.id() + " ranks before them (" + order(u.year()) + "): " + k.id() + " "
                                + profile(k, u.year()) + ", " + d.id() + " " + profile(d, u.year())));
                        return;
                    }
                }
            }
        }
    }

    private static RatingLevel rating(List<Assessment> normal, GeneratedUnit u, Officer o) {
        return normal.get(u.officers().indexOf(o)).rating();
    }

    private static String order(int year) {
        return year >= 2026 ? "higher total score, then completion, quality, smaller id"
                : "higher completion share, then quality, smaller id";
    }

    private static String profile(Officer o, int year) {
        return (year >= 2026 ? "total " + Decree.total(o).show() + ", " : "") + o.tasks().summary();
    }

    private static String ids(List<Officer> officers) {
        return officers.stream().map(Officer::id).collect(Collectors.joining(", ", "[", "]"));
    }

    private static java.util.stream.Stream<Reason> stateReasons(Assessment a) {
        return a.reasons().stream().filter(r -> r.track() == Track.STATE);
    }

    private static java.util.stream.Stream<Reason> stateCaps(Assessment a) {
        return a.reasons().stream().filter(r -> r.kind() == ReasonKind.CAP && r.track() == Track.STATE
                && r.cap().isPresent());
    }
}
