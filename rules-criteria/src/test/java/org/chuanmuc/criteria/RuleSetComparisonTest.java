package org.chuanmuc.criteria;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.chuanmuc.assess.Assessment;
import org.chuanmuc.assess.Assessor;
import org.chuanmuc.assess.Flag;
import org.chuanmuc.assess.Reason;
import org.chuanmuc.assess.RuleSetComparison;
import org.chuanmuc.assess.RuleSetComparison.Standing;
import org.chuanmuc.io.DossierReader;
import org.chuanmuc.model.CitizenFeedback;
import org.chuanmuc.model.Dossier;
import org.chuanmuc.model.FeedbackKind;
import org.chuanmuc.model.Period;
import org.chuanmuc.model.RatingLevel;
import org.chuanmuc.model.Unit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What-if: the standard criteria against an exported and edited copy, on the same dossiers. */
class RuleSetComparisonTest {
    // the 2026 sample: under ND 90/2020's levels few officers of the 2025 sample are candidates for xuất sắc, and a
    // lower quota there moves nobody
    private static final Path SAMPLE = Path.of("..", "examples", "data", "sample-2026.json");

    @TempDir
    static Path dir;
    private static Assessor standard;

    @BeforeAll
    static void compileStandard() {
        standard = Assessor.builder().rules(StandardCriteria.rules()).build();
    }

    @Test
    void compare_complaintLimitLoweredTo3_changesExactlyTheOfficerWith4Complaints() throws IOException {
        Path folder = edited("phan-anh", "phan-anh.so-toi-da", 3);
        // an outstanding unit, so that the quota on the top level plays no part
        Unit unit = new Unit("PC08", "Phòng Cảnh sát giao thông", Optional.empty(), true);
        List<Dossier> dossiers = new ArrayList<>();
        for (int complaints : new int[] {0, 2, 4, 5}) {
            var builder = Dossiers.staff("PA-" + complaints);
            for (int i = 0; i < complaints; i++) {
                builder.feedback(new CitizenFeedback(LocalDate.of(2025, 3, 1 + i), FeedbackKind.COMPLAINT,
                        "BIET-02", true));
            }
            dossiers.add(new Dossier(new Period(2025), unit, builder.build()));
        }

        RuleSetComparison.Report report = RuleSetComparison.compare(standard,
                Assessor.builder().rules(StandardCriteria.fromFolder(folder)).build(), dossiers);

        assertThat(report.changes()).singleElement().satisfies(c -> {
            assertThat(c.officerId()).isEqualTo("PA-4");
            assertThat(c.baseRating()).isEqualTo(RatingLevel.HOAN_THANH_XUAT_SAC);
            assertThat(c.changedRating()).isEqualTo(RatingLevel.HOAN_THANH);
            assertThat(c.reasonsAdded()).anySatisfy(r -> {
                assertThat(r.criterion()).isEqualTo("PA-NHIEU");
                assertThat(r.cap()).contains(RatingLevel.HOAN_THANH);
            });
            assertThat(c.reasonsRemoved()).extracting(Reason::criterion).doesNotContain("PA-NHIEU");
        });
        assertThat(report.state().count(Standing.HOAN_THANH_XUAT_SAC, Standing.HOAN_THANH)).isEqualTo(1);
        assertThat(report.state().moved()).isEqualTo(1);
        assertThat(report.officers()).isEqualTo(4);
        assertThat(report.units()).singleElement().satisfies(u -> {
            assertThat(u.unitId()).isEqualTo("PC08");
            assertThat(u.state()).isEqualTo(report.state());
        });
        assertThat(report.hasChanges()).isTrue();
        assertThat(report.changed().name()).isEqualTo("phan-anh");
        assertThat(report.base()).isEqualTo(standard.ruleSet());
    }

    @Test
    void compare_unchangedExport_reportsNothing() {
        Path folder = dir.resolve("nguyen-ban");
        StandardCriteria.writeTo(folder);
        List<Dossier> sample = sample();

        RuleSetComparison.Report report = RuleSetComparison.compare(standard,
                Assessor.builder().rules(StandardCriteria.fromFolder(folder)).build(), sample);

        assertThat(report.hasChanges()).isFalse();
        assertThat(report.changes()).isEmpty();
        assertThat(report.state().moved()).isZero();
        assertThat(report.officers()).isEqualTo(sample.size());
        // the same files: the same SHA-256 (it covers names inside the folder and bytes), told apart by the name
        assertThat(report.changed().sha256()).isEqualTo(report.base().sha256());
        assertThat(report.changed().name()).isNotEqualTo(report.base().name());
    }

