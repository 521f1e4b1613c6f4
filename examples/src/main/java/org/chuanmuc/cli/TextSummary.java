package org.chuanmuc.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.chuanmuc.assess.Assessment;
import org.chuanmuc.assess.Reason;
import org.chuanmuc.assess.RuleSetInfo;
import org.chuanmuc.cli.report.QuotaGroup;
import org.chuanmuc.cli.report.QuotaTally;
import org.chuanmuc.cli.report.ShownReason;
import org.chuanmuc.cli.report.UnitRecordErrors;
import org.chuanmuc.io.FieldError;
import org.chuanmuc.io.RejectedOfficer;
import org.chuanmuc.model.Dossier;
import org.chuanmuc.model.Period;
import org.chuanmuc.model.RatingLevel;
import org.chuanmuc.model.Unit;

/**
 * A plain-text summary for people: counts per unit and rating level, the quota on the top level in each
 * unit and group of similar duties that had candidates for it, then the officers a council should look at
 * (below "hoàn thành", or flagged for review), each with the decisive reason. Memory grows with the number
 * of units, groups and notable officers, not with the input.
 */
final class TextSummary {
    private static final int MAX_NOTABLE = 40;
    private static final int MAX_QUOTA_GROUPS = 40;

    private final Period period;
    private final RuleSetInfo ruleSet;
    private final Map<String, String> unitNames = new LinkedHashMap<>();
    private final Map<String, Map<RatingLevel, Integer>> counts = new LinkedHashMap<>();
    private final Map<String, Integer> flagged = new LinkedHashMap<>();
    /** Officers not rated this year, per unit. */
    private final Map<String, Integer> notRated = new LinkedHashMap<>();
    private final List<String> notable = new ArrayList<>();
    private int notableTotal;
    private final List<RejectedOfficer> rejected = new ArrayList<>();
    private final QuotaTally quota = new QuotaTally();

    TextSummary(Period period, RuleSetInfo ruleSet, List<Unit> units) {
        this.period = period;
        this.ruleSet = ruleSet;
        units.forEach(u -> unitNames.put(u.id(), u.name()));
    }

    void add(Dossier dossier, Assessment a) {
        quota.add(dossier, a);
        Map<RatingLevel, Integer> unitCounts = counts.computeIfAbsent(a.unitId(), k -> new EnumMap<>(RatingLevel.class));
        if (a.notRated()) { // the proposal is for information only: in no level
            notRated.merge(a.unitId(), 1, Integer::sum);
        } else {
            unitCounts.merge(a.rating(), 1, Integer::sum);
        }
        boolean review = !a.reviewFlags().isEmpty();
        if (review) {
            flagged.merge(a.unitId(), 1, Integer::sum);
        }
        if (a.rating() == RatingLevel.KHONG_HOAN_THANH || review || !a.warnings().isEmpty()) {
            notableTotal++;
            if (notable.size() < MAX_NOTABLE) {
                notable.add(describe(dossier, a));
            }
        }
    }

    void reject(RejectedOfficer officer) {
        rejected.add(officer);
    }

    int rejectedCount() {
        return rejected.size();
    }

