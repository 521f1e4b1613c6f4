package org.chuanmuc.assess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.chuanmuc.assess.TestWorkbooks.row;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A share whose name does not say so is known by its use: a rule binds the parameter and gives it to a {@code Tasks}
 * share method. Drools reads {@code 'don-vi.toi-thieu'} as the string {@code "don-vi.toi-thieu"}, but the use was
 * found only for a name in double quotes: the same rule written with single quotes let 95 (for 95%) through, a share
 * no count can reach, with no hint to write 0.95.
 */
class ShareNamedInSingleQuotesTest {

    /** @return a workbook whose table gives {@code don-vi.toi-thieu} the value 95 in B10 */
    private static byte[] giver() throws IOException {
        return TestWorkbooks.oneSheet("Tham số", sheet -> {
            row(sheet, 0, "RuleSet", "org.chuanmuc.test.bang");
            row(sheet, 1, "Import", "org.chuanmuc.model.*");
            row(sheet, 4, "RuleTable Tham số đơn vị");
            row(sheet, 5, "NAME", "ACTION");
            row(sheet, 6, "", "");
            row(sheet, 7, "", "insert(new Parameter(\"don-vi.toi-thieu\", $param));");
            row(sheet, 8, "Tên", "Tỷ lệ tối thiểu");
            row(sheet, 9, "Tỷ lệ đơn vị", 95);
        });
    }

    /** @return a rule that gives the parameter to a share method, its name between {@code quote}s */
    private static String reader(char quote) {
        return """
                package org.chuanmuc.test.doc
                import org.chuanmuc.model.*
                rule "DV"
                when
                    $o: Officer()
                    Parameter(name == %1$sdon-vi.toi-thieu%1$s, $toiThieu: value)
                    UnitTasks(!tasks.passesAtLeast($toiThieu))
                then
                    insert(new ReviewFlag($o.id(), "DV", "đơn vị chưa đạt"));
                end
                """.formatted(quote);
    }

    private static List<Diagnostic> refused(char quote) throws IOException {
        Throwable thrown = catchThrowable(() -> Assessor.builder()
                .rules(new RuleSource("bang.xlsx", RuleSource.Kind.XLSX, giver()),
                        RuleSource.drl("doc.drl", reader(quote)))
                .build());
        assertThat(thrown).as("quote %s", quote).isInstanceOf(RuleCompilationException.class);
        return ((RuleCompilationException) thrown).diagnostics();
    }

    @Test
    void shareNamedInSingleQuotes_isHintedAsInDoubleQuotes() throws IOException {
        List<Diagnostic> doubleQuoted = refused('"');
        assertThat(doubleQuoted).singleElement().satisfies(d -> {
            assertThat(d.source()).isEqualTo("bang.xlsx[Tham số]");
            assertThat(d.message()).startsWith("ô B10: giá trị 95 của tham số \"don-vi.toi-thieu\" là một tỷ lệ lớn"
                    + " hơn 1 (hơn 100%)").contains("hãy ghi 0.95 cho 95%");
        });

        assertThat(refused('\'')).isEqualTo(doubleQuoted);
    }
}
