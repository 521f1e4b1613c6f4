package org.chuanmuc.cli.progress;

import java.io.PrintStream;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * Shows how far a long batch has come: officers done, officers per second and the time left, on one
 * terminal line that is rewritten at most every {@value #INTERVAL_MILLIS} ms, then a final line.
 *
 * <pre>{@code
 * try (Progress progress = Progress.forStderr(dossiers.size())) {
 *     for (...) { ...; progress.advance(unit.size()); }
 * }
 * }</pre>
 *
 * <p>Progress is for a person watching: {@link #forStderr} enables it only when the process runs on a
 * terminal ({@code System.console() != null}); redirected into a file or run by CI it stays silent, so logs
 * and pipes carry no progress noise. It never writes to stdout. Thread-safe: workers may call
 * {@link #advance} concurrently.
 */
public final class Progress implements AutoCloseable {
    /** The shortest time between two progress lines. */
    public static final long INTERVAL_MILLIS = 500;

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");
    private static final long INTERVAL_NANOS = TimeUnit.MILLISECONDS.toNanos(INTERVAL_MILLIS);

    private final PrintStream out;
    private final long total;
    private final boolean enabled;
    private final LongSupplier nanoClock;
    private final String action;
    private final long start;
    private final AtomicLong done = new AtomicLong();
    private final AtomicLong nextReport;
    private final AtomicBoolean finished = new AtomicBoolean();
    private int lastLength;

    private Progress(PrintStream out, long total, boolean enabled, LongSupplier nanoClock, String action) {
        this.out = Objects.requireNonNull(out, "out");
        this.total = total;
        this.enabled = enabled;
        this.nanoClock = Objects.requireNonNull(nanoClock, "nanoClock");
        this.action = Objects.requireNonNull(action, "action");
        this.start = nanoClock.getAsLong();
        this.nextReport = new AtomicLong(start + INTERVAL_NANOS);
    }

    /**
     * Progress of an assessment on stderr, shown only when the process runs on a terminal.
     *
     * @param total how many officers there are, or 0 when unknown (then no time left is shown)
     * @return a progress reporter
     */
    public static Progress forStderr(long total) {
        return forStderr(total, "Đã đánh giá");
    }

    /**
     * Progress on stderr, shown only when the process runs on a terminal.
     *
     * @param total  how many officers there are, or 0 when unknown
     * @param action what is being done, e.g. {@code "Đã tạo"} for the generator
     * @return a progress reporter
     */
    public static Progress forStderr(long total, String action) {
        return create(System.err, total, System.console() != null, System::nanoTime, action);
    }

    /**
     * A progress reporter with every dependency given, for tests and embedding.
     *
     * @param out       where lines go
     * @param total     how many officers there are, or 0 when unknown
     * @param enabled   false for a reporter that writes nothing
     * @param nanoClock a monotonic clock in nanoseconds, such as {@code System::nanoTime}
     * @param action    what is being done, e.g. {@code "Đã đánh giá"}
     * @return a progress reporter
     */
    public static Progress create(PrintStream out, long total, boolean enabled, LongSupplier nanoClock,
                                  String action) {
        return new Progress(out, total, enabled, nanoClock, action);
    }

    /** @return whether this reporter writes anything */
    public boolean enabled() {
        return enabled;
    }

    /** @return how many officers are done so far */
    public long count() {
        return done.get();
    }

    /**
     * Counts officers as done and, when enabled and at least {@value #INTERVAL_MILLIS} ms have passed since
     * the last line, rewrites the progress line.
     *
     * @param officers how many more are done, ≥ 0
     */
    public void advance(long officers) {
        if (officers < 0) {
            throw new IllegalArgumentException("officers must be ≥ 0, was " + officers);
        }
        long count = done.addAndGet(officers);
        if (!enabled || finished.get()) {
            return;
        }
        long now = nanoClock.getAsLong();
        long due = nextReport.get();
        // one thread wins each interval; the others go on without waiting
        if (now >= due && nextReport.compareAndSet(due, now + INTERVAL_NANOS)) {
            print("\r" + padded(progressLine(count, now - start)), false);
        }
    }

    /** Writes the final line once, when enabled; later calls do nothing. */
    public void finish() {
        if (finished.compareAndSet(false, true) && enabled) {
            print("\r" + padded(finalLine(done.get(), nanoClock.getAsLong() - start)), true);
        }
    }

    /** Same as {@link #finish()}. */
    @Override
    public void close() {
        finish();
    }

    String progressLine(long count, long elapsedNanos) {
        StringBuilder line = new StringBuilder(action).append(' ').append(number(count));
        if (total > 0) {
            line.append(" / ").append(number(total)).append(" cán bộ (")
                    .append(String.format(VIETNAMESE, "%.1f", 100.0 * count / total)).append(" %)");
        } else {
            line.append(" cán bộ");
        }
        double rate = rate(count, elapsedNanos);
        line.append(" — ").append(rate > 0 ? number(Math.round(rate)) : "—").append(" cán bộ/giây");
        if (total > 0 && rate > 0 && count < total) {
            line.append(" — còn khoảng ").append(duration(Math.round((total - count) / rate)));
        }
        return line.toString();
    }

    String finalLine(long count, long elapsedNanos) {
        double rate = rate(count, elapsedNanos);
        return "Xong: " + action.toLowerCase(VIETNAMESE) + " " + number(count) + " cán bộ trong "
                + duration(TimeUnit.NANOSECONDS.toSeconds(elapsedNanos))
                + (rate > 0 ? " (" + number(Math.round(rate)) + " cán bộ/giây)" : "");
    }

    private synchronized void print(String text, boolean endLine) {
        if (endLine) {
            out.println(text);
        } else {
            out.print(text);
        }
        out.flush();
    }

    /** Pads with spaces so that a shorter line wipes the rest of a longer one written before it. */
    private synchronized String padded(String line) {
        int length = line.length();
        String result = length < lastLength ? line + " ".repeat(lastLength - length) : line;
        lastLength = length;
        return result;
    }

    private static double rate(long count, long elapsedNanos) {
        return elapsedNanos <= 0 ? 0 : count * 1e9 / elapsedNanos;
    }

    /** @return {@code m:ss}, or {@code h:mm:ss} from one hour on */
    static String duration(long seconds) {
        long h = seconds / 3600;
        long m = seconds % 3600 / 60;
        long s = seconds % 60;
        return h > 0 ? String.format(Locale.ROOT, "%d:%02d:%02d", h, m, s)
                : String.format(Locale.ROOT, "%d:%02d", m, s);
    }

    private static String number(long n) {
        return String.format(VIETNAMESE, "%,d", n);
    }
}
