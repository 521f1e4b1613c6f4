package org.chuanmuc.assess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.chuanmuc.model.Dossier;
import org.chuanmuc.model.Officer;
import org.chuanmuc.model.Period;
import org.chuanmuc.model.RatingLevel;
import org.chuanmuc.model.Role;
import org.chuanmuc.model.Unit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Attack on 212b5aa (provenance kept only for caps, findings, flags and warnings) and on the (year, id) keys of
 * {@link Assessor#assessAll}: every reason, flag and warning still names the rule that inserted it, with what it
 * matched, and {@link Assessment#localRules()} still names the local rules that concluded something, when base
 * rules insert other kinds of facts that the results hang on, delete a result another rule inserted, insert an equal one
 * in its place, or insert logically. These expectations were checked against 494b8b7 as well.
 */
@Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD) // a hang detector, not a speed limit
class ProvenanceAttackTest {
    private static final String BASE = """
            package thu.goc;
            import org.chuanmuc.model.*;

            rule "B-01 tham số cho từng cán bộ"
            when
                $o: Officer()
            then
                insert(new Parameter($o.id(), 3));
            end

            rule "B-02 nhận xét theo tham số do quy tắc chèn"
            when
                $p: Parameter(value == 3)
                $o: Officer(id == $p.name)
            then
                insert(new Finding($o.id(), FindingKind.NEGATIVE, "B-02", "Quy chế thử", "theo tham số"));
            end

            rule "B-03 giới hạn sẽ bị xóa"
            when
                $o: Officer(id == "CB-2")
            then
                insert(RatingCap.state($o.id(), RatingLevel.KHONG_HOAN_THANH, "B-03", "Quy chế thử", "bị xóa sau"));
            end

            rule "B-04 xóa giới hạn B-03"
            salience -10
            when
                $c: RatingCap(criterion == "B-03")
            then
                delete($c);
            end

            rule "B-05 cảnh báo"
            when
                $o: Officer()
            then
                insert(new Warning($o.id(), "B-05", "cảnh báo gốc"));
            end

            rule "B-06 xóa cảnh báo rồi chèn bản giống hệt"
            salience -20
            when
                $w: Warning(code == "B-05", officerId == "CB-3")
                not Finding(criterion == "B-06", officerId == "CB-3")
            then
                delete($w);
                insert(new Warning($w.officerId(), $w.code(), $w.message()));
                insert(new Finding("CB-3", FindingKind.POSITIVE, "B-06", "Quy chế thử", "đã chèn lại"));
            end

            rule "B-07 giới hạn theo lịch sử"
            when
                $p: Period()
                $o: Officer()
                PriorRating(year == $p.year - 1, rating == RatingLevel.KHONG_HOAN_THANH) from $o.history
            then
                insert(RatingCap.state($o.id(), RatingLevel.HOAN_THANH, "B-07", "Quy chế thử", "năm trước"));
                insert(new ReviewFlag($o.id(), "B-07", "xem lại"));
            end
            """;

    private static final String LOCAL = """
            package thu.diaphuong;
            import org.chuanmuc.model.*;

            rule "L-01 giới hạn địa phương theo tham số gốc"
            when
                $p: Parameter(value == 3, name == "CB-1")
                $o: Officer(id == $p.name)
            then
                insert(RatingCap.state($o.id(), RatingLevel.HOAN_THANH_TOT, "L-01", "Quy chế địa phương", "tham số"));
            end

            rule "L-02 cờ địa phương dựa trên nhận xét gốc"
            when
                $f: Finding(criterion == "B-02", officerId == "CB-1")
            then
                insert(new ReviewFlag($f.officerId(), "L-02", "cờ địa phương"));
            end

            rule "L-03 cảnh báo địa phương"
            when
                $o: Officer(id == "CB-3")
            then
                insert(new Warning($o.id(), "L-03", "cảnh báo địa phương"));
            end

            rule "L-04 nhận xét địa phương cho cả hai năm"
            when
                $o: Officer(id == "CB-1")
            then
                insert(new Finding($o.id(), FindingKind.NEGATIVE, "L-04", "Quy chế địa phương", "nhận xét"));
            end
            """;

    @TempDir
    static Path dir;
    private static Assessor assessor;

    @BeforeAll
    static void compile() throws IOException {
        Path local = Files.createDirectories(dir.resolve("dia-phuong"));
        Files.writeString(local.resolve("dia-phuong.drl"), LOCAL);
        assessor = Assessor.builder().rules(RuleSource.drl("goc.drl", BASE)).rules(local).build();
    }

    private static Dossier dossier(int year, String unit, String id, boolean failedLastYear) {
        var b = Officer.builder(id, unit, Role.STAFF).tasks(10, 10, 10, 10).generalScore(25);
        if (failedLastYear) {
            b.history(year - 1, RatingLevel.KHONG_HOAN_THANH).history(year - 1, RatingLevel.KHONG_HOAN_THANH);
        }
        return new Dossier(new Period(year), Unit.of(unit, "Đội " + unit), b.build());
    }

    private static List<Dossier> batch() {
        List<Dossier> all = new ArrayList<>();
        for (int year : new int[] {2025, 2026}) {
            all.add(dossier(year, "DV-1", "CB-1", year == 2026));
            all.add(dossier(year, "DV-1", "CB-2", false));
            all.add(dossier(year, "DV-2", "CB-3", year == 2025));
        }
        return all;
    }

    private static List<String> rules(List<Reason> reasons) {
        return reasons.stream().map(r -> r.criterion() + " ← " + r.rule() + " " + r.matched()).toList();
    }

    private static List<String> flags(List<Flag> flags) {
        return flags.stream().map(f -> f.code() + " ← " + f.rule()).toList();
    }

    @Test
    void assessAll_resultsHangingOnOtherFactsDeletedOrReinserted_eachNamesItsRuleAndMatches() {
        List<Dossier> batch = batch();
        AssessmentReport report = assessor.assessAll(batch);
        List<Assessment> a = report.assessments();

        assertThat(a).extracting(x -> x.year() + " " + x.unitId() + " " + x.officerId()).containsExactly(
                "2025 DV-1 CB-1", "2025 DV-1 CB-2", "2025 DV-2 CB-3", "2026 DV-1 CB-1", "2026 DV-1 CB-2",
                "2026 DV-2 CB-3");

        // CB-1 2025: a finding on a Parameter a base rule inserted; local cap, flag and finding
        Assessment cb1 = a.get(0);
        assertThat(cb1.rating()).isEqualTo(RatingLevel.HOAN_THANH_TOT);
        assertThat(rules(cb1.reasons())).containsExactlyInAnyOrder(
                "B-02 ← B-02 nhận xét theo tham số do quy tắc chèn [Parameter(CB-1 = 3.0), Officer(CB-1)]",
                "L-01 ← L-01 giới hạn địa phương theo tham số gốc [Parameter(CB-1 = 3.0), Officer(CB-1)]",
                "L-04 ← L-04 nhận xét địa phương cho cả hai năm [Officer(CB-1)]");
        assertThat(flags(cb1.reviewFlags())).containsExactly("L-02 ← L-02 cờ địa phương dựa trên nhận xét gốc");
        assertThat(flags(cb1.warnings())).containsExactly("B-05 ← B-05 cảnh báo");
        assertThat(cb1.localRules()).containsExactly("L-01 giới hạn địa phương theo tham số gốc",
                "L-02 cờ địa phương dựa trên nhận xét gốc", "L-04 nhận xét địa phương cho cả hai năm");

        // CB-2: the cap B-03 was deleted by B-04, nothing of it is left
        Assessment cb2 = a.get(1);
        assertThat(cb2.rating()).isEqualTo(RatingLevel.HOAN_THANH_XUAT_SAC);
        assertThat(rules(cb2.reasons())).containsExactly(
                "B-02 ← B-02 nhận xét theo tham số do quy tắc chèn [Parameter(CB-2 = 3.0), Officer(CB-2)]");
        assertThat(cb2.localRules()).isEmpty();
        assertThat(report.firedRules()).contains("B-03 giới hạn sẽ bị xóa", "B-04 xóa giới hạn B-03");

        // CB-3 2025: the warning deleted and inserted again by B-06 is named after B-06; two matches of B-07
        // (the history holds 2024 twice) give two caps and two flags
        Assessment cb3 = a.get(2);
        assertThat(cb3.rating()).isEqualTo(RatingLevel.HOAN_THANH);
        assertThat(flags(cb3.warnings())).containsExactly("B-05 ← B-06 xóa cảnh báo rồi chèn bản giống hệt",
                "L-03 ← L-03 cảnh báo địa phương");
        assertThat(flags(cb3.reviewFlags())).containsExactly("B-07 ← B-07 giới hạn theo lịch sử",
                "B-07 ← B-07 giới hạn theo lịch sử");
        assertThat(rules(cb3.reasons())).containsExactlyInAnyOrder(
                "B-02 ← B-02 nhận xét theo tham số do quy tắc chèn [Parameter(CB-3 = 3.0), Officer(CB-3)]",
                "B-06 ← B-06 xóa cảnh báo rồi chèn bản giống hệt [Warning[officerId=CB-3, code=B-05, message=cảnh báo gốc]]",
                "B-07 ← B-07 giới hạn theo lịch sử [Period(2025), Officer(CB-3), PriorRating[year=2024, rating=KHONG_HOAN_THANH]]",
                "B-07 ← B-07 giới hạn theo lịch sử [Period(2025), Officer(CB-3), PriorRating[year=2024, rating=KHONG_HOAN_THANH]]");
        assertThat(cb3.localRules()).containsExactly("L-03 cảnh báo địa phương");

        // the same ids a year later are other officers: their own results, not 2025's
        Assessment cb1Later = a.get(3);
        assertThat(cb1Later.rating()).isEqualTo(RatingLevel.HOAN_THANH);
        assertThat(flags(cb1Later.reviewFlags())).containsExactly("B-07 ← B-07 giới hạn theo lịch sử",
                "B-07 ← B-07 giới hạn theo lịch sử", "L-02 ← L-02 cờ địa phương dựa trên nhận xét gốc");
        assertThat(a.get(5).rating()).isEqualTo(RatingLevel.HOAN_THANH_XUAT_SAC);
        assertThat(a.get(5).reviewFlags()).isEmpty();
    }

    @Test
    void assessAll_resultUpdatedInPlace_keepsTheRuleThatInsertedIt() {
        // an update of any fact makes the session runner look at every handle again (see SessionMonitor)
        Assessor updating = Assessor.builder().rules(RuleSource.drl("cap-nhat.drl", """
                package thu.capnhat;
                import org.chuanmuc.model.*;

                rule "U-01 nhận xét sẽ được cập nhật"
                when
                    $o: Officer(id == "CB-1")
                then
                    insert(new Finding($o.id(), FindingKind.NEGATIVE, "U-01", "Quy chế thử", "nhận xét"));
                    insert(RatingCap.state($o.id(), RatingLevel.HOAN_THANH, "U-01", "Quy chế thử", "giới hạn"));
                end

                rule "U-02 cập nhật nhận xét"
                no-loop true
                salience -10
                when
                    $f: Finding(criterion == "U-01")
                then
                    update($f);
                end
                """)).build();
        AssessmentReport report = updating.assessAll(List.of(dossier(2026, "DV-1", "CB-1", false),
                dossier(2026, "DV-1", "CB-2", false)));

        assertThat(report.firedRules()).contains("U-02 cập nhật nhận xét");
        Assessment cb1 = report.assessments().get(0);
        assertThat(cb1.rating()).isEqualTo(RatingLevel.HOAN_THANH);
        assertThat(rules(cb1.reasons())).containsExactlyInAnyOrder(
                "U-01 ← U-01 nhận xét sẽ được cập nhật [Officer(CB-1)]",
                "U-01 ← U-01 nhận xét sẽ được cập nhật [Officer(CB-1)]");
        assertThat(report.assessments().get(1).reasons()).isEmpty();
        assertThat(report.assessments().get(1).rating()).isEqualTo(RatingLevel.HOAN_THANH_XUAT_SAC);
    }

    @Test
    void assessAll_officerTwiceInAYear_refused_sameIdInTwoYears_twoAssessments() {
        List<Dossier> twice = List.of(dossier(2025, "DV-1", "CB-1", false), dossier(2025, "DV-2", "CB-1", false));
        assertThatThrownBy(() -> assessor.assessAll(twice)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("officer CB-1 appears twice in 2025");

        // input order kept, even when years and units interleave
        List<Dossier> interleaved = List.of(dossier(2026, "DV-1", "CB-1", false), dossier(2025, "DV-1", "CB-1", true),
                dossier(2026, "DV-2", "CB-9", false), dossier(2025, "DV-1", "CB-2", false));
        List<Assessment> a = assessor.assessAll(interleaved).assessments();
        assertThat(a).extracting(x -> x.year() + " " + x.officerId() + " " + x.rating()).containsExactly(
                "2026 CB-1 HOAN_THANH_TOT", "2025 CB-1 HOAN_THANH", "2026 CB-9 HOAN_THANH_XUAT_SAC",
                "2025 CB-2 HOAN_THANH_XUAT_SAC");
        assertThat(a.get(1).reasons()).extracting(Reason::criterion).contains("B-07");
        assertThat(a.get(0).reasons()).extracting(Reason::criterion).doesNotContain("B-07");
        assertThat(Optional.of(a.get(0).unitId())).contains("DV-1");
    }
}
