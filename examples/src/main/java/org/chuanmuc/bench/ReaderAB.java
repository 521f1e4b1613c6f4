package org.chuanmuc.bench;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The dossier reader alone, before and after a change, in one JVM: two shaded jars (or class folders, joined with
 * {@code :}) are loaded in two class loaders, each reads the same file (held in memory) with its own
 * {@code DossierReader} and the standard criteria's sign codes, and their timed rounds alternate, so that the load
 * of a shared machine hits both alike.
 *
 * <pre>java -cp examples/target/chuanmuc-cli.jar org.chuanmuc.bench.ReaderAB BEFORE.jar AFTER.jar INPUT.json \
 *     [rounds 7]</pre>
 *
 * <p>First checks that both sides read the file into the same records (every accepted dossier and every rejection,
 * compared by their {@code toString()}, which for records lists every component), then prints each round in µs
 * per officer record and the median of the per-round ratios (before's time ÷ after's) with their range.
 */
public final class ReaderAB {
    private ReaderAB() {
    }

    /** One side: a reader of one jar and its {@code read(InputStream, String)}. */
    private record Side(Object reader, Method read, Method entries) {
        /** @return the entries read, as the reader's own objects */
        List<?> read(byte[] input) throws Exception {
            try (InputStream in = new ByteArrayInputStream(input)) {
                return (List<?>) entries.invoke(read.invoke(reader, in, "ab.json"));
            }
        }

        /** @return seconds to read the whole input */
        double time(byte[] input) throws Exception {
            System.gc(); // the garbage of the other side's round is not this side's cost
            long start = System.nanoTime();
            int count = read(input).size();
            double seconds = (System.nanoTime() - start) / 1e9;
            if (count == 0) {
                throw new IllegalStateException("no records read");
            }
            return seconds;
        }
    }

    /** @param args before, after, the input file, then optionally the number of rounds */
    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("usage: ReaderAB BEFORE AFTER INPUT.json [rounds]");
            System.exit(2);
        }
        int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 7;
        byte[] input = Files.readAllBytes(Path.of(args[2]));
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Side before = side(args[0]);
        Side after = side(args[1]);

        List<?> beforeEntries = before.read(input);
        List<?> afterEntries = after.read(input);
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
        beforeEntries = null;
        afterEntries = null;

        for (int i = 0; i < 2; i++) { // warm-up
            before.time(input);
            after.time(input);
        }
        double[] ratios = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            double b = before.time(input);
            double a = after.time(input);
            ratios[r] = b / a;
            out.printf(Locale.ROOT, "round %d: before %.2f µs/officer, after %.2f µs/officer, before ÷ after %.2f×%n",
                    r + 1, b * 1e6 / records, a * 1e6 / records, ratios[r]);
        }
        double[] sorted = ratios.clone();
        Arrays.sort(sorted);
        out.printf(Locale.ROOT, "%d records of %s: after is %.2f× as fast (median of %d rounds, range %.2f–%.2f)%n",
                records, args[2], sorted[rounds / 2], rounds, sorted[0], sorted[rounds - 1]);
    }

    private static Side side(String classPath) throws Exception {
        URL[] urls = Arrays.stream(classPath.split(":")).map(p -> {
            try {
                return Path.of(p).toUri().toURL();
            } catch (java.net.MalformedURLException e) {
                throw new IllegalArgumentException(p, e);
            }
        }).toArray(URL[]::new);
        ClassLoader loader = new URLClassLoader(urls, ClassLoader.getPlatformClassLoader());
        Object catalogue = Class.forName("org.chuanmuc.criteria.CriteriaCatalogue", true, loader)
                .getMethod("standard").invoke(null);
        Object signs = catalogue.getClass().getMethod("signCodes").invoke(catalogue);
        Class<?> readerType = Class.forName("org.chuanmuc.io.DossierReader", true, loader);
        Object reader = readerType.getMethod("withKnownSigns", Set.class).invoke(null, signs);
        Method read = readerType.getMethod("read", InputStream.class, String.class);
        Method entries = Class.forName("org.chuanmuc.io.DossierFile", true, loader).getMethod("entries");
        return new Side(reader, read, entries);
    }
}
