package org.chuanmuc.criteria.law;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.chuanmuc.criteria.CriteriaCatalogue;
import org.chuanmuc.model.CitizenFeedback;
import org.chuanmuc.model.Criterion;
import org.chuanmuc.model.DisciplineForm;
import org.chuanmuc.model.DisciplineRecord;
import org.chuanmuc.model.DisciplineSystem;
import org.chuanmuc.model.FeedbackKind;
import org.chuanmuc.model.Officer;
import org.chuanmuc.model.PriorRating;
import org.chuanmuc.model.RatingLevel;
import org.chuanmuc.model.Role;
import org.chuanmuc.model.Scores;
import org.chuanmuc.model.Severity;
import org.chuanmuc.model.SignFinding;
import org.chuanmuc.model.StyleEvaluation;
import org.chuanmuc.model.Tasks;
import org.chuanmuc.model.Unit;

/**
 * Random units for the oracle, the same for the same seed. Boundaries come up often: units of exactly 5, 6,
 * 30 and 31 officers, totals of 49.9, 50, 69.9, 70, 89.9 and 90 points (given, or computed from task counts
 * that hit them exactly), tasks failing exactly half, ties broken only by the id; up to 2025, the edges of the
 * levels: every task on time and at quality, one task short on one count, exactly 80% on time or at quality
 * (and one task under it), units where nearly every officer is perfect (so that the head's unit condition comes
 * out both ways); months worked of 5, 6, 9 and 10 (the edges of "under 6 months" and of an absence of 3 months)
 * and now and then anything from 0 to 11. Each unit draws a mode for groups (none, one, several) and may clone one
 * profile across all officers to force ties.
 *
 * <p>Sign codes are drawn from the catalogue by severity, so every severity comes up; the catalogue is only
 * read for the codes that exist, never for what they do.
 */
public final class UnitGenerator {
    private static final int[] BOUNDARY_SIZES = {5, 6, 30, 31};
    private static final String[] TARGETS = {"49.9", "50", "69.9", "70", "89.9", "90"};
    private static final int[] BOUNDARY_MONTHS = {5, 6, 9, 10};
    private static final String[] GROUPS = {"Lãnh đạo", "Điều tra", "Hành chính", "Tuần tra"};
    private static final DisciplineForm[] PARTY_FORMS = {DisciplineForm.KHIEN_TRACH, DisciplineForm.CANH_CAO,
            DisciplineForm.CACH_CHUC, DisciplineForm.KHAI_TRU};

    private final Map<Severity, List<String>> signsBySeverity = new EnumMap<>(Severity.class);
    private final List<String> styleCodes;
    private final List<String> complaintCodes;

    public UnitGenerator(CriteriaCatalogue catalogue) {
        for (Criterion c : catalogue.all()) {
            c.severity().ifPresent(s -> signsBySeverity.computeIfAbsent(s, k -> new ArrayList<>()).add(c.code()));
        }
        styleCodes = List.copyOf(catalogue.codesStartingWith("PC-"));
        complaintCodes = List.copyOf(catalogue.codesStartingWith("BIET-"));
        if (signsBySeverity.size() != Severity.values().length) {
            throw new IllegalStateException("the catalogue lacks a severity: " + signsBySeverity.keySet());
        }
    }

