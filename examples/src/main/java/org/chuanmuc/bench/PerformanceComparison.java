package org.chuanmuc.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chuanmuc.cli.generate.DossierGenerator;

/**
 * One command for the whole performance comparison of {@code docs/performance.md}, every figure measured side by
 * side in one run on the same machine:
 * <ol>
 * <li>the JSON floor ({@link JsonFloor}) and end-to-end {@code assess --output} on the same generated file,
 *     alternated run by run, each in a fresh JVM with the same heap; wall time and peak resident memory;</li>
 * <li>the cold build of the standard criteria ({@link RuleBaseBuild}), in fresh JVMs;</li>
 * <li>the rules alone against the hand-written Java baseline ({@link RulesVsJavaBenchmark}), one thread.</li>
 * </ol>
 *
 * <pre>java -cp examples/target/chuanmuc-cli.jar org.chuanmuc.bench.PerformanceComparison \
 *     [--officers 1000000] [--units 2000] [--runs 3] [--years 2025,2026] [--heap 256m] [--work target/perf] \
 *     [--baseline OLD.jar] [--jvm OPTION]...</pre>
 *
 * <p>Inputs are generated once per year with seed 42 into the work folder and reused while their size matches.
 * Prints each measurement as it is taken, then a Markdown table of medians with their spread (min–max).
 *
 * <p>With {@code --baseline OLD.jar} (a shaded jar of an earlier version), every measurement is also taken with
 * that jar, alternated run by run with the current one, and the table gets a "before" column and the ratio
 * before ÷ after of each run: the before/after comparison of a change, under the same load.
 *
 * <p>Each {@code assess} child's CPU time (user + system, all its threads: the engine, the reader and writer, the
 * JIT compilers and the garbage collector) is reported beside its wall time; on a machine that other work is
 * loading, CPU time moves much less than wall time. {@code --jvm OPTION} (repeatable) adds a JVM option to every
 * {@code assess} child, before and after alike, e.g. {@code --jvm -XX:+UseSerialGC}.
 */
public final class PerformanceComparison {
    private final PrintStream out;
    private final String classPath;
    private final String java;
    private int officers = 1_000_000;
    private int units = 2_000;
    private int runs = 3;
    private int[] years = {2025, 2026};
    private String heap = "256m";
    private Path work = Path.of("target", "perf");
    private int rulesOfficers = 20_000;
    private String baseline;
    private final List<String> jvmOptions = new ArrayList<>();
    private final List<String> table = new ArrayList<>();

    private PerformanceComparison(PrintStream out) {
        this.out = out;
        this.classPath = System.getProperty("java.class.path");
        this.java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** @param args see the class comment */
    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PerformanceComparison c = new PerformanceComparison(out);
        for (int i = 0; i < args.length; i += 2) {
            String value = i + 1 < args.length ? args[i + 1] : "";
            switch (args[i]) {
                case "--officers" -> c.officers = Integer.parseInt(value);
                case "--units" -> c.units = Integer.parseInt(value);
                case "--runs" -> c.runs = Integer.parseInt(value);
                case "--years" -> c.years = Arrays.stream(value.split(",")).mapToInt(Integer::parseInt).toArray();
                case "--heap" -> c.heap = value;
                case "--work" -> c.work = Path.of(value);
                case "--rules-officers" -> c.rulesOfficers = Integer.parseInt(value);
                case "--baseline" -> c.baseline = Path.of(value).toAbsolutePath().toString();
                case "--jvm" -> c.jvmOptions.add(value);
                default -> {
                    System.err.println("unknown option " + args[i] + "; see the Javadoc of " + c.getClass().getName());
                    System.exit(2);
                }
            }
        }
        c.run();
    }

    private void run() throws Exception {
        Files.createDirectories(work);
        out.printf(Locale.ROOT, "machine: %d cores, %s, Java %s; %d runs, -Xmx%s %s%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("os.arch"),
                System.getProperty("java.version"), runs, heap, String.join(" ", jvmOptions));
        table.add("| figure | year | median | spread (min–max) | note |");
        table.add("| --- | --- | --- | --- | --- |");
        for (int year : years) {
            endToEnd(year);
        }
        build();
        for (int year : years) {
            rulesVsJava(year);
        }
        out.println();
        table.forEach(out::println);
    }

