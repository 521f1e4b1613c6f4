package org.chuanmuc.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The dossier reader alone, before and after a change, in one JVM: two shaded jars (or class folders, joined with
 * {@code :}) are loaded in two class loaders, each reads the same file (held in memory) with its own
 * {@code DossierReader} and the standard criteria's sign codes, batch by batch as {@code assess} does, and their
 * timed rounds alternate, so that the load of a shared machine hits both alike.
 *
 * <pre>java -cp examples/target/chuanmuc-cli.jar org.chuanmuc.bench.ReaderAB BEFORE.jar AFTER.jar INPUT.json \
 *     [rounds 21]</pre>
 *
 * <p>First checks that both sides read the file into the same records (every accepted dossier and every rejection,
 * compared by their {@code toString()}, which for records lists every component). Then each round times before,
 * after and the JSON floor on the same bytes (Jackson's streaming parser reading every token with its text or
 * number, as {@link JsonFloor} does) on three clocks: the CPU time of the reading thread (what the load of a shared
 * machine changes least), the CPU time of the whole process (adds the garbage collector's and compiler's threads)
 * and the wall clock. Prints each round in µs per officer record, then for each clock the median of the per-round
 * ratios before ÷ after and after ÷ floor, with their range.
 */
public final class ReaderAB {
    private static final JsonFactory JSON = new JsonFactory();
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final com.sun.management.OperatingSystemMXBean PROCESS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private static final String[] CLOCKS = {"thread CPU", "process CPU", "wall"};

    private ReaderAB() {
    }

    /** Something to time: reads the input whole and returns how many records (or tokens) it saw. */
    @FunctionalInterface
    private interface Work {
        long run(byte[] input) throws Exception;
    }

    /** One side: a reader of one jar, its {@code read(InputStream, String)} and its batch-by-batch reading. */
    private record Side(Object reader, Method read, Method entries, Method open, Method batchEntries) {
        /** @return the entries read, as the reader's own objects */
        List<?> read(byte[] input) throws Exception {
            try (InputStream in = new ByteArrayInputStream(input)) {
                return (List<?>) entries.invoke(read.invoke(reader, in, "ab.json"));
            }
        }

        /** @return the records read batch by batch, as {@code assess} does, keeping none */
        long stream(byte[] input) throws Exception {
            long count = 0;
            try (AutoCloseable stream = (AutoCloseable) open.invoke(reader, new ByteArrayInputStream(input), "ab.json")) {
                for (Object batch : (Iterable<?>) stream) {
                    count += ((List<?>) batchEntries.invoke(batch)).size();
                }
            }
            return count;
        }
    }

    /** @param args before, after, the input file, then optionally the number of rounds */
    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("usage: ReaderAB BEFORE AFTER INPUT.json [rounds]");
            System.exit(2);
        }
        int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 21;
        byte[] input = Files.readAllBytes(Path.of(args[2]));
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Side before = side(args[0]);
        Side after = side(args[1]);

        int records = checkSame(before.read(input), after.read(input), out);
        Work[] work = {before::stream, after::stream, ReaderAB::floor};
        for (int i = 0; i < 2; i++) { // warm-up
            for (Work w : work) {
                time(w, input);
            }
        }
        double[][][] ratios = new double[CLOCKS.length][2][rounds]; // [clock][before÷after, after÷floor][round]
        for (int r = 0; r < rounds; r++) {
            double[][] t = new double[work.length][];
            for (int w = 0; w < work.length; w++) {
                t[w] = time(work[w], input);
            }
            StringBuilder line = new StringBuilder("round " + (r + 1) + ", µs/officer before/after/floor:");
            for (int c = 0; c < CLOCKS.length; c++) {
                ratios[c][0][r] = t[0][c] / t[1][c];
                ratios[c][1][r] = t[1][c] / t[2][c];
                line.append(String.format(Locale.ROOT, " %s %.2f/%.2f/%.2f;", CLOCKS[c], t[0][c] * 1e6 / records,
                        t[1][c] * 1e6 / records, t[2][c] * 1e6 / records));
            }
            out.println(line);
        }
        out.printf(Locale.ROOT, "%d records of %s, medians of %d rounds (ranges):%n", records, args[2], rounds);
        for (int c = 0; c < CLOCKS.length; c++) {
            out.printf(Locale.ROOT, "  %-11s after is %s as fast as before; after takes %s the floor%n", CLOCKS[c],
                    AbArguments.summary(ratios[c][0]), AbArguments.summary(ratios[c][1]));
        }
    }

    /** @return the number of records, after checking that both sides read each alike */
    private static int checkSame(List<?> beforeEntries, List<?> afterEntries, PrintStream out) {
        int records = beforeEntries.size();
        if (records != afterEntries.size()) {
            throw new IllegalStateException("before read " + records + " records, after " + afterEntries.size());
        }
        int rejected = 0;
        for (int i = 0; i < records; i++) {
            String b = beforeEntries.get(i).toString();
            if (!b.equals(afterEntries.get(i).toString())) {
                throw new IllegalStateException("record " + i + " differs:\n  before " + b + "\n  after  "
                        + afterEntries.get(i));
            }
            rejected += b.startsWith("Rejected") ? 1 : 0;
        }
        out.printf(Locale.ROOT, "both sides read the same %d records (%d rejected)%n", records, rejected);
        return records;
    }

    /** @return seconds on each of {@link #CLOCKS} */
    private static double[] time(Work work, byte[] input) throws Exception {
        System.gc(); // the garbage of the previous run is not this run's cost
        long thread = THREADS.getCurrentThreadCpuTime();
        long process = PROCESS.getProcessCpuTime();
        long wall = System.nanoTime();
        long count = work.run(input);
        double[] seconds = {(THREADS.getCurrentThreadCpuTime() - thread) / 1e9,
                (PROCESS.getProcessCpuTime() - process) / 1e9, (System.nanoTime() - wall) / 1e9};
        if (count == 0) {
            throw new IllegalStateException("nothing read");
        }
        return seconds;
    }

    /** @return the tokens of the input, each read with its text or number by Jackson's streaming parser */
    private static long floor(byte[] input) throws Exception {
        try (JsonParser p = JSON.createParser(input)) {
            return JsonFloor.readAll(p);
        }
    }

    private static Side side(String classPath) throws Exception {
        ClassLoader loader = JarLoaders.of(classPath);
        Object catalogue = Class.forName("org.chuanmuc.criteria.CriteriaCatalogue", true, loader)
                .getMethod("standard").invoke(null);
        Object signs = catalogue.getClass().getMethod("signCodes").invoke(catalogue);
        Class<?> readerType = Class.forName("org.chuanmuc.io.DossierReader", true, loader);
        Object reader = readerType.getMethod("withKnownSigns", Set.class).invoke(null, signs);
        Method read = readerType.getMethod("read", InputStream.class, String.class);
        Method entries = Class.forName("org.chuanmuc.io.DossierFile", true, loader).getMethod("entries");
        Method open = readerType.getMethod("open", InputStream.class, String.class);
        Method batchEntries = Class.forName("org.chuanmuc.io.DossierBatch", true, loader).getMethod("entries");
        return new Side(reader, read, entries, open, batchEntries);
    }
}
