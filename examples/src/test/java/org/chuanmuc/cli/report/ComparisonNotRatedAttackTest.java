package org.chuanmuc.cli.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chuanmuc.cli.report.ReportFixtures.TRAFFIC;
import static org.chuanmuc.cli.report.ReportFixtures.WARD;
import static org.chuanmuc.cli.report.ReportFixtures.assessment;
import static org.chuanmuc.cli.report.ReportFixtures.dossier;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.chuanmuc.assess.Assessment;
import org.chuanmuc.assess.Assessor;
import org.chuanmuc.assess.Flag;
import org.chuanmuc.assess.RuleSetComparison;
import org.chuanmuc.model.Dossier;
import org.chuanmuc.model.RatingLevel;
import org.chuanmuc.model.Role;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** Hostile review of the comparison reports' not-rated row and column (8de955e), on made-up comparisons. */
class ComparisonNotRatedAttackTest {
    private static final Assessor RULES = ReportFixtures.assessor();

    /**
     * DEFECT (minor, API doc). {@link ComparisonInput#ratingChanges()} is documented as “how many officers have a
     * different state rating”, and docs/formats.md calls {@code changes[].rating} “the state rating each rule set
     * gives (for an officer not rated, the proposal)”. An officer not rated under both rule sets whose proposal
     * goes from xuất sắc to hoàn thành has a different state rating by that definition, yet is not counted: the
     * method counts officers who changed standing, as {@code summary.ratingChanged} now does.
     */
    @Test
    void ratingChanges_notRatedOfficerWhoseProposalDiffers_isNotAMove() {
        RuleSetComparison comparison = RuleSetComparison.between(RULES, RULES);
        Dossier d = dossier(TRAFFIC, "CB-0020", "Lý Thị Thu", Role.STAFF);
        comparison.add(d, notRated(d, RatingLevel.HOAN_THANH_XUAT_SAC), notRated(d, RatingLevel.HOAN_THANH));
        ComparisonInput input = new ComparisonInput(ReportFixtures.PERIOD, comparison.report(), List.of());

        RuleSetComparison.OfficerChange change = input.report().changes().get(0);
        assertThat(change.baseRating()).isNotEqualTo(change.changedRating());
        // the javadoc said "a different state rating"; it now says what is counted: moves in the state matrix
        assertThat(input.ratingChanges()).as("officers who moved in the state matrix").isZero();
    }

    /**
     * HELD UP. A unit where everyone stops being rated next to one where no one is: the text's 5-column matrix
     * stays aligned with four-digit counts, the party matrix counts the party members who stop being rated under
     * “Không XL” too, the per-unit transitions name “Không XL”, and the HTML shows the row only for the unit that
     * has someone not rated.
     */
    @Test
    void wholeUnitNotRated_textAlignedAndHtmlRowOnlyWhereNeeded() throws IOException {
        RuleSetComparison comparison = RuleSetComparison.between(RULES, RULES);
        for (int i = 0; i < 1234; i++) {
            Dossier d = dossier(TRAFFIC, "CB-T" + i, "", Role.STAFF);
            comparison.add(d, party(assessment(d, RatingLevel.HOAN_THANH_TOT, Optional.of(RatingLevel.HOAN_THANH_TOT),
                    List.of(), List.of(), List.of())), party(notRated(d, RatingLevel.HOAN_THANH_TOT)));
        }
        for (int i = 0; i < 3; i++) {
            Dossier d = dossier(WARD, "CB-W" + i, "", Role.STAFF);
            Assessment a = assessment(d, RatingLevel.HOAN_THANH, Optional.empty(), List.of(), List.of(), List.of());
            comparison.add(d, a, a);
        }
        ComparisonInput input = new ComparisonInput(ReportFixtures.PERIOD, comparison.report(), List.of());

        String text = write(input, "text");
        List<String> lines = text.lines().toList();
        int at = lines.indexOf("Xếp loại chất lượng (hàng: theo bộ gốc; cột: theo bộ sửa đổi):");
        assertThat(lines.subList(at + 1, at + 8)).containsExactly(
                "               XS    Tốt     HT    KHT Không XL    Tổng",
                "  XS            0      0      0      0        0       0",
                "  Tốt           0      0      0      0     1234    1234",
                "  HT            0      0      3      0        0       3",
                "  KHT           0      0      0      0        0       0",
                "  Không XL      0      0      0      0        0       0",
                "  Tổng          0      0      3      0     1234    1237");
        int party = lines.indexOf("Xếp loại đảng viên (hàng: theo bộ gốc; cột: theo bộ sửa đổi):");
        assertThat(lines.get(party + 1)).isEqualTo("               XS    Tốt     HT    KHT Không XL    Tổng");
        assertThat(lines.get(party + 3)).isEqualTo("  Tốt           0      0      0      0     1234    1234");
        assertThat(text).contains("  PC08 — Phòng Cảnh sát giao thông: 1.234 cán bộ, 1.234 đổi mức\n    Tốt → Không XL: 1234\n"
                + "    đảng viên Tốt → Không XL: 1234");

        Document page = Jsoup.parse(write(input, "html"));
        Element traffic = page.selectFirst("section.unit[data-unit-id=PC08] table.matrix[data-kind=state]");
        assertThat(traffic.select("tr[data-from=KHONG_XEP_LOAI]")).hasSize(1);
        assertThat(traffic.selectFirst("tr[data-from=HOAN_THANH_TOT] td[data-to=KHONG_XEP_LOAI]").classNames())
                .containsExactly("moved");
        assertThat(traffic.selectFirst("tr[data-from=HOAN_THANH_TOT] td[data-to=KHONG_XEP_LOAI]").text()).isEqualTo("1.234");
        assertThat(page.select("section.unit[data-unit-id=CAP-BN]")).isEmpty();
        assertThat(page.select("section.unit[data-unit-id=PC08] table.matrix[data-kind=party] tr[data-from=KHONG_XEP_LOAI]"))
                .hasSize(1);

        String csv = write(input, "csv");
        assertThat(csv).contains("CB-T0,,PC08,\"Hoàn thành tốt nhiệm vụ\","
                + "\"Không xếp loại (đề xuất: Hoàn thành tốt nhiệm vụ)\"");
    }

    private static Assessment party(Assessment a) {
        return new Assessment(a.officerId(), a.unitId(), a.year(), a.rating(), Optional.of(a.rating()), a.reasons(),
                a.reviewFlags(), a.warnings(), a.ruleSet());
    }

    private static Assessment notRated(Dossier d, RatingLevel proposal) {
        return assessment(d, proposal, Optional.empty(), List.of(),
                List.of(new Flag(Flag.NOT_RATED, "Công tác 4 tháng trong năm", "TG-6T")), List.of());
    }

    private static String write(ComparisonInput input, String format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        switch (format) {
            case "csv" -> ComparisonCsv.write(input, out);
            case "html" -> ComparisonHtml.write(input, out);
            default -> ComparisonSummary.write(input, out);
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
