package org.chuanmuc.criteria.law;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.chuanmuc.assess.Assessment;
import org.chuanmuc.assess.Assessor;
import org.chuanmuc.assess.RuleCompilationException;
import org.chuanmuc.criteria.StandardCriteria;
import org.chuanmuc.model.Dossier;
import org.chuanmuc.model.Officer;
import org.chuanmuc.model.Period;
import org.chuanmuc.model.RatingLevel;
import org.chuanmuc.model.Role;
import org.chuanmuc.model.Unit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hostile legal review 4: severity is an editable DEFAULT column that "does not change the rating: any concluded sign
 * makes the officer KHONG_HOAN_THANH" (spec criteria.md, under the catalogue table; rating.md: "A verified sign … of
 * ANY severity → KHONG_HOAN_THANH, in both regimes — VERIFIED: ND 335 condition (b) and ND 90/48 condition (a) name
 * no severity"). The catalogue is the file policy staff edit (README: "catalogue.json | … mức độ của 27 biểu hiện |
 * trình soạn thảo văn bản"), and it accepts a sign with no {@code severity}. The rules that give không hoàn thành for a
 * concluded sign are the rows of the sheet "Mức độ biểu hiện", one per severity: a sign whose severity was removed (or
 * never written, for a sign a province adds) matches no row, and a concluded sign is ignored without a word.
 *
 * <p>Input: the standard criteria exported, with {@code "severity"} deleted from NQ4-DD-09 in catalogue.json; a staff
 * officer with every task on time and at quality (2026: 93 points), a concluded NQ4-DD-09, in an outstanding unit.
 * Expected: KHONG_HOAN_THANH (NĐ 90/2020 Điều 11 khoản 1 điểm a up to 2025; NĐ 335/2025 Điều 20 khoản 4 điểm b from
 * 2026), or the edited criteria refused when built.
 */
class SignWithoutSeverityReview4Test {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @ValueSource(ints = {2024, 2025, 2026})
    void concludedSignWhoseSeverityWasRemoved_stillKhongHoanThanh(int year) throws Exception {
        Path folder = dir.resolve("c");
        StandardCriteria.writeTo(folder);
        Path catalogue = folder.resolve("catalogue.json");
        String json = Files.readString(catalogue, StandardCharsets.UTF_8);
        String edited = json.replaceFirst(
                "(\"code\": \"NQ4-DD-09\"[^}]*?),\\s*\"severity\": \"[A-Z_]+\"", "$1");
        assertThat(edited).as("severity of NQ4-DD-09 removed").isNotEqualTo(json);
        Files.writeString(catalogue, edited, StandardCharsets.UTF_8);

        Assessor assessor;
        try {
            assessor = Assessor.builder().rules(StandardCriteria.fromFolder(folder)).build();
        } catch (RuleCompilationException refused) {
            // the edited catalogue refused: acceptable when the refusal names the entry, as a policy editor needs it
            assertThat(refused.diagnostics()).anySatisfy(d -> {
                assertThat(d.source()).endsWith("catalogue.json");
                assertThat(d.line()).isPositive();
                assertThat(d.message()).contains(".severity").contains("NQ4-DD-09");
            });
            return;
        }
        var b = Officer.builder("CB-1", "DV", Role.STAFF).tasks(40, 40, 40, 40).sign("NQ4-DD-09", true);
        if (year >= 2026) {
            b.scores(28, 65);
        }
        Assessment a = assessor.assess(new Dossier(new Period(year), new Unit("DV", "Đội", Optional.empty(), true),
                b.build()));
        assertThat(a.rating()).as("%d, concluded NQ4-DD-09 without a severity in the catalogue; reasons %s", year,
                a.reasons()).isEqualTo(RatingLevel.KHONG_HOAN_THANH);
    }
}
