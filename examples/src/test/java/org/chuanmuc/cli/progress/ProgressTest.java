package org.chuanmuc.cli.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.junit.jupiter.api.Test;

class ProgressTest {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    private final FakeClock clock = new FakeClock();

    private static final class FakeClock implements LongSupplier {
        long nanos = 1_000_000_000L; // any origin: only differences count

        void advanceMillis(long millis) {
            nanos += TimeUnit.MILLISECONDS.toNanos(millis);
        }

        @Override
        public long getAsLong() {
            return nanos;
        }
    }

    private String written() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /** The lines as a terminal would show them in turn: each {@code \r} starts a rewrite. */
    private List<String> lines() {
        List<String> lines = new ArrayList<>();
        for (String part : written().split("[\r\n]")) {
            if (!part.isBlank()) {
                lines.add(part.stripTrailing());
            }
        }
        return lines;
    }

    private Progress progress(long total, boolean enabled) {
        return Progress.create(out, total, enabled, clock, "Đã đánh giá");
    }

    @Test
    void advance_disabled_writesNothing() {
        Progress progress = progress(1_000, false);
        clock.advanceMillis(2_000);

        progress.advance(500);
        progress.finish();

        assertThat(written()).isEmpty();
        assertThat(progress.count()).isEqualTo(500);
    }

    @Test
    void advance_beforeFirstInterval_writesNothing() {
        Progress progress = progress(1_000, true);
        clock.advanceMillis(499);

        progress.advance(10);

        assertThat(written()).isEmpty();
    }

    @Test
    void advance_afterInterval_showsCountRateAndTimeLeft() {
        Progress progress = progress(1_000, true);
        clock.advanceMillis(1_000);

        progress.advance(100);

        assertThat(written()).startsWith("\r").doesNotContain("\n");
        assertThat(lines()).containsExactly(
                "Đã đánh giá 100 / 1.000 cán bộ (10,0 %) — 100 cán bộ/giây — còn khoảng 0:09");
    }

    @Test
    void advance_manyCallsWithinInterval_printAtMostOnce() {
        Progress progress = progress(100_000, true);
        clock.advanceMillis(500);
        progress.advance(1);
        for (int i = 0; i < 100; i++) {
            clock.advanceMillis(4); // 400 ms in all: still inside the interval
            progress.advance(1);
        }
        clock.advanceMillis(100);
        progress.advance(1);

        assertThat(lines()).hasSize(2);
        assertThat(lines().get(1)).startsWith("Đã đánh giá 102 / 100.000 cán bộ");
    }

    @Test
    void advance_unknownTotal_noTimeLeft() {
        Progress progress = progress(0, true);
        clock.advanceMillis(2_000);

        progress.advance(12_345);

        assertThat(lines()).containsExactly("Đã đánh giá 12.345 cán bộ — 6.173 cán bộ/giây");
    }

    @Test
    void advance_longRun_showsHours() {
        Progress progress = progress(1_000_000, true);
        clock.advanceMillis(10_000);

        progress.advance(1_000);

        assertThat(lines()).containsExactly(
                "Đã đánh giá 1.000 / 1.000.000 cán bộ (0,1 %) — 100 cán bộ/giây — còn khoảng 2:46:30");
    }

    @Test
    void finish_enabled_writesFinalLineOnce() {
        Progress progress = progress(1_000, true);
        clock.advanceMillis(600);
        progress.advance(300);
        clock.advanceMillis(1_400);
        progress.advance(700);

        progress.finish();
        progress.close();

        assertThat(written()).endsWith(System.lineSeparator());
        assertThat(lines()).last().isEqualTo("Xong: đã đánh giá 1.000 cán bộ trong 0:02 (500 cán bộ/giây)");
        assertThat(lines()).filteredOn(l -> l.startsWith("Xong")).hasSize(1);
    }

    @Test
    void finish_shorterThanProgressLine_wipesTheRest() {
        Progress progress = progress(1_000_000, true);
        clock.advanceMillis(1_000);
        progress.advance(10);
        int progressLength = written().length() - 1;

        progress.finish();

        String finalPart = written().substring(written().lastIndexOf('\r') + 1).stripTrailing();
        String finalRaw = written().substring(written().lastIndexOf('\r') + 1).replace(System.lineSeparator(), "");
        assertThat(finalPart).startsWith("Xong:");
        assertThat(finalRaw.length()).isGreaterThanOrEqualTo(progressLength);
    }

    @Test
    void advance_afterFinish_staysSilent() {
        Progress progress = progress(10, true);
        progress.finish();
        int before = written().length();
        clock.advanceMillis(5_000);

        progress.advance(5);

        assertThat(written()).hasSize(before);
    }

    @Test
    void advance_negative_throws() {
        assertThatThrownBy(() -> progress(10, true).advance(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void advance_fromManyThreads_countsEveryOfficer() throws InterruptedException {
        Progress progress = Progress.create(out, 40_000, true, System::nanoTime, "Đã đánh giá");
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            Thread thread = new Thread(() -> {
                for (int i = 0; i < 10_000; i++) {
                    progress.advance(1);
                }
            });
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join();
        }
        progress.finish();

        assertThat(progress.count()).isEqualTo(40_000);
        assertThat(lines()).last().asString().startsWith("Xong: đã đánh giá 40.000 cán bộ");
    }

    @Test
    void forStderr_enabledOnlyOnATerminal() {
        assertThat(Progress.forStderr(10).enabled()).isEqualTo(System.console() != null);
        assertThat(Progress.forStderr(10, "Đã tạo").enabled()).isEqualTo(System.console() != null);
    }

    @Test
    void duration_formats() {
        assertThat(Progress.duration(0)).isEqualTo("0:00");
        assertThat(Progress.duration(59)).isEqualTo("0:59");
        assertThat(Progress.duration(61)).isEqualTo("1:01");
        assertThat(Progress.duration(3_600)).isEqualTo("1:00:00");
    }
}
