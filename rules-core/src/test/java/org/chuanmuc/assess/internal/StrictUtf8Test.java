package org.chuanmuc.assess.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.chuanmuc.assess.Diagnostic;
import org.chuanmuc.assess.RuleSource;
import org.junit.jupiter.api.Test;

/**
 * A DRL, DSLR or DSL file that is not UTF-8 is refused at its first byte that is not, on the line and column a
 * person finds it at; a UTF-8 file with Vietnamese text passes.
 */
class StrictUtf8Test {
    private static final String RULE = """
            package org.chuanmuc.criteria.diaphuong

            import org.chuanmuc.model.*

            rule "PC-DP quy tắc của địa phương: Hoàn thành nhiệm vụ"
            when
                $o: Officer()
            then
                insert(RatingCap.state($o.id(), RatingLevel.HOAN_THANH, "PC-DP", "", "Đánh giá của địa phương"));
            end
            """;

    @Test
    void aBadByteOnLine3Column5_isReportedThere_quotingTheByte() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes("// dòng một\n// hai\n".getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes("ắng".getBytes(StandardCharsets.UTF_8)); // columns 1-3 of line 3, 7 bytes
        bytes.write('x'); // column 4
        bytes.write(0xD0); // column 5: Đ in windows-1258, a UTF-8 lead byte without its continuation
        bytes.writeBytes("ơn\n".getBytes(StandardCharsets.UTF_8));
        List<Diagnostic> problems = new ArrayList<>();

        List<DrlText> texts = translate(new RuleSource("dia-phuong.drl", RuleSource.Kind.DRL, bytes.toByteArray()),
                problems);

        assertThat(texts).isEmpty();
        assertThat(problems).singleElement().satisfies(d -> {
            assertThat(d.source()).isEqualTo("dia-phuong.drl");
            assertThat(d.line()).isEqualTo(3);
            assertThat(d.column()).isEqualTo(5);
            assertThat(d.message()).contains("0xD0").contains("UTF-8 (không có BOM)").contains("without BOM");
        });
    }

    @Test
    void aBadByteAtTheVeryStart_isLine1Column1() {
        byte[] content = {(byte) 0xFF, 'r', 'u', 'l', 'e'};
        List<Diagnostic> problems = new ArrayList<>();

        translate(new RuleSource("a.drl", RuleSource.Kind.DRL, content), problems);

        assertThat(problems).singleElement().satisfies(d -> {
            assertThat(d.line()).isEqualTo(1);
            assertThat(d.column()).isEqualTo(1);
            assertThat(d.message()).contains("0xFF");
            assertThat(d.toString()).startsWith("a.drl:1:1: tệp không phải UTF-8");
        });
    }

    @Test
    void aSequenceCutShortAtTheEnd_isReportedAtItsFirstByte() {
        byte[] content = {'a', '\n', 'b', (byte) 0xE1, (byte) 0xBB}; // the first two bytes of ắ, the third missing

        assertThat(StrictUtf8.firstBadByte("a.drl", content)).hasValueSatisfying(d -> {
            assertThat(d.line()).isEqualTo(2);
            assertThat(d.column()).isEqualTo(2);
            assertThat(d.message()).contains("0xE1");
        });
    }

    @Test
    void aRuleFileSavedInWindows1258_isRefused_notTranslatedWithReplacementCharacters() {
        byte[] content = RULE.getBytes(Charset.forName("windows-1258"));
        List<Diagnostic> problems = new ArrayList<>();

        List<DrlText> texts = translate(new RuleSource("xep-loai.drl", RuleSource.Kind.DRL, content), problems);

        assertThat(texts).isEmpty();
        assertThat(problems).singleElement().satisfies(d -> {
            // the rule's name: Java's encoder writes "ắ" and "ủ", which the code page lacks, as "?"; "đ" is 0xF0
            assertThat(d.line()).isEqualTo(5);
            assertThat(d.column()).isEqualTo(25);
            assertThat(d.message()).contains("0xF0");
        });
    }

    @Test
    void aVietnameseFileInNfc_passes() {
        String nfc = Normalizer.normalize(RULE, Normalizer.Form.NFC);
        List<Diagnostic> problems = new ArrayList<>();

        List<DrlText> texts = translate(RuleSource.drl("dia-phuong.drl", nfc), problems);

        assertThat(problems).isEmpty();
        assertThat(texts).singleElement().satisfies(t -> assertThat(t.drl()).isEqualTo(nfc));
    }

    @Test
    void aDslFileNotInUtf8_isRefused_andItsDslrFilesAreNotExpanded() {
        RuleSource dsl = new RuleSource("cau.dsl", RuleSource.Kind.DSL,
                "[then]Xếp loại tối đa Hoàn thành=insert(null);\n".getBytes(Charset.forName("windows-1258")));
        RuleSource dslr = RuleSource.of("quy-tac.dslr", RuleSource.Kind.DSLR, "package x\n");
        List<Diagnostic> problems = new ArrayList<>();

        List<DrlText> texts = SourceTranslator.translate(new RuleInput(List.of(dsl, dslr), List.of(), List.of()),
                problems);

        assertThat(texts).isEmpty();
        assertThat(problems).singleElement().satisfies(d -> {
            assertThat(d.source()).isEqualTo("cau.dsl");
            assertThat(d.line()).isEqualTo(1);
            assertThat(d.column()).isEqualTo(20); // "đ" of "đa": the letters before it lacking in the code page are "?"
        });
    }

    @Test
    void aDslrFileNotInUtf8_isRefused() {
        RuleSource dslr = new RuleSource("quy-tac.dslr", RuleSource.Kind.DSLR,
                "package x\n// Đảng viên\n".getBytes(Charset.forName("windows-1258")));
        List<Diagnostic> problems = new ArrayList<>();

        List<DrlText> texts = translate(dslr, problems);

        assertThat(texts).isEmpty();
        assertThat(problems).singleElement().satisfies(d -> {
            assertThat(d.source()).isEqualTo("quy-tac.dslr");
            assertThat(d.line()).isEqualTo(2);
            assertThat(d.column()).isEqualTo(4);
        });
    }

    private static List<DrlText> translate(RuleSource source, List<Diagnostic> problems) {
        return SourceTranslator.translate(new RuleInput(List.of(source), List.of(), List.of()), problems);
    }
}
