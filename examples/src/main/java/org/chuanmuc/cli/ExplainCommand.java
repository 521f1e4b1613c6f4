package org.chuanmuc.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.chuanmuc.assess.Assessment;
import org.chuanmuc.assess.Assessor;
import org.chuanmuc.assess.Flag;
import org.chuanmuc.assess.Reason;
import org.chuanmuc.assess.ReasonKind;
import org.chuanmuc.cli.report.QuotaGroup;
import org.chuanmuc.cli.report.QuotaTally;
import org.chuanmuc.cli.report.ShownReason;
import org.chuanmuc.io.DossierEntry;
import org.chuanmuc.io.DossierFile;
import org.chuanmuc.io.RejectedOfficer;
import org.chuanmuc.model.Dossier;
import org.chuanmuc.model.RatingLevel;
import org.chuanmuc.model.Track;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code explain INPUT.json OFFICER_ID}: why one officer got the proposed rating, in Vietnamese. */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = "Giải thích vì sao cán bộ được đề xuất mức xếp loại (explain one officer's rating).")
final class ExplainCommand implements Callable<Integer> {
    @ParentCommand
    private Main main;

    @Parameters(index = "0", paramLabel = "INPUT.json")
    private Path input;

    @Parameters(index = "1", paramLabel = "OFFICER_ID")
    private String officerId;

    @Mixin
    private RuleOptions rules;

    @Override
    public Integer call() {
        Assessor assessor = rules.build();
        DossierFile file = Readers.of(rules.catalogue()).read(input);
        PrintStream out = main.out;
        // every rejected record of the id, each with its errors: assess lists each of them in rejected
        List<RejectedOfficer> refused = file.rejected().stream().filter(r -> r.officerId().equals(officerId)).toList();
        Optional<Dossier> dossier = file.dossiers().stream()
                .filter(d -> d.officer().id().equals(officerId)).findFirst();
        if (!refused.isEmpty() && dossier.isEmpty()) {
            out.println("Cán bộ " + officerId + " không được đánh giá vì hồ sơ có lỗi:");
            refused.forEach(r -> r.errors().forEach(e -> out.println("  " + e)));
            return Main.PARTIAL;
        }
        if (dossier.isEmpty()) {
            main.err.println("không có cán bộ " + officerId + " trong " + input + " (no such officer)");
            return Main.ERROR;
        }
        // the whole unit is assessed: the quota and the leader rules depend on colleagues; as assess does it, so
        // that a unit the rules fail on rejects the officer's record with the same words (and exit code 1)
        String unitId = dossier.get().unit().id();
        List<DossierEntry> unit = file.entries().stream().filter(e -> e instanceof DossierEntry.Accepted a
                && a.dossier().unit().id().equals(unitId)).toList();
        List<UnitAssessment.Outcome> outcomes = new UnitAssessment(assessor).assess(unit);
        QuotaTally quota = new QuotaTally();
        Assessment a = null;
        for (UnitAssessment.Outcome o : outcomes) {
            if (o instanceof UnitAssessment.Assessed done) {
                quota.add(done.dossier(), done.assessment());
                a = a == null && done.assessment().officerId().equals(officerId) ? done.assessment() : a;
            } else if (o instanceof UnitAssessment.Refused failed && failed.officer().officerId().equals(officerId)) {
                out.println("Cán bộ " + officerId + " không được đánh giá vì quy tắc lỗi trên đơn vị " + unitId + ":");
                failed.officer().errors().forEach(e -> out.println("  " + e));
                noteRefused(out, refused);
                return Main.PARTIAL;
            }
        }
        if (a == null) {
            throw new IllegalStateException("no outcome for " + officerId);
        }
        Optional<QuotaGroup> group = quota.groups().stream()
                .filter(g -> g.group().equals(dossier.get().officer().group())).findFirst();
        print(out, dossier.get(), a, group);
        noteRefused(out, refused); // the same id again in the file: those records were rejected, this one assessed
        return Main.OK;
    }

    /** Notes the other records of the id that were rejected, each with its errors (their paths tell them apart). */
    private void noteRefused(PrintStream out, List<RejectedOfficer> refused) {
        if (refused.isEmpty()) {
            return;
        }
        out.println();
        out.println("Lưu ý: " + (refused.size() == 1 ? "một hồ sơ khác" : refused.size() + " hồ sơ khác") + " cùng mã "
                + officerId + " bị từ chối, không được đánh giá:");
        refused.forEach(r -> r.errors().forEach(e -> out.println("  " + e)));
    }

