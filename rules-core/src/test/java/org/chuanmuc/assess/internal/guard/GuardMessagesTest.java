package org.chuanmuc.assess.internal.guard;

import static org.assertj.core.api.Assertions.assertThat;

import org.chuanmuc.assess.internal.guard.GuardMessages.Hazard;
import org.junit.jupiter.api.Test;

/** The messages policy staff read, verbatim. */
class GuardMessagesTest {

    @Test
    void echo_controlAndFormatCharacters_areShownAsEscapesSoTheyCannotRewriteTheMessage() {
        // NUL, backspace, a newline, a right-to-left override and a zero-width space from a hostile rule file
        assertThat(GuardMessages.echo("a\u0000b\bc\nd\u202Ee\u200Bf")).isEqualTo("a\\u0000b\\u0008c\\u000Ad\\u202Ee\\u200Bf");
        assertThat(GuardMessages.echo("Nguyễn Văn Ánh")).isEqualTo("Nguyễn Văn Ánh");
        assertThat(GuardMessages.riskyRegex("(a+)+\u0008", 200)).contains("\"(a+)+\\u0008\"");
    }

    @Test
    void echoMessage_keepsLineBreaksButEscapesOtherControls() {
        assertThat(GuardMessages.echoMessage("dòng 1\ndòng\u001B[2J 2")).isEqualTo("dòng 1\ndòng\\u001B[2J 2");
    }

    @Test
    void forbiddenName_system() {
        assertThat(GuardMessages.forbiddenName("System", Hazard.SYSTEM)).isEqualTo(
                "không được dùng \"System\" trong quy tắc: có thể truy cập hệ thống (forbidden \"System\": system access)");
    }

    @Test
    void notAllowed_unknownName() {
        assertThat(GuardMessages.notAllowed("foo")).isEqualTo(
                "\"foo\" không có trong danh sách được phép dùng trong quy tắc (not on the rule allow-list: \"foo\")");
    }

    @Test
    void forbiddenKeyword_while() {
        assertThat(GuardMessages.forbiddenKeyword("while", Hazard.LOOP)).isEqualTo(
                "không được dùng từ khoá \"while\" trong quy tắc: có thể lặp vô hạn (forbidden keyword \"while\": can"
                        + " loop forever)");
    }

    @Test
    void fullyQualifiedName_runtime() {
        assertThat(GuardMessages.fullyQualifiedName("java.lang.Runtime", Hazard.PROCESS)).isEqualTo(
                "không được dùng tên đầy đủ \"java.lang.Runtime\" trong quy tắc: có thể chạy chương trình khác"
                        + " (forbidden qualified name \"java.lang.Runtime\": starts processes)");
    }

    @Test
    void function_declaration() {
        assertThat(GuardMessages.function("boom")).isEqualTo(
                "không được khai báo hàm \"boom\" trong tệp quy tắc: hàm là mã Java tuỳ ý (function declarations are"
                        + " forbidden: \"boom\" is arbitrary Java)");
    }

    @Test
    void annotation_evaluatedAtCompileTime() {
        assertThat(GuardMessages.annotation("meta")).isEqualTo(
                "không được dùng chú thích \"@meta\" trong tệp quy tắc: Drools chạy nội dung của nó khi biên dịch"
                        + " (annotation \"@meta\" is forbidden: Drools evaluates it at compile time)");
    }

    @Test
    void unicodeEscape() {
        assertThat(GuardMessages.unicodeEscape()).isEqualTo(
                "không được dùng mã thoát Unicode \"\\u\" trong tệp quy tắc: Java giải mã nó trước khi đọc mã, có thể"
                        + " che giấu mã độc (forbidden Unicode escape \"\\u\": Java decodes it before reading the code)");
    }

    @Test
    void callNotAllowed_listsTheActions() {
        assertThat(GuardMessages.callNotAllowed("boom")).isEqualTo(
                "không được gọi \"boom(...)\" ở đây: hệ quả chỉ gọi insert, modify, update, retract,"
                        + " delete (call not allowed here: \"boom\")");
    }

    @Test
    void factTextTooLong() {
        assertThat(GuardMessages.factTextTooLong(16387, 10000)).isEqualTo(
                "quy tắc tạo sự kiện có văn bản quá dài: 16387 ký tự, tối đa 10000 (a rule produced a fact with text"
                        + " too long: 16387 characters, at most 10000)");
    }

    @Test
    void everyHazard_hasBothLanguages() {
        for (Hazard h : Hazard.values()) {
            assertThat(h.vi()).isNotBlank();
            assertThat(h.en()).isNotBlank().isNotEqualTo(h.vi());
        }
    }
}
