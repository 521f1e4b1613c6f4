package org.chuanmuc.bench;

import java.io.PrintStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * The rules alone, before and after a change, in one JVM: two shaded jars (or class folders, joined with
 * {@code :}) are loaded in two class loaders, each builds the standard criteria and generates the same dossiers,
 * and they take turns unit by unit within each timed round, so that the load of a shared machine hits both alike.
 * This resolves changes that separate child JVMs cannot on a busy machine. (Up to round 6 of
 * {@code docs/performance.md} the turns were whole rounds; on a machine whose speed changed from second to second,
 * per-round ratios then ranged over 0.55–1.86×.)
 *
 * <pre>java -cp examples/target/chuanmuc-cli.jar org.chuanmuc.bench.RulesAB BEFORE.jar AFTER.jar \
 *     [officers 10000] [units 100] [year 2026] [rounds 7]</pre>
 *
 * <p>Prints each round and the median of the per-round ratios (before's time ÷ after's) with their range, for wall
 * time and for the CPU time of the measuring thread: on a loaded machine the CPU time is the steadier of the two
 * (it leaves out waiting for a core, not the garbage collector's own threads).
 * Both sides only need the public API and {@link RulesVsJavaBenchmark#dossiers}.
 */
public final class RulesAB {
    private RulesAB() {
    }

    /** One side: its class loader, its assessor and its dossiers grouped by unit. */
    private record Side(ClassLoader loader, Object assessor, List<?> byUnit, Method assessAll) {
        /** Assesses one unit, adding its wall and this thread's CPU nanoseconds to {@code spent}. */
        void assess(int unit, long[] spent) throws Exception {
            Thread.currentThread().setContextClassLoader(loader); // Drools looks services up through it
            long cpu = THREADS.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            assessAll.invoke(assessor, byUnit.get(unit));
            spent[0] += System.nanoTime() - start;
            spent[1] += THREADS.getCurrentThreadCpuTime() - cpu;
        }
    }

    /**
     * One round: both sides assess every unit, taking turns unit by unit (who goes first alternates).
     *
     * @return wall and CPU seconds of before, then of after
     */
    private static double[] round(Side before, Side after) throws Exception {
        long[] b = new long[2];
        long[] a = new long[2];
        for (int unit = 0; unit < before.byUnit().size(); unit++) {
            if (unit % 2 == 0) {
                before.assess(unit, b);
                after.assess(unit, a);
            } else {
                after.assess(unit, a);
                before.assess(unit, b);
            }
        }
        return new double[] {b[0] / 1e9, b[1] / 1e9, a[0] / 1e9, a[1] / 1e9};
    }

    private static final java.lang.management.ThreadMXBean THREADS =
            java.lang.management.ManagementFactory.getThreadMXBean();

    /** @param args before, after, then optionally officers, units, year and rounds */
    public static void main(String[] args) throws Exception {
        AbArguments given = AbArguments.parse("RulesAB", args, 10_000, 100, 7);
        int officers = given.officers();
        int units = given.units();
        int year = given.year();
        int rounds = given.rounds();
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Side before = side(given.before(), officers, units, year);
        Side after = side(given.after(), officers, units, year);
        for (int i = 0; i < 2; i++) { // warm-up
            round(before, after);
        }
        double[] ratios = new double[rounds];
        double[] cpuRatios = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            double[] t = round(before, after);
            ratios[r] = t[0] / t[2];
            cpuRatios[r] = t[1] / t[3];
            out.printf(Locale.ROOT, "round %d: before %.0f officers/s (%.1f µs CPU each), after %.0f officers/s (%.1f µs"
                    + " CPU each), before ÷ after %.2f× wall, %.2f× CPU%n", r + 1, officers / t[0], t[1] * 1e6 / officers,
                    officers / t[2], t[3] * 1e6 / officers, ratios[r], cpuRatios[r]);
        }
        out.printf(Locale.ROOT, "%d, %d officers in %d units: after is %s as fast in wall time and %s in this thread's CPU"
                + " time (median of %d rounds, range)%n", year, officers, units, AbArguments.summary(ratios),
                AbArguments.summary(cpuRatios), rounds);
    }

    private static Side side(String classPath, int officers, int units, int year) throws Exception {
        ClassLoader loader = JarLoaders.of(classPath);
        Thread.currentThread().setContextClassLoader(loader);
        Class<?> bench = Class.forName(RulesVsJavaBenchmark.class.getName(), true, loader);
        List<?> byUnit = (List<?>) bench.getMethod("dossiers", int.class, int.class, int.class)
                .invoke(null, officers, units, year);
        Class<?> assessorType = Class.forName("org.chuanmuc.assess.Assessor", true, loader);
        Object builder = assessorType.getMethod("builder").invoke(null);
        Object rules = Class.forName("org.chuanmuc.criteria.StandardCriteria", true, loader)
                .getMethod("rules").invoke(null);
        builder.getClass().getMethod("rules", findRulesParameter(builder.getClass(), rules)).invoke(builder, rules);
        Object assessor = builder.getClass().getMethod("build").invoke(builder);
        return new Side(loader, assessor, byUnit, assessorType.getMethod("assessAll", java.util.Collection.class));
    }

    /** The declared parameter type of {@code Builder.rules(...)} that the bundle fits. */
    private static Class<?> findRulesParameter(Class<?> builder, Object rules) {
        for (Method m : builder.getMethods()) {
            if (m.getName().equals("rules") && m.getParameterCount() == 1
                    && m.getParameterTypes()[0].isInstance(rules)) {
                return m.getParameterTypes()[0];
            }
        }
        throw new IllegalStateException("no Builder.rules(...) takes " + rules.getClass());
    }
}