    private void endToEnd(int year) throws Exception {
        Path input = input(year);
        Path result = work.resolve("out-" + year + ".json");
        Path before = work.resolve("out-before-" + year + ".json");
        Path copy = work.resolve("copy-" + year + ".json");
        double[] e2e = new double[runs];
        double[] floor = new double[runs];
        double[] e2eRss = new double[runs];
        double[] e2eCpu = new double[runs];
        double[] old = new double[runs];
        double[] oldRss = new double[runs];
        double[] oldCpu = new double[runs];
        Set<String> hashes = new LinkedHashSet<>();
        Set<String> oldHashes = new LinkedHashSet<>();
        for (int r = 0; r < runs; r++) {
            if (baseline != null) {
                Measured b = assess(baseline, input, before);
                old[r] = b.seconds;
                oldRss[r] = b.peakRssMb;
                oldCpu[r] = b.cpuSeconds;
                oldHashes.add(sha256(before));
            }
            Measured m = assess(classPath, input, result);
            e2e[r] = m.seconds;
            e2eRss[r] = m.peakRssMb;
            e2eCpu[r] = m.cpuSeconds;
            hashes.add(sha256(result));
            Measured f = child(List.of("-Xmx" + heap, "-cp", classPath, JsonFloor.class.getName(),
                    input.toString(), result.toString(), copy.toString()));
            if (f.exit != 0) {
                throw new IllegalStateException("floor exited with " + f.exit + ": " + f.output);
            }
            floor[r] = f.seconds;
            out.printf(Locale.ROOT, "%d run %d: assess %.1f s, CPU %.1f s (peak RSS %.0f MB), JSON floor %.1f s; ratio"
                            + " %.1f×%s%n", year, r + 1, e2e[r], e2eCpu[r], e2eRss[r], floor[r], e2e[r] / floor[r],
                    baseline == null ? "" : String.format(Locale.ROOT, "; before %.1f s, CPU %.1f s (peak RSS %.0f"
                            + " MB), before ÷ after %.2f×", old[r], oldCpu[r], oldRss[r], old[r] / e2e[r]));
        }
        Files.deleteIfExists(copy);
        double[] ratio = new double[runs];
        double[] speedup = new double[runs];
        for (int r = 0; r < runs; r++) {
            ratio[r] = e2e[r] / floor[r];
            speedup[r] = old[r] / e2e[r];
        }
        String same = "";
        if (baseline != null) {
            same = hashes.equals(oldHashes) ? "; same bytes as before (the rule set's SHA-256 aside)"
                    : "; DIFFERS from before " + oldHashes;
        }
        row("end to end `assess --output`, " + officers + " officers", year, e2e, "%.1f s",
                String.format(Locale.ROOT, "%.0f officers/s; output sha256 (rule set hash blanked) %s%s", officers / median(e2e),
                        hashes.size() == 1 ? hashes.iterator().next().substring(0, 12) + "…" : "DIFFERS " + hashes,
                        same));
        row("CPU time of `assess` (all threads)", year, e2eCpu, "%.1f s", "");
        row("JSON floor on the same bytes", year, floor, "%.1f s", "");
        row("end to end ÷ JSON floor (same run)", year, ratio, "%.1f×", "");
        row("peak RSS of `assess`", year, e2eRss, "%.0f MB", "-Xmx" + heap);
        if (baseline != null) {
            row("before: end to end `assess --output`", year, old, "%.1f s",
                    String.format(Locale.ROOT, "%.0f officers/s; %s", officers / median(old), baselineName()));
            row("before: CPU time of `assess` (all threads)", year, oldCpu, "%.1f s", "");
            row("before: end to end ÷ JSON floor", year, divide(old, floor), "%.1f×", "");
            row("before: peak RSS of `assess`", year, oldRss, "%.0f MB", "-Xmx" + heap);
            row("before ÷ after, end to end (run by run)", year, speedup, "%.2f×", "");
            row("before ÷ after, CPU time (run by run)", year, divide(oldCpu, e2eCpu), "%.2f×", "");
        }
    }

    private Measured assess(String jar, Path input, Path result) throws Exception {
        List<String> args = new ArrayList<>(List.of("-Xmx" + heap));
        args.addAll(jvmOptions);
        args.addAll(List.of("-cp", jar, "org.chuanmuc.cli.Main", "assess", input.toString(), "--output",
                result.toString()));
        Measured m = child(args);
        if (m.exit != 0) {
            throw new IllegalStateException("assess (" + jar + ") exited with " + m.exit + ": " + m.output);
        }
        return m;
    }

    private void build() throws Exception {
        double[] cold = new double[runs];
        double[] process = new double[runs];
        double[] oldCold = new double[runs];
        double[] oldProcess = new double[runs];
        for (int r = 0; r < runs; r++) {
            if (baseline != null) {
                Measured b = child(List.of("-cp", baseline, RuleBaseBuild.class.getName()));
                String line = buildLine(b);
                out.println("before, rule base " + (r + 1) + ": " + line
                        + String.format(Locale.ROOT, " (process %.2f s)", b.seconds));
                oldCold[r] = Double.parseDouble(line.split(" ")[1]);
                oldProcess[r] = b.seconds;
            }
            Measured m = child(List.of("-cp", classPath, RuleBaseBuild.class.getName()));
            String line = buildLine(m);
            out.println("rule base " + (r + 1) + ": " + line + String.format(Locale.ROOT, " (process %.2f s)", m.seconds));
            cold[r] = Double.parseDouble(line.split(" ")[1]);
            process[r] = m.seconds;
        }
        row("standard criteria: guard + compile, cold JVM", 0, cold, "%.0f ms", "");
        row("JVM start + build + exit", 0, process, "%.2f s", "");
        if (baseline != null) {
            row("before: guard + compile, cold JVM", 0, oldCold, "%.0f ms", baselineName());
            row("before: JVM start + build + exit", 0, oldProcess, "%.2f s", "");
        }
    }

