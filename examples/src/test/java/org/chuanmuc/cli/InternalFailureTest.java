package org.chuanmuc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * An internal failure (a bug, out of memory) is not a rejection: exit code 3, one line on stderr saying what
 * failed, the stack trace only with {@code --debug}. Injected here through a standard output that breaks on the
 * first write; {@link KilledRunTest} runs a real JVM out of memory.
 */
class InternalFailureTest {

    /** @return what the command wrote on stderr, after results went to a stdout that throws */
    private static Result assessWithBrokenStdout(Supplier<Throwable> failure, String... options) {
        List<String> args = new java.util.ArrayList<>(List.of(options));
        args.addAll(List.of("assess", CliSampleTest.SAMPLE));
        return runWithBrokenStdout(failure, args.toArray(String[]::new));
    }

    private static Result runWithBrokenStdout(Supplier<Throwable> failure, String... args) {
        OutputStream broken = new OutputStream() {
            @Override
            public void write(int b) {
                throw sneaky(failure.get());
            }

            @Override
            public void write(byte[] b, int off, int len) {
                throw sneaky(failure.get());
            }
        };
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(args, new PrintStream(broken, false, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), false);
        return new Result(code, err.toString(StandardCharsets.UTF_8));
    }

    private record Result(int code, String stderr) {
        List<String> lines() {
            return stderr.lines().filter(l -> !l.isBlank()).toList();
        }
    }

    @SuppressWarnings("unchecked")
    private static <T extends Throwable> RuntimeException sneaky(Throwable t) throws T {
        throw (T) t;
    }

    @Test
    void assess_unexpectedException_exitsThreeWithOneLineAndNoStackTrace() {
        Result run = assessWithBrokenStdout(() -> new IllegalStateException("ống ra hỏng"));

        assertThat(run.code()).isEqualTo(Main.INTERNAL);
        assertThat(run.lines()).singleElement().satisfies(line -> assertThat(line)
                .startsWith("lỗi nội bộ (internal failure): IllegalStateException: ống ra hỏng")
                .contains("lỗi của chương trình").contains("--debug"));
        assertThat(run.stderr()).doesNotContain("\tat ");
    }

    @Test
    void assess_unexpectedExceptionWithDebug_addsTheStackTrace() {
        Result run = assessWithBrokenStdout(() -> new IllegalStateException("ống ra hỏng"), "--debug");

        assertThat(run.code()).isEqualTo(Main.INTERNAL);
        assertThat(run.lines().get(0)).startsWith("lỗi nội bộ (internal failure): IllegalStateException")
                .doesNotContain("thêm --debug");
        assertThat(run.stderr()).contains("java.lang.IllegalStateException: ống ra hỏng").contains("\tat ");
    }

    @Test
    void assess_debugAfterTheCommand_addsTheStackTraceToo() {
        Result run = runWithBrokenStdout(() -> new IllegalStateException("ống ra hỏng"),
                "assess", CliSampleTest.SAMPLE, "--debug");

        assertThat(run.code()).isEqualTo(Main.INTERNAL);
        assertThat(run.stderr()).contains("\tat ").doesNotContain("thêm --debug");
    }

    @Test
    void assess_outOfMemory_exitsThreeAndSaysToGiveMoreMemory() {
        Result run = assessWithBrokenStdout(() -> new OutOfMemoryError("Java heap space"));

        assertThat(run.code()).isEqualTo(Main.INTERNAL);
        assertThat(run.lines()).singleElement().satisfies(line -> assertThat(line)
                .startsWith("lỗi nội bộ (internal failure): hết bộ nhớ (out of memory: Java heap space)")
                .contains("-Xmx"));
    }

    @Test
    void internal_failureWhileAUnitWasAssessed_namesTheUnit() {
        String line = CliErrors.internal(new UnitFailedException("PC08", new OutOfMemoryError("Java heap space")),
                false);

        assertThat(line).isEqualTo("lỗi nội bộ (internal failure): hết bộ nhớ (out of memory: Java heap space)"
                + " khi đánh giá đơn vị PC08 (while assessing unit PC08); hãy chạy lại với nhiều bộ nhớ hơn, ví dụ"
                + " java -Xmx4g -jar chuanmuc-cli.jar … (run again with more memory, e.g. -Xmx4g); chi tiết: thêm"
                + " --debug (details: add --debug)");
    }

    @Test
    void isUserError_rejectionsOfInputAndRulesAreNotInternal() {
        assertThat(CliErrors.isUserError(new java.io.UncheckedIOException(new java.io.IOException("x")))).isTrue();
        assertThat(CliErrors.isUserError(new IllegalArgumentException("không phải thư mục"))).isTrue();
        assertThat(CliErrors.isUserError(new NullPointerException())).isFalse();
        assertThat(CliErrors.isUserError(new UnitFailedException("PC08", new IllegalStateException()))).isFalse();
        assertThat(CliErrors.isUserError(new org.chuanmuc.assess.AssessmentException("x", "r",
                new OutOfMemoryError()))).isFalse();
    }
}
