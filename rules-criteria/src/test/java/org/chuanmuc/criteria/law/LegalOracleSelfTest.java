package org.chuanmuc.criteria.law;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.chuanmuc.assess.Assessment;
import org.chuanmuc.assess.Assessor;
import org.chuanmuc.assess.Flag;
import org.chuanmuc.criteria.CriteriaCatalogue;
import org.chuanmuc.criteria.StandardCriteria;
import org.chuanmuc.io.DossierReader;
import org.chuanmuc.model.Officer;
import org.chuanmuc.model.RatingLevel;
import org.chuanmuc.model.Role;
import org.chuanmuc.model.SignFinding;
import org.chuanmuc.model.Unit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The oracle's own parts: its arithmetic, its reading of citations and of the README, its output, and that it fails. */
class LegalOracleSelfTest {
    private static Assessor assessor;
    private static UnitGenerator generator;

    @BeforeAll
    static void build() {
        assessor = Assessor.builder().rules(StandardCriteria.rules()).build();
        generator = new UnitGenerator(CriteriaCatalogue.standard());
    }

    @ParameterizedTest(name = "T = {0}, C = {1}: {2}")
    @CsvSource({"6, 7, 2", "0, 10, 1", "24, 6, 5", "25, 6, 5", "30, 6, 6", "29, 1, 1", "0, 5, 0", "0, 6, 1", "4, 1, 0",
            "5, 1, 1", "0, 0, 0", "100, 3, 3", "35, 1, 1", "0, 80, 13"})
    void maxKept_finalGoodCount_largestShareWithinTwentyPercent(int good, int candidates, int expected) {
        assertThat(Decree.maxKept(good, candidates)).isEqualTo(expected);
    }

    @Test
    void band_exactBoundaries_belongToTheHigherLevel() {
        assertThat(Decree.band(Rational.of(90, 1))).isEqualTo(RatingLevel.HOAN_THANH_XUAT_SAC);
        assertThat(Decree.band(Rational.ofDecimal(89.9))).isEqualTo(RatingLevel.HOAN_THANH_TOT);
        assertThat(Decree.band(Rational.ofDecimal(19.9).plus(Rational.ofDecimal(30.1)))).isEqualTo(RatingLevel.HOAN_THANH);
        assertThat(Decree.band(Rational.ofDecimal(49.9))).isEqualTo(RatingLevel.KHONG_HOAN_THANH);
    }

    @Test
    void taskPoints_computedFromCounts_exactFraction() {
        Officer o = Officer.builder("CB-1", "DV", Role.STAFF).tasks(12, 8, 4, 6).generalScore(15).build();
        assertThat(Decree.taskPoints(o)).isEqualTo(Rational.of(35, 1));
        assertThat(Decree.total(o)).isEqualTo(Rational.of(50, 1));
    }

    @Test
    void citedBy_decreeAndPoint_namesTheCondition() {
        Condition b = Condition.required("335/2025", "b", "");
        assertThat(b.citedBy("Nghị định 335/2025/NĐ-CP, Điều 20 khoản 4 điểm b")).isTrue();
        assertThat(b.citedBy("Nghị định 335/2025/NĐ-CP, điểm a, b khoản 4 Điều 20")).isTrue();
        assertThat(b.citedBy("Nghị định 335/2025/NĐ-CP, điểm a và b")).isTrue();
        assertThat(b.citedBy(Normalizer.normalize("Nghị định 335/2025/NĐ-CP, Điểm b", Normalizer.Form.NFD))).isTrue();
        assertThat(b.citedBy("Nghị định 335/2025/NĐ-CP, điểm c")).isFalse();
        assertThat(b.citedBy("Nghị định 90/2020/NĐ-CP, điểm b")).isFalse();
        assertThat(b.citedBy("Nghị quyết 04-NQ/TW ngày 30/10/2016")).isFalse();
        Condition d = Condition.required("90/2020", "d", "");
        assertThat(d.citedBy("Nghị định 90/2020/NĐ-CP, điểm đ khoản 2 Điều 11")).as("đ is not d").isFalse();
        assertThat(d.citedBy("Nghị định 90/2020/NĐ-CP, điểm d khoản 2 Điều 11")).isTrue();
    }

