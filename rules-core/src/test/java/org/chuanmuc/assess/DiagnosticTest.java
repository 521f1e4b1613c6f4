package org.chuanmuc.assess;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A diagnostic reads as editors expect: {@code file:line:column: message}, with no position it does not know. */
class DiagnosticTest {

    @Test
    void toString_knownPosition_givesLineAndColumn() {
        assertThat(new Diagnostic("phong-cach.dslr", 12, 5, "thiếu \"end\"")).hasToString(
                "phong-cach.dslr:12:5: thiếu \"end\"");
    }

    @Test
    void toString_lineOnly_leavesTheColumnOut() {
        assertThat(new Diagnostic("han-muc.drl", 3, 0, "lỗi biên dịch")).hasToString("han-muc.drl:3: lỗi biên dịch");
    }

    @Test
    void toString_noPosition_namesTheSourceOnly() {
        assertThat(new Diagnostic("dia-phuong", 0, 0, "thư mục có quá 200 tệp quy tắc")).hasToString(
                "dia-phuong: thư mục có quá 200 tệp quy tắc");
    }

    @Test
    void toString_messageOfSeveralLines_indentsTheRestSoEachProblemStartsALine() {
        // a compiler message quoting the rule over several lines: only the first line starts with the position
        assertThat(new Diagnostic("a.dslr", 6, 0, "Rule Compilation error $o cannot be resolved\r\n  $o.id()\n"))
                .hasToString("a.dslr:6: Rule Compilation error $o cannot be resolved\n      $o.id()");
    }
}