    private void rulesVsJava(int year) throws Exception {
        if (baseline != null) {
            rulesVsJava(year, baseline, "before: ");
        }
        rulesVsJava(year, classPath, "");
    }

    private void rulesVsJava(int year, String jar, String label) throws Exception {
        Measured m = child(List.of("-cp", jar, RulesVsJavaBenchmark.class.getName(),
                String.valueOf(rulesOfficers), String.valueOf(Math.max(1, rulesOfficers / 100)), "5",
                String.valueOf(year)));
        out.print(label.isEmpty() ? m.output : m.output.replaceAll("(?m)^", label));
        for (String line : m.output.split("\n")) {
            if (line.contains("officers/s")) {
                table.add("| " + label + "rules alone vs hand-written Java, one thread | " + year + " | "
                        + line.strip().replaceFirst("^\\d{4}: ", "") + " | | median of 5 rounds |");
            }
        }
    }

    /** @return the figures line of {@link RuleBaseBuild}; the engine may log warnings around it */
    private static String buildLine(Measured m) {
        return Arrays.stream(m.output.split("\n")).filter(l -> l.startsWith("build ")).findFirst()
                .orElseThrow(() -> new IllegalStateException("RuleBaseBuild printed no figures: " + m.output));
    }

    private String baselineName() {
        return "before = " + Path.of(baseline).getFileName();
    }

    private static double[] divide(double[] a, double[] b) {
        double[] q = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            q[i] = a[i] / b[i];
        }
        return q;
    }

    private Path input(int year) throws IOException {
        Path input = work.resolve("in-" + year + "-" + officers + "-" + units + ".json");
        if (!Files.exists(input)) {
            out.printf(Locale.ROOT, "generating %s …%n", input);
            try (OutputStream o = new java.io.BufferedOutputStream(Files.newOutputStream(input), 1 << 16)) {
                DossierGenerator.generate(officers, units, 42, year, o);
            }
        }
        return input;
    }

    private void row(String figure, int year, double[] values, String format, String note) {
        double[] v = values.clone();
        Arrays.sort(v);
        table.add("| " + figure + " | " + (year == 0 ? "" : year) + " | "
                + String.format(Locale.ROOT, format, median(values)) + " | "
                + String.format(Locale.ROOT, format, v[0]) + " – " + String.format(Locale.ROOT, format, v[v.length - 1])
                + " | " + note + " |");
    }

    private record Measured(int exit, double seconds, double peakRssMb, double cpuSeconds, String output) {
    }

    /** Runs a fresh JVM, polling its peak resident memory (VmHWM) until it exits. */
    private Measured child(List<String> args) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(java);
        command.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        long start = System.nanoTime();
        Process p = pb.start();
        AtomicLong peakKb = new AtomicLong();
        AtomicLong cpuNanos = new AtomicLong(); // the last reading before it exits: up to 20 ms short
        Path status = Path.of("/proc", String.valueOf(p.pid()), "status");
        Thread poll = new Thread(() -> {
            while (p.isAlive()) {
                peakKb.accumulateAndGet(vmHwmKb(status), Math::max);
                p.info().totalCpuDuration().ifPresent(d -> cpuNanos.accumulateAndGet(d.toNanos(), Math::max));
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "rss-poll");
        poll.setDaemon(true);
        poll.start();
        String output;
        try (InputStream in = p.getInputStream()) {
            output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        p.waitFor(1, TimeUnit.HOURS);
        double seconds = (System.nanoTime() - start) / 1e9;
        poll.interrupt();
        return new Measured(p.exitValue(), seconds, peakKb.get() / 1024.0, cpuNanos.get() / 1e9, output);
    }

    private static long vmHwmKb(Path status) {
        try {
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | UncheckedIOException | NumberFormatException e) {
            // the process has just exited: keep the last reading
        }
        return 0;
    }

    /**
     * The SHA-256 of a result file with the rule set's own SHA-256 (in its header) blanked: a change to the rule files
     * that leaves every outcome alone changes only that line, and the comparison is about the outcomes.
     */
    private static String sha256(Path file) throws IOException {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            try (InputStream in = Files.newInputStream(file)) {
                byte[] buffer = new byte[1 << 16];
                boolean first = true;
                for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                    if (first) {
                        blankRuleSetHash(buffer, n);
                        first = false;
                    }
                    digest.update(buffer, 0, n);
                }
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void blankRuleSetHash(byte[] buffer, int length) {
        String head = new String(buffer, 0, Math.min(length, 2048), StandardCharsets.ISO_8859_1);
        Matcher m = Pattern.compile("\"sha256\": \"([0-9a-f]{64})\"").matcher(head);
        if (m.find()) {
            Arrays.fill(buffer, m.start(1), m.end(1), (byte) '0');
        }
    }

    private static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }
}