    @Test
    void readmeDefaults_projectDefaultRowsOnly_backtickedCodes() {
        String md = """
                ## Legal basis and project defaults

                | point | status | where |
                | --- | --- | --- |
                | a verified thing | verified | rule `LD-D` |
                | a choice | project default | rules `LD-DV`, `CT05` |
                | another | verified (law); the order is a project default | `han-muc.drl` |

                ## Performance
                | x | project default | `NOT-THIS` |
                """;
        assertThat(ReadmeDefaults.parse(md)).containsExactly("LD-DV", "CT05", "han-muc.drl");
        assertThat(ReadmeDefaults.codes(ReadmeDefaults.readme())).contains(LegalOracle.SHORT_SERVICE_FLAG);
        assertThat(ReadmeDefaults.leadingCode("TG-6T dưới 6 tháng: không xếp loại")).isEqualTo("TG-6T");
        assertThat(ReadmeDefaults.leadingCode("LD-DV: người đứng đầu")).isEqualTo("LD-DV");
    }

    @Test
    void dossierJson_generatedUnits_readBackByTheReaderUnchanged() {
        DossierReader reader = DossierReader.withKnownSigns(CriteriaCatalogue.standard().signCodes());
        for (int i = 0; i < 40; i++) {
            GeneratedUnit u = withoutGroups(generator.unit(99, i));
            String json = DossierJson.write(u);
            var file = reader.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "unit-" + i);

            assertThat(file.rejected()).as(json).isEmpty();
            assertThat(file.dossiers()).as(json).isEqualTo(u.dossiers());
        }
    }

    @Test
    void check_assessmentsThatBreakTheDecree_reportsEachLawPoint() {
        // ten officers scoring 98, one with a concluded sign; then the assessments are falsified
        List<Officer> officers = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            var b = Officer.builder(String.format("CB-%02d", i), "DV", Role.STAFF).tasks(10, 10, 10, 10).scores(28, 70);
            officers.add((i == 9 ? b.sign(new SignFinding("NQ4-DD-03", true, Optional.empty(), "")) : b).build());
        }
        GeneratedUnit u = new GeneratedUnit(2026, Unit.of("DV", "Đơn vị"), officers);
        List<Assessment> lifted = assessor.assessAll(u.dossiersWhenOutstanding()).assessments();
        List<Assessment> wrong = new ArrayList<>();
        for (Assessment a : lifted) {
            // everybody keeps xuất sắc, including the officer with the concluded sign
            wrong.add(new Assessment(a.officerId(), a.unitId(), a.year(), RatingLevel.HOAN_THANH_XUAT_SAC,
                    a.partyRating(), List.of(), a.reviewFlags(), a.warnings(), a.ruleSet()));
        }
        LegalOracle oracle = new LegalOracle(assessor, Set.of("LD-DV"));

        List<String> keys = oracle.check(u, wrong, Optional.of(lifted)).stream().map(Violation::key).toList();

        assertThat(keys).contains("(d) 335/2025 điểm b: not KHONG_HOAN_THANH", "(a) the 20% cap on xuất sắc");
    }

    @Test
    void check_projectDefaultCitingTheDecreeWithoutAPoint_isNotTakenForTheScoreBand() {
        // 87 points (band tốt) and a discipline unrelated to duties in 2026: the project default KL-NN-09 caps at
        // hoàn thành and cites NĐ 335/2025 without naming a point; that is another reason, not the score band
        Officer o = Officer.builder("CB-004", "DV", Role.STAFF).tasks(3, 3, 3, 3).scores(25.1, 61.9)
                .discipline(new org.chuanmuc.model.DisciplineRecord(org.chuanmuc.model.DisciplineForm.HA_BAC_LUONG,
                        org.chuanmuc.model.DisciplineSystem.STATE, java.time.LocalDate.of(2026, 8, 3), "249/QĐ-CAT",
                        false))
                .build();
        GeneratedUnit u = new GeneratedUnit(2026, Unit.of("DV", "Đơn vị"), List.of(o));
        List<Assessment> normal = assessor.assessAll(u.dossiers()).assessments();
        List<Assessment> lifted = assessor.assessAll(u.dossiersWhenOutstanding()).assessments();
        LegalOracle oracle = new LegalOracle(assessor, ReadmeDefaults.codes(ReadmeDefaults.readme()));

        assertThat(normal.get(0).rating()).isEqualTo(RatingLevel.HOAN_THANH);
        assertThat(oracle.check(u, normal, Optional.of(lifted))).isEmpty();
    }

    @ParameterizedTest(name = "{0} months: {1}")
    @CsvSource({"5, false", "6, true", "7, true", "9, true", "10, false", "12, false"})
    void mayHaveLongAbsence_ratedAndRoomForThreeMonthsAbsent(int months, boolean possible) {
        assertThat(Decree.mayHaveLongAbsence(months)).isEqualTo(possible);
    }

    @ParameterizedTest(name = "staff {0}/{1}/{2}/{3}: at most {4}")
    @CsvSource({"10, 10, 10, 10, HOAN_THANH_XUAT_SAC", "10, 10, 9, 10, HOAN_THANH", "10, 10, 10, 9, HOAN_THANH",
            "10, 9, 9, 9, HOAN_THANH", "0, 0, 0, 0, HOAN_THANH_XUAT_SAC"})
    void ceiling_staffOwnTasks_tốtOnlyWhenEveryTaskOnTimeAndAtQuality(int a, int c, int o, int q, RatingLevel best) {
        Officer staff = Officer.builder("CB-1", "DV", Role.STAFF).tasks(a, c, o, q).build();

        assertThat(Decree.ceiling(staff, List.of(staff)).level()).isEqualTo(best);
    }

    @ParameterizedTest(name = "unit completed {0}/50, on time {1}, at quality {2}: head at most {3}")
    @CsvSource({"50, 40, 50, HOAN_THANH_XUAT_SAC", "50, 39, 50, HOAN_THANH", "50, 50, 39, HOAN_THANH",
            "49, 49, 49, HOAN_THANH", "50, 40, 40, HOAN_THANH_XUAT_SAC"})
    void ceiling_head_unitCompletesAllAndEightyPercentMayBeOnTimeAtQuality(int done, int onTime, int quality,
                                                                         RatingLevel best) {
        Officer head = Officer.builder("CB-1", "DV", Role.HEAD).tasks(10, 10, 10, 10).build();
        Officer staff = Officer.builder("CB-2", "DV", Role.STAFF).tasks(40, done - 10, onTime - 10, quality - 10).build();
        Officer deputy = Officer.builder("CB-3", "DV", Role.DEPUTY_HEAD).tasks(10, 10, 10, 10).build();

        assertThat(Decree.ceiling(head, List.of(head, staff)).level()).isEqualTo(best);
        assertThat(Decree.ceiling(deputy, List.of(deputy, staff)).level()).as("a deputy's field is not in the dossier")
                .isEqualTo(RatingLevel.HOAN_THANH_XUAT_SAC);
    }

    @Test
    void check_2025AboveWhatTheTaskCountsAllow_reportsDieu9() {
        Officer late = Officer.builder("CB-01", "DV", Role.STAFF).tasks(10, 10, 9, 10).build();
        GeneratedUnit u = new GeneratedUnit(2025, Unit.of("DV", "Đơn vị"), List.of(late));
        LegalOracle oracle = new LegalOracle(assessor, Set.of());

        assertThat(keys(oracle, u, List.of(rated(u, late, RatingLevel.HOAN_THANH_TOT, List.of()))))
                .contains("(f) 90/2020 Điều 9 khoản 1 điểm b: rated above HOAN_THANH");
        assertThat(keys(oracle, u, List.of(rated(u, late, RatingLevel.HOAN_THANH, List.of()))))
                .noneMatch(k -> k.startsWith("(f)"));
    }

    @Test
    void check_2025HeadAboveWhatTheUnitAllows_reportsDieu9PointC() {
        Officer head = Officer.builder("CB-01", "DV", Role.HEAD).tasks(10, 10, 10, 10).build();
        Officer staff = Officer.builder("CB-02", "DV", Role.STAFF).tasks(10, 9, 9, 9).build();
        GeneratedUnit u = new GeneratedUnit(2025, Unit.of("DV", "Đơn vị"), List.of(head, staff));
        LegalOracle oracle = new LegalOracle(assessor, Set.of());

        assertThat(keys(oracle, u, List.of(rated(u, head, RatingLevel.HOAN_THANH_TOT, List.of()),
                rated(u, staff, RatingLevel.HOAN_THANH, List.of()))))
                .contains("(f) 90/2020 Điều 9 khoản 2 điểm c (unit: not all completed): rated above HOAN_THANH");
    }

    @Test
    void check_2025ExcellentWithoutNamingTasksBeyondTheLevel_reportsDieu8() {
        Officer perfect = Officer.builder("CB-01", "DV", Role.STAFF).tasks(10, 10, 10, 10).build();
        GeneratedUnit u = new GeneratedUnit(2025, new Unit("DV", "Đơn vị", Optional.empty(), true), List.of(perfect));
        LegalOracle oracle = new LegalOracle(assessor, Set.of());
        Flag named = new Flag("XS-VUOT-MUC", "Cần xác nhận ít nhất 50% nhiệm vụ hoàn thành Vượt mức", "ND90-XS");

        assertThat(keys(oracle, u, List.of(rated(u, perfect, RatingLevel.HOAN_THANH_XUAT_SAC, List.of()))))
                .contains("(f) 90/2020 Điều 8: xuất sắc without naming \"vượt mức\"");
        assertThat(keys(oracle, u, List.of(rated(u, perfect, RatingLevel.HOAN_THANH_XUAT_SAC, List.of(named)))))
                .noneMatch(k -> k.startsWith("(f)"));
    }

    @ParameterizedTest(name = "{0} months, rated {1}, flag {2}: broken {3}")
    @CsvSource({"8, HOAN_THANH_TOT, false, true", "8, HOAN_THANH_TOT, true, false", "6, HOAN_THANH_XUAT_SAC, false, true",
            "8, HOAN_THANH, false, false", "10, HOAN_THANH_TOT, false, false"})
    void check_2025SixToNineMonthsGoodWithoutAFlag_reportsDieu2(int months, RatingLevel rating, boolean flag,
                                                               boolean broken) {
        Officer o = Officer.builder("CB-01", "DV", Role.STAFF).monthsWorked(months).tasks(10, 10, 10, 10).build();
        GeneratedUnit u = new GeneratedUnit(2025, new Unit("DV", "Đơn vị", Optional.empty(), true), List.of(o));
        LegalOracle oracle = new LegalOracle(assessor, Set.of());
        List<Flag> flags = flag ? List.of(new Flag("XEM-THOI-GIAN", "Công tác " + months + " tháng trong năm", "X")) : List.of();

        assertThat(keys(oracle, u, List.of(rated(u, o, rating, flags))).stream().filter(k -> k.startsWith("(g)")).toList())
                .isEqualTo(broken ? List.of("(g) 90/2020 Điều 2 khoản 3: 6–9 months worked, tốt or above without a flag")
                        : List.of());
    }

    @Test
    void speaksOfTimeWorked_flagNamingTheMonths_notAnotherNumber() {
        Officer o = Officer.builder("CB-01", "DV", Role.STAFF).monthsWorked(7).build();
        GeneratedUnit u = new GeneratedUnit(2025, Unit.of("DV", "Đơn vị"), List.of(o));

        assertThat(LegalOracle.speaksOfTimeWorked(rated(u, o, RatingLevel.HOAN_THANH_TOT,
                List.of(new Flag("X", "Công tác 7 Tháng trong năm", "R"))), 7)).isTrue();
        assertThat(LegalOracle.speaksOfTimeWorked(rated(u, o, RatingLevel.HOAN_THANH_TOT,
                List.of(new Flag("X", "Chậm 17 tháng", "R"))), 7)).isFalse();
        assertThat(LegalOracle.speaksOfTimeWorked(rated(u, o, RatingLevel.HOAN_THANH_TOT,
                List.of(new Flag("TG-3T", "Có thể nghỉ từ 3 đến dưới 6 tháng", "R"))), 7)).isTrue();
        assertThat(LegalOracle.speaksOfTimeWorked(rated(u, o, RatingLevel.HOAN_THANH_TOT, List.of()), 7)).isFalse();
    }

    @Test
    void check_2026OfficerUnderSixMonthsCountedInThePool_reportsTheCap() {
        // 1 candidate (96), 4 rated tốt, and a fifth scoring tốt who worked 5 months: the pool has T = 4, so no one
        // keeps xuất sắc; counting the short-service officer would let the candidate keep it
        List<Officer> officers = new ArrayList<>();
        officers.add(Officer.builder("CB-01", "DV", Role.STAFF).tasks(10, 10, 10, 10).scores(28, 68).build());
        for (int i = 2; i <= 5; i++) {
            officers.add(Officer.builder("CB-0" + i, "DV", Role.STAFF).tasks(10, 10, 10, 10).scores(20, 55).build());
        }
        officers.add(Officer.builder("CB-06", "DV", Role.STAFF).monthsWorked(5).tasks(10, 10, 10, 10).scores(20, 55).build());
        GeneratedUnit u = new GeneratedUnit(2026, Unit.of("DV", "Đơn vị"), officers);
        List<Assessment> lifted = assessor.assessAll(u.dossiersWhenOutstanding()).assessments();
        List<Assessment> keptOne = lifted;
        List<Assessment> keptNone = new ArrayList<>(lifted);
        keptNone.set(0, rated(u, officers.get(0), RatingLevel.HOAN_THANH_TOT, lifted.get(0).reviewFlags()));
        LegalOracle oracle = new LegalOracle(assessor, Set.of());

        assertThat(lifted.get(0).rating()).isEqualTo(RatingLevel.HOAN_THANH_XUAT_SAC);
        assertThat(oracle.check(u, keptOne, Optional.of(lifted))).extracting(Violation::key)
                .contains("(a) the 20% cap on xuất sắc");
        assertThat(oracle.check(u, keptNone, Optional.of(lifted))).extracting(Violation::key)
                .doesNotContain("(a) the 20% cap on xuất sắc");
    }

    private static List<String> keys(LegalOracle oracle, GeneratedUnit u, List<Assessment> normal) {
        return oracle.check(u, normal, Optional.empty()).stream().map(Violation::key).toList();
    }

    /** A falsified assessment: the rating and flags given, no reasons. */
    private static Assessment rated(GeneratedUnit u, Officer o, RatingLevel rating, List<Flag> flags) {
        Assessment real = assessor.assess(new org.chuanmuc.model.Dossier(new org.chuanmuc.model.Period(u.year()), u.unit(), o));
        return new Assessment(o.id(), real.unitId(), u.year(), rating, real.partyRating(), List.of(), flags,
                real.warnings(), real.ruleSet());
    }

    @Test
    void shrink_failureCarriedByOneFact_keepsOnlyThatOfficerAndFact() {
        GeneratedUnit big = generator.unit(5, 3);
        Officer culprit = new Officer("CB-999", "CB-999", big.unit().id(), Optional.empty(), Role.HEAD, true, 7,
                big.officers().get(0).tasks(), big.officers().get(0).scores(),
                List.of(new SignFinding("NQ4-DD-07", true, Optional.empty(), "culprit"),
                        new SignFinding("NQ4-CT-03", false, Optional.empty(), "")), List.of(), List.of(), List.of(), List.of());
        List<Officer> all = new ArrayList<>(big.officers());
        all.add(all.size() / 2, culprit);
        GeneratedUnit start = big.withOfficers(all);

        GeneratedUnit small = new Shrinker(u -> u.officers().stream().anyMatch(o -> o.signs().stream()
                .anyMatch(s -> s.evidence().equals("culprit"))), 500).shrink(start);

        assertThat(small.officers()).singleElement().satisfies(o -> {
            assertThat(o.id()).isEqualTo("CB-999");
            assertThat(o.signs()).extracting(SignFinding::code).containsExactly("NQ4-DD-07");
            assertThat(o.role()).isEqualTo(Role.STAFF);
            assertThat(o.monthsWorked()).isEqualTo(12);
            assertThat(o.partyMember()).isFalse();
        });
    }

    private static GeneratedUnit withoutGroups(GeneratedUnit u) {
        // the reader on this branch does not know officers[].group yet (it comes with the group chain)
        return u.withOfficers(u.officers().stream().map(o -> new Officer(o.id(), o.name(), o.unitId(), Optional.empty(),
                o.role(), o.partyMember(), o.monthsWorked(), o.tasks(), o.scores(), o.signs(), o.disciplines(),
                o.styleEvaluations(), o.citizenFeedback(), o.history())).toList());
    }
}