    /**
     * @param unitErrors the errors of the input's unit records, listed after the rejected officers (nothing is
     *                   printed for them when there are none)
     */
    void print(OutputStream stream, List<FieldError> unitErrors) throws IOException {
        PrintStream out = new PrintStream(stream, false, StandardCharsets.UTF_8);
        out.printf("Kết quả đề xuất xếp loại năm %d — bộ quy tắc %s %s (sha256 %s…)%n", period.year(),
                ruleSet.name(), ruleSet.version(), ruleSet.sha256().substring(0, 12));
        out.println();
        String header = String.format("%-42s %5s %5s %5s %5s %5s %8s %8s", "Đơn vị", "Số CB", "XS", "Tốt", "HT", "KHT",
                "Không XL", "Xem xét");
        out.println(header);
        out.println("-".repeat(header.length()));
        Map<RatingLevel, Integer> total = new EnumMap<>(RatingLevel.class);
        int totalFlagged = 0;
        int totalNotRated = 0;
        for (var e : counts.entrySet()) {
            Map<RatingLevel, Integer> c = e.getValue();
            c.forEach((k, v) -> total.merge(k, v, Integer::sum));
            int f = flagged.getOrDefault(e.getKey(), 0);
            int n = notRated.getOrDefault(e.getKey(), 0);
            totalFlagged += f;
            totalNotRated += n;
            out.println(row(e.getKey() + " " + unitNames.getOrDefault(e.getKey(), ""), c, n, f));
        }
        out.println("-".repeat(header.length()));
        out.println(row("Tổng cộng", total, totalNotRated, totalFlagged));
        out.println();
        printQuota(out);
        out.println("Cần hội đồng chú ý (Không hoàn thành, cần xem xét hoặc cảnh báo): " + notableTotal);
        notable.forEach(out::println);
        if (notableTotal > notable.size()) {
            out.println("  … và " + (notableTotal - notable.size()) + " cán bộ khác (xem --format html hoặc json)");
        }
        out.println();
        out.println("Bị từ chối (dữ liệu sai hoặc quy tắc lỗi): " + rejected.size());
        for (RejectedOfficer r : rejected) {
            out.println("  " + (r.officerId().isEmpty() ? "officers[" + r.index() + "]" : r.officerId()) + ": "
                    + String.join("; ", r.errors().stream().map(Object::toString).toList()));
        }
        List<List<FieldError>> unitRecords = UnitRecordErrors.byRecord(unitErrors);
        if (!unitRecords.isEmpty()) {
            out.println(UnitRecordErrors.heading(unitRecords.size()));
            for (List<FieldError> record : unitRecords) {
                out.println("  " + UnitRecordErrors.line(record));
            }
        }
        out.flush();
    }

    /** The groups that had candidates for the top level: the others have nothing for the quota to do. */
    private void printQuota(PrintStream out) {
        List<QuotaGroup> withCandidates = quota.groups().stream().filter(g -> g.candidates() > 0).toList();
        if (withCandidates.isEmpty()) {
            return;
        }
        out.println("Hạn mức Hoàn thành xuất sắc theo đơn vị và nhóm nhiệm vụ (nhóm có người đạt chuẩn): "
                + withCandidates.size());
        withCandidates.stream().limit(MAX_QUOTA_GROUPS).forEach(g -> out.println("  " + g.describe()));
        if (withCandidates.size() > MAX_QUOTA_GROUPS) {
            out.println("  … và " + (withCandidates.size() - MAX_QUOTA_GROUPS)
                    + " nhóm khác (xem --format html hoặc json)");
        }
        out.println();
    }

    private static String row(String label, Map<RatingLevel, Integer> c, int notRatedCount, int flaggedCount) {
        int all = c.values().stream().mapToInt(Integer::intValue).sum() + notRatedCount;
        String name = label.length() > 42 ? label.substring(0, 41) + "…" : label;
        return String.format("%-42s %5d %5d %5d %5d %5d %8d %8d", name, all,
                c.getOrDefault(RatingLevel.HOAN_THANH_XUAT_SAC, 0), c.getOrDefault(RatingLevel.HOAN_THANH_TOT, 0),
                c.getOrDefault(RatingLevel.HOAN_THANH, 0), c.getOrDefault(RatingLevel.KHONG_HOAN_THANH, 0),
                notRatedCount, flaggedCount);
    }

    private static String describe(Dossier dossier, Assessment a) {
        StringBuilder b = new StringBuilder("  ").append(a.officerId()).append(' ')
                .append(dossier.officer().name()).append(" (").append(a.unitId()).append("): ")
                .append(a.ratingLabel());
        a.partyRating().filter(p -> p != a.rating())
                .ifPresent(p -> b.append("; đảng viên: ").append(p.label()));
        List<Reason> decisive = a.decisiveReasons();
        if (!decisive.isEmpty() && a.rating() != RatingLevel.HOAN_THANH_XUAT_SAC) {
            // the first decisive reason, marked when the same reason also caps the party rating
            ShownReason r = ShownReason.of(a.reasons()).stream().filter(s -> s.shows(decisive.get(0)))
                    .findFirst().orElseThrow();
            b.append(" — ").append(r.reason().criterion()).append(": ").append(r.reason().message());
            if (r.forBoth()) {
                b.append(" (").append(r.trackNote()).append(')');
            }
        }
        a.reviewFlags().forEach(f -> b.append(System.lineSeparator()).append("      cần xem xét ")
                .append(f.code()).append(": ").append(f.message()));
        a.warnings().forEach(w -> b.append(System.lineSeparator()).append("      cảnh báo ")
                .append(w.code()).append(": ").append(w.message()));
        return b.toString();
    }
}
