package org.chuanmuc.criteria;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chuanmuc.assess.Assessment;
import org.chuanmuc.assess.AssessmentReport;
import org.chuanmuc.assess.Assessor;
import org.chuanmuc.assess.RuleBundle;
import org.chuanmuc.assess.RuleSource;
import org.chuanmuc.model.Dossier;
import org.chuanmuc.model.Officer;
import org.chuanmuc.model.OfficerBuilder;
import org.chuanmuc.model.Period;
import org.chuanmuc.model.RatingLevel;
import org.chuanmuc.model.Role;
import org.chuanmuc.model.SignFinding;
import org.chuanmuc.model.Unit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Differential attack on rule "LS-KHT2 hai năm trước…": the standard criteria against the same criteria with that
 * rule's Officer pattern put back as it was before d0bbc38 ({@code $o: Officer(id == $r.officerId)}, no
 * {@code hasRating} guard). Every assessment must be the same (rating, reasons, flags, warnings), and so must the
 * rules that fired, over units whose histories carry duplicate entries, entries of other years, officers not
 * rated, both regimes, and the same officer and unit ids in several years of one batch.
 */
@Timeout(value = 300, threadMode = Timeout.ThreadMode.SEPARATE_THREAD) // a hang detector, not a speed limit
class HanMucHistoryAttackTest {
    private static final Pattern GUARDED = Pattern.compile(
            "\\$o: Officer\\(id == \\$r\\.officerId, hasRating\\(\\$p\\.year - 1, RatingLevel\\.KHONG_HOAN_THANH\\),"
                    + "\\s*hasRating\\(\\$p\\.year - 2, RatingLevel\\.KHONG_HOAN_THANH\\)\\)");
    private static final RatingLevel[] LEVELS = RatingLevel.values();
    private static Assessor current;
    private static Assessor before;

    @BeforeAll
    static void compile() {
        current = Dossiers.standard();
        RuleBundle standard = StandardCriteria.rules();
        List<RuleSource> sources = new ArrayList<>();
        int replaced = 0;
        for (RuleSource s : standard.sources()) {
            if (s.name().endsWith("han-muc.drl")) {
                Matcher m = GUARDED.matcher(s.text());
                assertThat(m.find()).as("the guarded pattern of d0bbc38 is in han-muc.drl").isTrue();
                String old = m.replaceFirst(Matcher.quoteReplacement("$o: Officer(id == $r.officerId)"));
                assertThat(old).doesNotContain("hasRating($p").contains("$o: Officer(id == $r.officerId)\n");
                sources.add(RuleSource.drl(s.name(), old));
                replaced++;
            } else {
                sources.add(s);
            }
        }
        assertThat(replaced).isEqualTo(1);
        before = Assessor.builder().rules(new RuleBundle(standard.name(), standard.version(), sources,
                standard.criteria())).build();
    }

    private static OfficerBuilder officer(SplittableRandom random, String id, String unit, int year) {
        OfficerBuilder b = Officer.builder(id, unit, random.nextInt(6) == 0 ? Role.HEAD : Role.STAFF)
                .name("Lê Thị " + id)
                .monthsWorked(random.nextInt(5) == 0 ? 1 + random.nextInt(5) : 12) // under 6 months: not rated
                .partyMember(random.nextBoolean());
        if (random.nextInt(3) == 0) {
            b.group("Điều tra");
        }
        int assigned = 10 + random.nextInt(40);
        int completed = random.nextInt(4) == 0 ? random.nextInt(assigned + 1) : assigned;
        b.tasks(assigned, completed, random.nextInt(3) == 0 ? random.nextInt(completed + 1) : completed,
                random.nextInt(3) == 0 ? random.nextInt(completed + 1) : completed);
        b.generalScore(random.nextInt(301) / 10.0);
        if (random.nextInt(5) == 0) { // a verified severe sign: the year itself is not completed
            b.sign(new SignFinding("NQ4-DD-07", true, Optional.of(LocalDate.of(year, 3, 2)), "Biên bản 12/BB"));
        }
        // the history: entries of the two years before and of other years, duplicated now and then
        int entries = random.nextInt(7);
        for (int e = 0; e < entries; e++) {
            int past = year - 1 - random.nextInt(random.nextInt(4) == 0 ? 6 : 2);
            if (random.nextInt(10) == 0) {
                past = year + random.nextInt(2); // the assessed year itself, or a later one
            }
            RatingLevel level = random.nextInt(2) == 0 ? RatingLevel.KHONG_HOAN_THANH
                    : LEVELS[random.nextInt(LEVELS.length)];
            b.history(past, level);
            if (random.nextInt(4) == 0) {
                b.history(past, random.nextBoolean() ? level : LEVELS[random.nextInt(LEVELS.length)]);
            }
        }
        return b;
    }

    @Test
    void assessAll_randomHistoriesBothRegimes_sameAssessmentsAsTheRuleBeforeTheGuard() {
        SplittableRandom random = new SplittableRandom(2024);
        List<Dossier> dossiers = new ArrayList<>();
        for (int year : new int[] {2024, 2025, 2026, 2027}) {
            for (int u = 1; u <= 3; u++) {
                // the same unit ids, and the same officer ids, in every year
                Unit unit = new Unit("DV-" + u, "Đội " + u, u == 3 ? Optional.of(RatingLevel.HOAN_THANH_TOT)
                        : Optional.empty(), u == 2);
                int size = u == 1 ? 60 : 2 + random.nextInt(15);
                for (int i = 0; i < size; i++) {
                    String id = "CB-" + u + "-" + i;
                    dossiers.add(new Dossier(new Period(year), unit, officer(random, id, unit.id(), year).build()));
                }
            }
        }
        AssessmentReport now = current.assessAll(dossiers);
        AssessmentReport then = before.assessAll(dossiers);

        assertThat(now.firedRules()).isEqualTo(then.firedRules());
        assertThat(now.firedRules()).anyMatch(r -> r.startsWith("LS-KHT2 hai năm trước"))
                .anyMatch(r -> r.startsWith("LS-KHT2 năm thứ hai"));
        int flagged = 0;
        for (int i = 0; i < dossiers.size(); i++) {
            Assessment a = now.assessments().get(i);
            Assessment b = then.assessments().get(i);
            String who = a.year() + " " + a.officerId() + " " + dossiers.get(i).officer().history();
            assertThat(a.officerId()).isEqualTo(dossiers.get(i).officer().id());
            assertThat(a.year()).isEqualTo(dossiers.get(i).period().year());
            assertThat(a.rating()).as(who).isEqualTo(b.rating());
            assertThat(a.partyRating()).as(who).isEqualTo(b.partyRating());
            assertThat(a.reasons()).as(who).isEqualTo(b.reasons());
            assertThat(a.reviewFlags()).as(who).isEqualTo(b.reviewFlags());
            assertThat(a.warnings()).as(who).isEqualTo(b.warnings());
            assertThat(a.localRules()).as(who).isEqualTo(b.localRules());
            if (a.reviewFlags().stream().anyMatch(f -> f.rule().startsWith("LS-KHT2 hai năm trước"))) {
                flagged++;
            }
        }
        assertThat(flagged).as("officers flagged by the rule under attack").isGreaterThan(10);
    }
}