    /**
     * @param quota the quota of the officer's group of similar duties, shown when the officer met the
     *              conditions of the top level
     */
    static void print(PrintStream out, Dossier d, Assessment a, Optional<QuotaGroup> quota) {
        out.printf("Cán bộ %s %s — %s (%s)%s, năm %d%n", a.officerId(), d.officer().name(), d.unit().name(),
                a.unitId(), d.officer().group().map(g -> ", nhóm " + g).orElse(""), a.year());
        if (a.notRated()) {
            out.println("Không xếp loại năm nay; mức đề xuất chỉ để tham khảo: " + a.ratingLabel());
        } else {
            out.println("Đề xuất xếp loại: " + a.ratingLabel());
        }
        a.partyRating().ifPresent(p -> out.println("Xếp loại đảng viên: " + p.label()));
        out.printf("Bộ quy tắc: %s %s, sha256 %s%n", a.ruleSet().name(), a.ruleSet().version(), a.ruleSet().sha256());

        List<Reason> decisive = a.decisiveReasons();
        List<ShownReason> shown = ShownReason.of(a.reasons());
        List<ShownReason> decisiveShown = shown.stream().filter(s -> decisive.stream().anyMatch(s::shows)).toList();
        if (a.notRated()) {
            a.reviewFlags().stream().filter(f -> f.code().equals(Flag.NOT_RATED)).findFirst().ifPresent(f -> {
                out.println();
                out.println("Vì sao không xếp loại: " + f.message());
            });
            section(out, "Lý do giới hạn mức đề xuất", decisiveShown);
        } else if (a.rating() == RatingLevel.HOAN_THANH_XUAT_SAC) {
            out.println();
            out.println("Không có tiêu chí nào giới hạn mức xếp loại: đạt mức cao nhất.");
        } else {
            section(out, "Lý do quyết định mức này", decisiveShown);
        }
        section(out, "Lý do khác hạn chế xếp loại", shown.stream()
                .filter(s -> s.reason().kind() == ReasonKind.CAP && !decisiveShown.contains(s)).toList());
        section(out, "Tình tiết bất lợi, tăng nặng", ofKind(shown, ReasonKind.NEGATIVE, ReasonKind.AGGRAVATING));
        section(out, "Điểm tích cực", ofKind(shown, ReasonKind.POSITIVE));
        section(out, "Ghi chú", ofKind(shown, ReasonKind.INFO));
        // an officer not rated is outside the quota, whatever the proposal
        boolean candidate = !a.notRated()
                && (a.rating() == RatingLevel.HOAN_THANH_XUAT_SAC || !QuotaTally.quotaCaps(a).isEmpty());
        quota.filter(g -> candidate).ifPresent(g -> {
            out.println();
            out.println("Hạn mức Hoàn thành xuất sắc của nhóm:");
            out.println("  " + g.describe());
        });
        flags(out, "Cần hội đồng xem xét", a.reviewFlags());
        flags(out, "Cảnh báo sớm", a.warnings());

        if (a.rating() != RatingLevel.HOAN_THANH_XUAT_SAC && !a.notRated()) {
            out.println();
            out.println("Để đạt mức cao hơn:");
            RatingLevel next = a.reasons().stream()
                    .filter(r -> r.track() == Track.STATE && r.cap().isPresent() && !decisive.contains(r))
                    .map(r -> r.cap().get()).reduce(RatingLevel.HOAN_THANH_XUAT_SAC, RatingLevel::min);
            out.println("  cần không còn " + (decisive.size() == 1 ? "lý do" : "các lý do") + " "
                    + String.join(", ", decisive.stream().map(Reason::criterion).distinct().toList())
                    + " ở trên; khi đó, theo các quy tắc khác, mức đề xuất sẽ là: " + next.label()
                    + (next == RatingLevel.HOAN_THANH_XUAT_SAC
                            ? " (vẫn tùy hạn mức Hoàn thành xuất sắc của đơn vị)" : ""));
        }
    }

    private static List<ShownReason> ofKind(List<ShownReason> shown, ReasonKind... kinds) {
        List<ReasonKind> wanted = List.of(kinds);
        return shown.stream().filter(s -> wanted.contains(s.reason().kind())).toList();
    }

    private static void section(PrintStream out, String title, List<ShownReason> reasons) {
        if (reasons.isEmpty()) {
            return;
        }
        out.println();
        out.println(title + ":");
        int n = 1;
        for (ShownReason s : reasons) {
            Reason r = s.reason();
            out.printf("  %d. [%s] %s%s%n", n++, r.criterion(), r.label().isEmpty() ? r.message() : r.label(),
                    s.trackNote().isEmpty() ? "" : " (" + s.trackNote() + ")");
            if (!r.label().isEmpty()) {
                out.println("     Nội dung: " + r.message());
            }
            r.cap().ifPresent(c -> out.println("     Mức tối đa: " + c.label()));
            out.println("     Quy tắc: " + r.rule());
            if (!r.citation().isEmpty()) {
                out.println("     Căn cứ: " + r.citation());
            }
            if (!r.matched().isEmpty()) {
                out.println("     Dữ kiện khớp: " + String.join(", ", r.matched()));
            }
        }
    }

    private static void flags(PrintStream out, String title, List<Flag> flags) {
        if (flags.isEmpty()) {
            return;
        }
        out.println();
        out.println(title + ":");
        flags.forEach(f -> out.println("  - [" + f.code() + "] " + f.message() + " (quy tắc: " + f.rule() + ")"));
    }
}