    @Test
    void compare_quotaLoweredTo10Percent_movesExactlyTheOfficersSeparateRunsDisagreeOn() throws IOException {
        Assessor lowered = Assessor.builder().rules(StandardCriteria.fromFolder(
                edited("han-muc", "han-muc.xuat-sac.phan-tram", 10))).build();
        List<Dossier> sample = sample();
        // the expectation, from the data: assess each unit under both rule sets on its own and diff the ratings
        Map<String, RatingLevel[]> expected = new LinkedHashMap<>();
        Map<Standing, Integer> before = new EnumMap<>(Standing.class);
        for (List<Dossier> unit : byUnit(sample).values()) {
            List<Assessment> first = standard.assessAll(unit).assessments();
            List<Assessment> second = lowered.assessAll(unit).assessments();
            for (int i = 0; i < unit.size(); i++) {
                // an officer not rated this year stands apart from the level proposed for information
                before.merge(first.get(i).notRated() ? Standing.KHONG_XEP_LOAI : Standing.of(first.get(i).rating()), 1,
                        Integer::sum);
                assertThat(second.get(i).notRated()).isEqualTo(first.get(i).notRated());
                if (first.get(i).rating() != second.get(i).rating()) {
                    expected.put(unit.get(i).officer().id(), new RatingLevel[] {first.get(i).rating(), second.get(i).rating()});
                }
            }
        }

        RuleSetComparison comparison = RuleSetComparison.between(standard, lowered);
        byUnit(sample).values().forEach(comparison::add); // unit by unit, as a large file is fed
        RuleSetComparison.Report report = comparison.report();

        assertThat(expected).isNotEmpty();
        List<RuleSetComparison.OfficerChange> moved = report.changes().stream()
                .filter(RuleSetComparison.OfficerChange::ratingChanged).toList();
        assertThat(moved).extracting(RuleSetComparison.OfficerChange::officerId)
                .containsExactlyElementsOf(expected.keySet());
        assertThat(moved).allSatisfy(c -> {
            assertThat(new RatingLevel[] {c.baseRating(), c.changedRating()}).isEqualTo(expected.get(c.officerId()));
            // a lower quota only takes the top level away
            assertThat(c.baseRating()).isEqualTo(RatingLevel.HOAN_THANH_XUAT_SAC);
            assertThat(c.changedRating()).isEqualTo(RatingLevel.HOAN_THANH_TOT);
            assertThat(c.reasonsAdded()).extracting(Reason::criterion).contains("HAN-MUC-XS");
        });
        // the counts add up: every officer once, per unit and in total
        assertThat(report.officers()).isEqualTo(sample.size());
        assertThat(report.units().stream().mapToInt(u -> u.state().total()).sum()).isEqualTo(sample.size());
        assertThat(report.state().moved()).isEqualTo(expected.size());
        assertThat(report.state().count(Standing.HOAN_THANH_XUAT_SAC, Standing.HOAN_THANH_TOT))
                .isEqualTo(expected.size());
        assertThat(report.party().total()).isEqualTo((int) sample.stream().filter(d -> d.officer().partyMember()).count());
        for (Standing standing : Standing.values()) {
            assertThat(report.state().before(standing)).as("officers %s before", standing)
                    .isEqualTo(before.getOrDefault(standing, 0));
        }
    }

    @Test
    void compare_minimumMonthsLoweredTo5_ratesTheOfficerWith5MonthsAndCountsHimOutOfTheNotRatedRow()
            throws IOException {
        Assessor five = Assessor.builder().rules(StandardCriteria.fromFolder(
                edited("thoi-gian", "thoi-gian.so-thang-toi-thieu", 5))).build();
        Unit unit = new Unit("PC08", "Phòng Cảnh sát giao thông", Optional.empty(), true);
        List<Dossier> dossiers = new ArrayList<>();
        for (int months : new int[] {4, 5, 6, 12}) {
            dossiers.add(new Dossier(new Period(2025), unit, Dossiers.staff("TG-" + months).monthsWorked(months).build()));
        }

        RuleSetComparison.Report report = RuleSetComparison.compare(standard, five, dossiers);

        Map<String, RuleSetComparison.OfficerChange> changes = report.changes().stream()
                .collect(Collectors.toMap(RuleSetComparison.OfficerChange::officerId, c -> c));
        // TG-6 only loses the flag of 3 to 6 months off (TG-NGHI reads the same parameter): not a move
        assertThat(changes.keySet()).containsExactlyInAnyOrder("TG-4", "TG-5", "TG-6");
        assertThat(changes.get("TG-6").ratingChanged()).isFalse();
        assertThat(changes.get("TG-6").reviewFlagsRemoved()).extracting(Flag::code).containsExactly("TG-NGHI");
        RuleSetComparison.OfficerChange rated = changes.get("TG-5");
        assertThat(rated.ratingChanged()).isTrue();
        assertThat(rated.baseStanding()).isEqualTo(Standing.KHONG_XEP_LOAI);
        assertThat(rated.changedStanding()).isEqualTo(Standing.of(rated.changedRating()));
        assertThat(rated.reviewFlagsRemoved()).extracting(Flag::code).contains(Flag.NOT_RATED);
        // still not rated: only the flag's text (“chưa đủ 5 tháng”) differs, which is not a move
        RuleSetComparison.OfficerChange still = changes.get("TG-4");
        assertThat(still.ratingChanged()).isFalse();
        assertThat(still.baseStanding()).isEqualTo(Standing.KHONG_XEP_LOAI);
        assertThat(still.changedStanding()).isEqualTo(Standing.KHONG_XEP_LOAI);
        assertThat(report.state().count(Standing.KHONG_XEP_LOAI, Standing.KHONG_XEP_LOAI)).isEqualTo(1);
        assertThat(report.state().count(Standing.KHONG_XEP_LOAI, rated.changedStanding())).isEqualTo(1);
        assertThat(report.state().before(Standing.KHONG_XEP_LOAI)).isEqualTo(2);
        assertThat(report.state().after(Standing.KHONG_XEP_LOAI)).isEqualTo(1);
        assertThat(report.state().moved()).isEqualTo(1);
        assertThat(report.officers()).isEqualTo(4);
    }

    private static Path edited(String name, String parameter, double value) throws IOException {
        Path folder = dir.resolve(name);
        StandardCriteria.writeTo(folder);
        double old = Workbooks.setParameter(folder.resolve("bang-quyet-dinh.xlsx"), parameter, value);
        assertThat(old).isNotEqualTo(value);
        return folder;
    }

    private static List<Dossier> sample() {
        return DossierReader.withKnownSigns(CriteriaCatalogue.standard().signCodes()).read(SAMPLE).dossiers();
    }

    private static Map<String, List<Dossier>> byUnit(List<Dossier> dossiers) {
        return dossiers.stream().collect(Collectors.groupingBy(d -> d.unit().id(), LinkedHashMap::new,
                Collectors.toList()));
    }
}