    /** @return unit number {@code index} of the run with this seed */
    public GeneratedUnit unit(long seed, int index) {
        SplittableRandom r = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + index);
        int year = new int[] {2024, 2025, 2026, 2027}[r.nextInt(4)];
        String unitId = "DV-" + (index + 1);
        Optional<RatingLevel> unitRating = chance(r, 20) ? Optional.of(RatingLevel.values()[weighted(r, 3, 6, 2, 1)])
                : Optional.empty();
        Unit unit = new Unit(unitId, "Đơn vị thử " + (index + 1), unitRating, chance(r, 8));
        int size = size(r);
        int groupMode = weighted(r, 45, 20, 35); // none, one, several
        int groupCount = 2 + r.nextInt(3);
        boolean clones = chance(r, 10);
        boolean struggling = chance(r, 8); // most officers complete under half: the unit itself is under 50%
        // nearly every officer perfect (the head's unit at 100% or near it), or all complete with about 80% on time
        // or at quality (the head's unit on either side of Điều 9 khoản 2 điểm c's 80%)
        int tidy = struggling ? 0 : weighted(r, 86, 8, 6);
        Profile eighty = chance(r, 50) ? Profile.EIGHTY_ON_TIME : Profile.EIGHTY_QUALITY;
        Profile shared = Profile.draw(r);
        List<Officer> officers = new ArrayList<>(size);
        Officer template = null;
        for (int i = 0; i < size; i++) {
            String id = String.format("CB-%03d", i + 1);
            Role role = i == 0 && chance(r, 70) ? Role.HEAD : chance(r, 12) ? Role.DEPUTY_HEAD : Role.STAFF;
            String group = switch (groupMode) {
                case 0 -> null;
                case 1 -> GROUPS[1];
                default -> GROUPS[r.nextInt(groupCount)];
            };
            Officer o;
            if (clones && template != null) {
                o = new Officer(id, id, unitId, Optional.ofNullable(group), template.role(), template.partyMember(),
                        template.monthsWorked(), template.tasks(), template.scores(), template.signs(),
                        template.disciplines(), template.styleEvaluations(), template.citizenFeedback(), template.history());
            } else {
                Profile p = clones ? shared : struggling && chance(r, 80) ? Profile.POOR
                        : tidy == 1 ? (chance(r, 85) ? Profile.PERFECT : Profile.EDGE)
                        : tidy == 2 ? (role == Role.HEAD ? Profile.PERFECT : eighty) : Profile.draw(r);
                o = officer(r, id, unitId, group, role, year, p);
                template = o;
            }
            officers.add(o);
        }
        return new GeneratedUnit(year, unit, officers);
    }

    private static int size(SplittableRandom r) {
        return switch (weighted(r, 30, 10, 8, 52)) {
            case 0 -> BOUNDARY_SIZES[r.nextInt(BOUNDARY_SIZES.length)];
            case 1 -> 1 + r.nextInt(3);
            case 2 -> 79 + r.nextInt(2);
            default -> 1 + r.nextInt(40);
        };
    }

    /** The kind of record an officer gets; most are good enough for the quota to matter. */
    private enum Profile {
        EXCELLENT, GOOD, AVERAGE, BOUNDARY, RANDOM, POOR, PERFECT, EDGE, EIGHTY_ON_TIME, EIGHTY_QUALITY;

        static Profile draw(SplittableRandom r) {
            return values()[weighted(r, 36, 22, 11, 12, 9, 0, 5, 12, 0, 0)];
        }
    }

    private Officer officer(SplittableRandom r, String id, String unitId, String group, Role role, int year, Profile p) {
        Work work = work(r, p, year);
        Tasks tasks = work.tasks();
        Scores scores = work.scores();
        int months = switch (weighted(r, 78, 16, 6)) {
            case 0 -> 12;
            case 1 -> BOUNDARY_MONTHS[r.nextInt(BOUNDARY_MONTHS.length)];
            default -> r.nextInt(12);
        };
        int troubleOdds = p == Profile.EXCELLENT || p == Profile.PERFECT ? 6 : 30;
        List<SignFinding> signs = new ArrayList<>();
        if (chance(r, troubleOdds)) {
            for (int k = 1 + r.nextInt(2); k > 0; k--) {
                signs.add(sign(r, year));
            }
        }
        List<DisciplineRecord> disciplines = new ArrayList<>();
        if (chance(r, troubleOdds * 2 / 3)) {
            disciplines.add(discipline(r, year));
        }
        List<StyleEvaluation> style = new ArrayList<>();
        if (chance(r, 12)) {
            for (int k = 1 + r.nextInt(3); k > 0; k--) {
                style.add(new StyleEvaluation(styleCodes.get(r.nextInt(styleCodes.size())), chance(r, 50)));
            }
        }
        List<CitizenFeedback> feedback = new ArrayList<>();
        if (chance(r, 8)) {
            for (int k = 1 + r.nextInt(6); k > 0; k--) {
                feedback.add(new CitizenFeedback(day(r, year), chance(r, 85) ? FeedbackKind.COMPLAINT : FeedbackKind.PRAISE,
                        complaintCodes.get(r.nextInt(complaintCodes.size())), chance(r, 80)));
            }
        }
        List<PriorRating> history = chance(r, 5)
                ? List.of(new PriorRating(year - 1, RatingLevel.values()[r.nextInt(4)])) : List.of();
        return new Officer(id, id, unitId, Optional.ofNullable(group), role, chance(r, 60), months, tasks,
                Optional.ofNullable(scores), signs, disciplines, style, feedback, history);
    }

    private static Tasks tasks(SplittableRandom r, Profile p) {
        int a = 1 + r.nextInt(60);
        return switch (p) {
            case EXCELLENT -> new Tasks(a, a, a, between(r, ceilPart(a, 80), a));
            case GOOD -> {
                int onTime = between(r, ceilPart(a, 80), a);
                yield new Tasks(a, a, onTime, between(r, ceilPart(a, 50), a));
            }
            case AVERAGE -> {
                int c = between(r, ceilPart(a, 50), a);
                yield new Tasks(a, c, between(r, c * 3 / 10, c), between(r, c * 3 / 10, c));
            }
            case BOUNDARY -> {
                // the weakest of on time / at quality fails exactly half, or one task either side of it
                int even = 2 * (1 + r.nextInt(30));
                int half = even / 2 + (r.nextInt(3) - 1);
                int c = between(r, Math.max(half, 0), even);
                int weakest = Math.min(Math.max(half, 0), c);
                int other = between(r, weakest, c);
                yield chance(r, 50) ? new Tasks(even, c, weakest, other) : new Tasks(even, c, other, weakest);
            }
            case RANDOM -> {
                int c = r.nextInt(a + 1);
                yield new Tasks(a, c, r.nextInt(c + 1), r.nextInt(c + 1));
            }
            case POOR -> {
                int c = r.nextInt(a / 2 + 1);
                yield new Tasks(a, c, r.nextInt(c + 1), r.nextInt(c + 1));
            }
            case PERFECT -> new Tasks(a, a, a, a);
            case EDGE -> edge(r);
            case EIGHTY_ON_TIME, EIGHTY_QUALITY -> {
                // all completed; on time (or at quality) exactly 80% of a multiple of 5, or one task under it
                int fifth = 1 + r.nextInt(8);
                int five = 5 * fifth;
                int short80 = 4 * fifth - (chance(r, 30) ? 1 : 0);
                yield p == Profile.EIGHTY_ON_TIME ? new Tasks(five, five, short80, five) : new Tasks(five, five, five, short80);
            }
        };
    }

    /**
     * Task counts at the edges of NĐ 90/2020 Điều 9–10: one task short on one count, or exactly 80% on time or at
     * quality (a multiple of 5 tasks), or one task under 80%.
     */
    private static Tasks edge(SplittableRandom r) {
        int a = 1 + r.nextInt(40);
        int fifth = 1 + r.nextInt(8);
        int five = 5 * fifth;
        return switch (r.nextInt(6)) {
            case 0 -> new Tasks(a, a, a - 1, a);
            case 1 -> new Tasks(a, a, a, a - 1);
            case 2 -> new Tasks(a, a - 1, a - 1, a - 1);
            case 3 -> new Tasks(five, five, 4 * fifth, chance(r, 50) ? five : 4 * fifth);
            case 4 -> new Tasks(five, five, five, 4 * fifth);
            default -> chance(r, 50) ? new Tasks(five, five, 4 * fifth - 1, five) : new Tasks(five, five, five, 4 * fifth - 1);
        };
    }

    /** Task counts and points (scores may be null before 2026). */
    private record Work(Tasks tasks, Scores scores) {
    }

    private static Work work(SplittableRandom r, Profile p, int year) {
        Tasks tasks = tasks(r, p);
        if (year < 2026 && chance(r, 70)) {
            return new Work(tasks, null);
        }
        if (p == Profile.BOUNDARY) {
            BigDecimal target = new BigDecimal(TARGETS[r.nextInt(TARGETS.length)]);
            if (chance(r, 40)) {
                Work computed = computedAt(r, target);
                if (computed != null) {
                    return computed;
                }
            }
            BigDecimal low = target.subtract(BigDecimal.valueOf(70)).max(BigDecimal.ZERO);
            BigDecimal high = target.min(BigDecimal.valueOf(30));
            BigDecimal general = tenths(r, low, high);
            return new Work(tasks, new Scores(general.doubleValue(), Optional.of(target.subtract(general).doubleValue())));
        }
        return new Work(tasks, scores(r, p));
    }

    /** Points away from the boundaries: general points, and task points given half of the time. */
    private static Scores scores(SplittableRandom r, Profile p) {
        double[] generalRange = switch (p) {
            case EXCELLENT, PERFECT -> new double[] {26, 30};
            case GOOD -> new double[] {18, 28};
            case AVERAGE -> new double[] {8, 25};
            default -> new double[] {0, 30};
        };
        BigDecimal general = tenths(r, BigDecimal.valueOf(generalRange[0]), BigDecimal.valueOf(generalRange[1]));
        if (chance(r, 50)) {
            return new Scores(general.doubleValue(), Optional.empty());
        }
        double[] taskRange = switch (p) {
            case EXCELLENT, PERFECT -> new double[] {60, 70};
            case GOOD -> new double[] {45, 65};
            case AVERAGE -> new double[] {25, 55};
            default -> new double[] {0, 70};
        };
        return new Scores(general.doubleValue(),
                Optional.of(tenths(r, BigDecimal.valueOf(taskRange[0]), BigDecimal.valueOf(taskRange[1])).doubleValue()));
    }

    /**
     * Computed task points plus general points that add up exactly to the target, e.g. 7 tasks, 7 done, 4 on time,
     * 4 at quality → 70 × 15 / 21 = 50 task points, with 0 general points: 50 exactly.
     */
    private static Work computedAt(SplittableRandom r, BigDecimal target) {
        for (int attempt = 0; attempt < 200; attempt++) {
            int a = 1 + r.nextInt(30);
            int c = r.nextInt(a + 1);
            int o = r.nextInt(c + 1);
            int q = r.nextInt(c + 1);
            long numerator = 70L * 10 * (c + o + q);
            long denominator = 3L * a;
            if (numerator % denominator != 0) {
                continue;
            }
            BigDecimal taskPoints = BigDecimal.valueOf(numerator / denominator, 1);
            BigDecimal general = target.subtract(taskPoints);
            if (general.signum() >= 0 && general.compareTo(BigDecimal.valueOf(30)) <= 0) {
                return new Work(new Tasks(a, c, o, q), new Scores(general.doubleValue(), Optional.empty()));
            }
        }
        return null;
    }

    private SignFinding sign(SplittableRandom r, int year) {
        String code;
        if (chance(r, 20)) {
            code = chance(r, 50) ? Decree.EMBEZZLEMENT_SIGN : Decree.WASTE_SIGN;
        } else {
            List<String> codes = signsBySeverity.get(Severity.values()[r.nextInt(Severity.values().length)]);
            code = codes.get(r.nextInt(codes.size()));
        }
        Optional<LocalDate> date = switch (weighted(r, 30, 50, 15, 5)) {
            case 0 -> Optional.empty();
            case 1 -> Optional.of(day(r, year));
            case 2 -> Optional.of(day(r, year - 1));
            default -> Optional.of(day(r, year + 1));
        };
        return new SignFinding(code, chance(r, 60), date, chance(r, 50) ? "Biên bản " + (1 + r.nextInt(99)) + "/BB" : "");
    }

    private static DisciplineRecord discipline(SplittableRandom r, int year) {
        DisciplineSystem system = chance(r, 60) ? DisciplineSystem.STATE : DisciplineSystem.PARTY;
        DisciplineForm form = system == DisciplineSystem.PARTY ? PARTY_FORMS[r.nextInt(PARTY_FORMS.length)]
                : DisciplineForm.values()[r.nextInt(DisciplineForm.values().length - 1)]; // KHAI_TRU is the party's
        LocalDate decided = day(r, chance(r, 70) ? year : year - 1);
        return new DisciplineRecord(form, system, decided, (1 + r.nextInt(300)) + "/QĐ-CAT", chance(r, 70));
    }

    private static LocalDate day(SplittableRandom r, int year) {
        return LocalDate.ofYearDay(year, 1 + r.nextInt(365));
    }

    private static BigDecimal tenths(SplittableRandom r, BigDecimal low, BigDecimal high) {
        int lo = low.movePointRight(1).intValueExact();
        int hi = high.movePointRight(1).intValueExact();
        return BigDecimal.valueOf(between(r, lo, hi), 1);
    }

    private static int ceilPart(int whole, int percent) {
        return (whole * percent + 99) / 100;
    }

    private static int between(SplittableRandom r, int low, int high) {
        return high <= low ? low : low + r.nextInt(high - low + 1);
    }

    private static boolean chance(SplittableRandom r, int percent) {
        return r.nextInt(100) < percent;
    }

    private static int weighted(SplittableRandom r, int... weights) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int pick = r.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            pick -= weights[i];
            if (pick < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }
}
