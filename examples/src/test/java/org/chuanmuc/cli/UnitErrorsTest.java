package org.chuanmuc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.chuanmuc.io.FieldError;
import org.junit.jupiter.api.Test;

/**
 * The errors of the input's unit records, as {@code assess} and {@code compare} both report them: each on stderr with
 * the input and its JSON path as it is found, then one closing line with the count; any makes the outcome partial.
 */
class UnitErrorsTest {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream err = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    private List<String> lines() {
        return bytes.toString(StandardCharsets.UTF_8).lines().toList();
    }

    @Test
    void errorsFoundInTwoReads_arePrintedAsFoundThenCountedOnce() {
        UnitErrors errors = new UnitErrors(err, Path.of("ho-so.json"));

        errors.report(List.of(new FieldError("units[1]", "phải là đối tượng {…} (must be an object)"),
                new FieldError("units[2].id", "thiếu (missing)")));
        errors.report(List.of(new FieldError("units[4].name", "quá dài (too long)")));
        assertThat(errors.any()).isTrue();
        errors.printCount();

        assertThat(lines()).containsExactly(
                "ho-so.json: units[1]: phải là đối tượng {…} (must be an object)",
                "ho-so.json: units[2].id: thiếu (missing)",
                "ho-so.json: units[4].name: quá dài (too long)",
                "có 3 lỗi ở mục units của tệp đầu vào, xem trên (3 errors in the input's units, see above)");
    }

    @Test
    void noError_printsNothing() {
        UnitErrors errors = new UnitErrors(err, Path.of("ho-so.json"));

        errors.report(List.of());
        errors.printCount();

        assertThat(errors.any()).isFalse();
        assertThat(bytes.size()).isZero();
    }
}
