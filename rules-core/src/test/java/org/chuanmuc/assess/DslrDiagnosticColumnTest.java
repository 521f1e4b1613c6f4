package org.chuanmuc.assess;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A problem in a DSLR file is reported at a column of the line as the policy officer wrote it: where the word
 * the guard or the compiler names is written in the sentence, else where the sentence starts. Columns used to
 * count in the expanded sentence, which nobody sees ({@code a.dslr:11:45} on a line 60 characters long, the word
 * at column 16).
 */
class DslrDiagnosticColumnTest {
    private static final String DSL = "[when]Có cán bộ=$o: Officer()\n"
            + "[then]Ghi lý do \"{loai}\", mã \"{ma}\"=insert(new Finding($o.id(), FindingKind.{loai}, \"{ma}\", \"\","
            + " \"lý do\"));\n"
            + "[then]Giới hạn mức \"{muc}\", mã \"{ma}\"=insert(RatingCap.state($o.id(), RatingLevel.{muc}, \"{ma}\","
            + " \"\", \"lý do\"));\n";


    @Test
    void guardProblemInASentence_isAtTheWordAsWritten() {
        String line = "    Ghi lý do \"NEGATIVEX\", mã \"A\"";
        String dslr = RefusedBuilds.HEAD + "rule \"A\"\nwhen\n    Có cán bộ\nthen\n" + line + "\nend\n";

        List<Diagnostic> problems = RefusedBuilds.dslr(DSL, dslr);

        assertThat(problems).singleElement().satisfies(d -> {
            assertThat(d.line()).isEqualTo(8);
            assertThat(d.message()).contains("FindingKind.NEGATIVEX");
            assertThat(d.column()).isEqualTo(line.indexOf("NEGATIVEX") + 1);
        });
    }

    @Test
    void problemWhoseWordIsNotWritten_isAtTheStartOfTheSentence() {
        // the enum's own name comes from the sentence's expansion: the word the compiler names is not in the line
        String line = "      Giới hạn mức \"KHONG_CO\", mã \"A\"";
        String dslr = RefusedBuilds.HEAD + "rule \"A\"\nwhen\n    Có cán bộ\nthen\n" + line + "\nend\n";

        List<Diagnostic> problems = RefusedBuilds.dslr(DSL, dslr);

        assertThat(problems).isNotEmpty().allSatisfy(d -> {
            assertThat(d.line()).isEqualTo(8);
            assertThat(d.column()).isBetween(1, line.length());
            assertThat(d.column()).isIn(line.indexOf("KHONG_CO") + 1, 7);
        });
    }

    @Test
    void problemOnAPassThroughLine_isAtTheWordAsWritten() {
        // a pass-through line ('>') is DRL as written, bar its '>': the column is the word's in the file
        String line = "    >insert(new Finding($o.id(), FindingKind.NEGATIVEY, \"A\", \"\", \"lý do\"));";
        String dslr = RefusedBuilds.HEAD + "rule \"A\"\nwhen\n    Có cán bộ\nthen\n" + line + "\nend\n";

        List<Diagnostic> problems = RefusedBuilds.dslr(DSL, dslr);

        assertThat(problems).singleElement().satisfies(d -> {
            assertThat(d.line()).isEqualTo(8);
            assertThat(d.column()).isEqualTo(line.indexOf("FindingKind.NEGATIVEY") + 1);
        });
    }
}
