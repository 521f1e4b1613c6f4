package org.chuanmuc.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.chuanmuc.assess.Assessment;
import org.chuanmuc.assess.Assessor;
import org.chuanmuc.criteria.StandardCriteria;
import org.chuanmuc.io.ResultWriter;
import org.chuanmuc.model.Dossier;

/**
 * The results writer alone, before and after a change, in one JVM: two shaded jars (or class folders, joined
 * with {@code :}) are loaded in two class loaders; each side generates the same dossiers, assesses them once
 * (untimed), then its timed rounds write those assessments with its own {@code ResultWriter} to a stream that
 * discards the bytes. Rounds alternate, so that the load of a shared machine hits both sides alike.
 *
 * <pre>java -cp examples/target/chuanmuc-cli.jar org.chuanmuc.bench.WriterAB BEFORE.jar AFTER.jar \
 *     [officers 20000] [units 80] [year 2026] [rounds 21]</pre>
 *
 * <p>Before timing, both sides write once into memory and the bytes are compared (the two rule bases assess the
 * same dossiers, so equal bytes are expected). Prints each round, µs per officer, and the median of the per-round
 * ratios (before's time ÷ after's) with their range. Only the public API is used, so any earlier jar with
 * {@link RulesVsJavaBenchmark#dossiers} can be the "before" side.
 */
public final class WriterAB {
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private WriterAB() {
    }

    /** @param args before, after, then optionally officers, units, year and rounds */
    public static void main(String[] args) throws Exception {
        AbArguments given = AbArguments.parse("WriterAB", args, 20_000, 80, 21);
        int officers = given.officers();
        int units = given.units();
        int year = given.year();
        int rounds = given.rounds();
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Function<OutputStream, Long> before = side(given.before(), officers, units, year);
        Function<OutputStream, Long> after = side(given.after(), officers, units, year);

        ByteArrayOutputStream beforeBytes = new ByteArrayOutputStream();
        ByteArrayOutputStream afterBytes = new ByteArrayOutputStream();
        before.apply(beforeBytes);
        after.apply(afterBytes);
        boolean same = Arrays.equals(beforeBytes.toByteArray(), afterBytes.toByteArray());
        out.printf(Locale.ROOT, "output: %,d bytes before, %,d after, %s%n", beforeBytes.size(), afterBytes.size(),
                same ? "byte for byte identical" : "DIFFERENT");
        beforeBytes = null;
        afterBytes = null;

        // long warm-up: on a busy machine the JIT's compiler threads wait for a core too, and rounds timed
        // before the hot code is compiled make the ratio swing from one run to the next
        for (int i = 0; i < 12; i++) {
            time(before);
            time(after);
        }
        double[] ratios = new double[rounds];
        double[] beforeTimes = new double[rounds];
        double[] afterTimes = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            double b = time(before);
            double a = time(after);
            beforeTimes[r] = b;
            afterTimes[r] = a;
            ratios[r] = b / a;
            out.printf(Locale.ROOT, "round %d: before %.2f µs CPU/officer, after %.2f µs CPU/officer, before ÷ after %.2f×%n",
                    r + 1, b * 1e6 / officers, a * 1e6 / officers, ratios[r]);
        }
        Arrays.sort(ratios);
        Arrays.sort(beforeTimes);
        Arrays.sort(afterTimes);
        out.printf(Locale.ROOT, "%d, %d officers in %d units: writing takes %.2f µs CPU/officer before, %.2f after"
                        + " (medians); after is %.2f× as fast (median of %d rounds, range %.2f–%.2f)%n",
                year, officers, units, beforeTimes[rounds / 2] * 1e6 / officers,
                afterTimes[rounds / 2] * 1e6 / officers, ratios[rounds / 2], rounds, ratios[0], ratios[rounds - 1]);
        if (!same) {
            System.exit(1);
        }
    }

    /**
     * @return the CPU time of this thread writing the side's results, in seconds: on a shared machine the wall
     *         time also counts the time other processes held the core
     */
    private static double time(Function<OutputStream, Long> side) {
        long start = CPU.getCurrentThreadCpuTime();
        side.apply(OutputStream.nullOutputStream());
        return (CPU.getCurrentThreadCpuTime() - start) / 1e9;
    }

    /**
     * Loads {@link Side} into a class loader of its own whose parent holds the jar, so that its calls to the
     * writer are compiled direct calls into that jar's classes (not reflection), and builds it there.
     */
    @SuppressWarnings("unchecked")
    private static Function<OutputStream, Long> side(String classPath, int officers, int units, int year)
            throws Exception {
        ClassLoader jar = JarLoaders.of(classPath);
        ClassLoader withSide = new SideLoader(jar);
        Thread.currentThread().setContextClassLoader(jar); // Drools looks services up through it
        Class<?> type = Class.forName(Side.class.getName(), true, withSide);
        return (Function<OutputStream, Long>) type.getConstructor(int.class, int.class, int.class)
                .newInstance(officers, units, year);
    }

    /** Defines {@link Side} from this jar's bytes; everything else comes from the side's jar. */
    private static final class SideLoader extends ClassLoader {
        SideLoader(ClassLoader parent) {
            super(parent);
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (!name.equals(Side.class.getName())) {
                return super.loadClass(name, resolve);
            }
            synchronized (getClassLoadingLock(name)) {
                Class<?> loaded = findLoadedClass(name);
                if (loaded == null) {
                    String resource = name.replace('.', '/') + ".class";
                    try (InputStream in = WriterAB.class.getClassLoader().getResourceAsStream(resource)) {
                        byte[] bytes = in.readAllBytes();
                        loaded = defineClass(name, bytes, 0, bytes.length);
                    } catch (IOException e) {
                        throw new ClassNotFoundException(name, e);
                    }
                }
                return loaded;
            }
        }
    }

    /**
     * One side: its dossiers and their assessments, made once; {@link #apply} writes them all as the results
     * JSON and returns the number of officers written. Public for the reflective constructor call only.
     */
    public static final class Side implements Function<OutputStream, Long> {
        private final List<Dossier> dossiers = new ArrayList<>();
        private final List<Assessment> assessments = new ArrayList<>();
        private final Assessor assessor;

        /**
         * @param officers how many officers to generate
         * @param units    in how many units
         * @param year     the assessment year
         */
        public Side(int officers, int units, int year) {
            assessor = Assessor.builder().rules(StandardCriteria.rules()).build();
            for (List<Dossier> unit : RulesVsJavaBenchmark.dossiers(officers, units, year)) {
                List<Assessment> assessed = assessor.assessAll(unit).assessments();
                if (assessed.size() != unit.size()) {
                    throw new IllegalStateException("assessed " + assessed.size() + " of " + unit.size());
                }
                dossiers.addAll(unit);
                assessments.addAll(assessed);
            }
        }

        @Override
        public Long apply(OutputStream out) {
            try (ResultWriter writer = ResultWriter.to(out, dossiers.get(0).period(), assessor.ruleSet())) {
                for (int i = 0; i < dossiers.size(); i++) {
                    writer.write(dossiers.get(i), assessments.get(i));
                }
                writer.finish();
            }
            return (long) dossiers.size();
        }
    }
}
