package org.chuanmuc.cli.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.chuanmuc.assess.Assessment;
import org.chuanmuc.assess.Reason;
import org.chuanmuc.assess.ReasonKind;
import org.chuanmuc.model.Dossier;
import org.chuanmuc.model.RatingLevel;
import org.chuanmuc.model.Track;
import org.chuanmuc.model.Unit;

/**
 * Counts the quota on the top level per unit and group of similar duties as assessments arrive (see
 * {@link QuotaGroup}). Officers who are not rated this year count among the group's officers only, as the rules
 * leave them out of the quota. Memory grows with the number of groups, not of officers. Not thread-safe.
 */
public final class QuotaTally {
    private final Map<String, UnitCounts> units = new LinkedHashMap<>();

    private static final class UnitCounts {
        final Unit unit;
        final Map<Optional<String>, int[]> groups = new LinkedHashMap<>();

        UnitCounts(Unit unit) {
            this.unit = unit;
        }
    }

    /**
     * Counts one assessed officer.
     *
     * @param dossier    the officer's dossier (unit and group)
     * @param assessment the officer's assessment
     */
    public void add(Dossier dossier, Assessment assessment) {
        int[] counts = units.computeIfAbsent(dossier.unit().id(), k -> new UnitCounts(dossier.unit())).groups
                .computeIfAbsent(dossier.officer().group(), k -> new int[4]);
        counts[0]++;
        if (assessment.notRated()) { // not rated this year: the quota does not count them
            return; // the rules leave them out of the quota: their rating is a proposal for information
        }
        if (assessment.rating() == RatingLevel.HOAN_THANH_TOT) {
            counts[1]++;
        } else if (assessment.rating() == RatingLevel.HOAN_THANH_XUAT_SAC) {
            counts[2]++;
        }
        if (assessment.rating() == RatingLevel.HOAN_THANH_TOT && !quotaCaps(assessment).isEmpty()) {
            counts[3]++;
        }
    }

    /** @return every group counted so far: units in the order they first came, groups likewise within each */
    public List<QuotaGroup> groups() {
        List<QuotaGroup> all = new ArrayList<>();
        for (UnitCounts u : units.values()) {
            boolean named = u.groups.keySet().stream().anyMatch(Optional::isPresent);
            u.groups.forEach((group, c) -> all.add(new QuotaGroup(u.unit, group, named, c[0], c[1], c[2], c[3])));
        }
        return all;
    }

    /** @return the groups of rows (which may span units), counted */
    public static List<QuotaGroup> of(List<ReportRow> rows) {
        QuotaTally tally = new QuotaTally();
        rows.forEach(r -> tally.add(r.dossier(), r.assessment()));
        return tally.groups();
    }

    /** @return the reasons by which the quota moved this officer's state rating down */
    public static List<Reason> quotaCaps(Assessment assessment) {
        return assessment.reasonsFor(ReportText.QUOTA_CRITERION).stream()
                .filter(r -> r.kind() == ReasonKind.CAP && r.track() == Track.STATE).toList();
    }
}
