package org.chuanmuc.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One officer's record for the year: the main fact the rules reason about.
 *
 * <p>Lists are never null and are copied on construction. Rules reach the nested records with
 * {@code from}, e.g. {@code $s: SignFinding(verified) from $o.signs}.
 *
 * @param id               unique in the input, non-blank
 * @param name             full name
 * @param unitId           the unit the officer belongs to
 * @param group            the group of officers with similar duties (nhóm nhiệm vụ tương đồng) within the unit,
 *                         over which the quota on the top level is counted; empty = the whole unit is one group
 * @param role             staff, deputy head or head
 * @param partyMember      a party member also gets a party rating
 * @param monthsWorked     months actually worked in the year, 0–12
 * @param tasks            task counts
 * @param scores           points under Nghị định 335/2025 (required from 2026 on by the reader)
 * @param signs            findings of the 27 signs
 * @param disciplines      discipline decisions (all years; rules pick the year)
 * @param styleEvaluations evaluations of style criteria
 * @param citizenFeedback  complaints and praise from citizens
 * @param history          earlier years' final ratings
 */
public record Officer(String id, String name, String unitId, Optional<String> group, Role role, boolean partyMember, int monthsWorked,
                      Tasks tasks, Optional<Scores> scores, List<SignFinding> signs,
                      List<DisciplineRecord> disciplines, List<StyleEvaluation> styleEvaluations,
                      List<CitizenFeedback> citizenFeedback, List<PriorRating> history) {

    /**
     * @throws NullPointerException     when id, name, unitId, role or tasks is null
     * @throws IllegalArgumentException when monthsWorked is outside 0–12, or group is present but blank
     */
    public Officer {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(unitId, "unitId");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(tasks, "tasks");
        group = group == null ? Optional.empty() : group;
        if (group.isPresent() && group.get().isBlank()) {
            throw new IllegalArgumentException("group must not be blank; leave it empty for the whole unit");
        }
        if (monthsWorked < 0 || monthsWorked > 12) {
            throw new IllegalArgumentException("monthsWorked must be 0–12, was " + monthsWorked);
        }
        scores = scores == null ? Optional.empty() : scores;
        signs = copy(signs);
        disciplines = copy(disciplines);
        styleEvaluations = copy(styleEvaluations);
        citizenFeedback = copy(citizenFeedback);
        history = copy(history);
    }

    private static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

    /** @return a builder for tests and embedding code; only id, unitId and role are needed */
    public static OfficerBuilder builder(String id, String unitId, Role role) {
        return new OfficerBuilder(id, unitId, role);
    }

    /** @return true for heads and deputy heads */
    public boolean isLeader() {
        return role.isLeader();
    }

    /** @return the rating of {@code year} from the history, if recorded */
    public Optional<RatingLevel> ratingIn(int year) {
        return history.stream().filter(h -> h.year() == year).map(PriorRating::rating).findFirst();
    }

    /**
     * @param year an assessment year
     * @return the disciplines decided in {@code year}, in the dossier's order
     */
    public List<DisciplineRecord> disciplinesIn(int year) {
        List<DisciplineRecord> in = new ArrayList<>(1);
        for (DisciplineRecord k : disciplines) {
            if (k.decidedIn(year)) {
                in.add(k);
            }
        }
        return List.copyOf(in);
    }

    /**
     * @param year an assessment year
     * @return the disciplines decided in {@code year}, each with its system, joined by "; " (empty when none)
     */
    public String disciplinesInSummary(int year) {
        return String.join("; ", disciplinesIn(year).stream().map(DisciplineRecord::summaryWithSystem).toList());
    }

    /**
     * @param year an assessment year
     * @return a discipline of one system decided in {@code year} while one of the other system was decided in an
     *         earlier year: a party and an administrative discipline for one act, decided in different years, count
     *         in one year only; null when there is none
     */
    public DisciplineRecord earlierDisciplineOfTheOtherSystem(int year) {
        for (DisciplineRecord now : disciplines) {
            if (!now.decidedIn(year)) {
                continue;
            }
            for (DisciplineRecord before : disciplines) {
                if (before.decidedBefore(year) && before.system() != now.system()) {
                    return before;
                }
            }
        }
        return null;
    }

    /**
     * Whether the history records the rating for the year: any entry of that year, when the dossier carries more
     * than one (unlike {@link #ratingIn}, which gives the first).
     *
     * @param year   a year before the assessed one
     * @param rating the rating
     * @return true when an entry of {@code year} has {@code rating}
     */
    public boolean hasRating(int year, RatingLevel rating) {
        for (PriorRating h : history) {
            if (h.year() == year && h.rating() == rating) {
                return true;
            }
        }
        return false;
    }

    /** @return the number of verified complaints whose criterion starts with one of the prefixes */
    public int verifiedComplaints(List<String> criterionPrefixes) {
        int count = 0; // loops, not streams: rules call this for every officer
        for (CitizenFeedback f : citizenFeedback) {
            if (f.verified() && f.kind() == FeedbackKind.COMPLAINT && startsWithAny(f.criterion(), criterionPrefixes)) {
                count++;
            }
        }
        return count;
    }

    private static boolean startsWithAny(String criterion, List<String> prefixes) {
        for (String prefix : prefixes) {
            if (criterion.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    /** @return the number of style evaluations marked not met whose criterion starts with the prefix */
    public int unmetStyleCriteria(String criterionPrefix) {
        int count = 0;
        for (StyleEvaluation e : styleEvaluations) {
            if (!e.met() && e.criterion().startsWith(criterionPrefix)) {
                count++;
            }
        }
        return count;
    }
}
