package org.chuanmuc.bench;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.chuanmuc.assess.Assessment;
import org.chuanmuc.assess.Assessor;
import org.chuanmuc.cli.generate.DossierGenerator;
import org.chuanmuc.criteria.CriteriaCatalogue;
import org.chuanmuc.criteria.StandardCriteria;
import org.chuanmuc.io.DossierReader;
import org.chuanmuc.model.Dossier;
import org.chuanmuc.model.RatingLevel;

/**
 * Measures the rules engine against {@link JavaBaseline} on the same generated dossiers, side by side in
 * one run, and checks first that both give every officer the same rating.
 *
 * <pre>java -cp examples/target/chuanmuc-cli.jar org.chuanmuc.bench.RulesVsJavaBenchmark [officers] [units] [rounds] [year] [warm-up rounds]</pre>
 *
 * <p>The JIT compilers keep improving the rules' code for a long time: with the default two warm-up rounds of
 * 20,000 officers the figure is that of a run of about 100,000 officers; twenty warm-up rounds give the steady
 * state of a long batch.
 */
public final class RulesVsJavaBenchmark {
    private RulesVsJavaBenchmark() {
    }

    /**
     * @param args officers (default 20,000), units (default 200), measured rounds (default 5), the year (default:
     *             2025 then 2026, one regime each; 0 for both), warm-up rounds (default 2)
     */
    public static void main(String[] args) {
        int officers = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        int units = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        int[] years = args.length > 3 && Integer.parseInt(args[3]) != 0 ? new int[] {Integer.parseInt(args[3])}
                : new int[] {2025, 2026};
        int warmUp = args.length > 4 ? Integer.parseInt(args[4]) : 2;
        for (int year : years) {
            run(out, officers, units, rounds, year, warmUp);
        }
    }

    /** Generates the input, compares both implementations, then times them; prints the figures. */
    static void run(PrintStream out, int officers, int units, int rounds, int year, int warmUp) {
        List<List<Dossier>> byUnit = dossiers(officers, units, year);
        Assessor assessor = Assessor.builder().rules(StandardCriteria.rules()).build();
        JavaBaseline baseline = new JavaBaseline(CriteriaCatalogue.standard().all());

        int mismatches = mismatches(assessor, baseline, byUnit, out);
        out.printf(Locale.ROOT, "%d: %d officers in %d units; rules and Java baseline disagree on %d%n", year,
                officers, byUnit.size(), mismatches);

        for (int i = 0; i < warmUp; i++) {
            timeRules(assessor, byUnit);
            timeBaseline(baseline, byUnit);
        }
        double[] rules = new double[rounds];
        double[] java = new double[rounds];
        for (int i = 0; i < rounds; i++) { // alternate, so drift on a shared machine hits both
            rules[i] = timeRules(assessor, byUnit);
            java[i] = timeBaseline(baseline, byUnit);
        }
        double r = median(rules);
        double j = median(java);
        out.printf(Locale.ROOT, "%d: rules %.0f officers/s (%.1f µs each), Java baseline %.0f officers/s"
                + " (%.2f µs each); rules take %.0f× the baseline's time (median of %d rounds after %d warm-up rounds)%n", year,
                officers / r, r * 1e6 / officers, officers / j, j * 1e6 / officers, r / j, rounds, warmUp);
    }

    /** @return generated, valid dossiers of {@code year} grouped by unit (seed 42), as the benchmarks use them */
    public static List<List<Dossier>> dossiers(int officers, int units, int year) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            DossierGenerator.generate(officers, units, 42, year, bytes);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        var file = DossierReader.withKnownSigns(CriteriaCatalogue.standard().signCodes())
                .read(new ByteArrayInputStream(bytes.toByteArray()), "generated");
        if (!file.rejected().isEmpty()) {
            throw new IllegalStateException("generator wrote invalid records: " + file.rejected().get(0));
        }
        Map<String, List<Dossier>> groups = new LinkedHashMap<>();
        file.dossiers().forEach(d -> groups.computeIfAbsent(d.unit().id(), k -> new ArrayList<>()).add(d));
        return List.copyOf(groups.values());
    }

    static int mismatches(Assessor assessor, JavaBaseline baseline, List<List<Dossier>> byUnit, PrintStream out) {
        int n = 0;
        for (List<Dossier> unit : byUnit) {
            List<Assessment> rules = assessor.assessAll(unit).assessments();
            List<RatingLevel> java = baseline.rate(unit);
            for (int i = 0; i < unit.size(); i++) {
                if (rules.get(i).rating() != java.get(i)) {
                    if (n++ < 5) {
                        out.println("  mismatch " + rules.get(i).officerId() + ": rules " + rules.get(i).rating()
                                + ", Java " + java.get(i) + " " + rules.get(i).reasons());
                    }
                }
            }
        }
        return n;
    }

    private static double timeRules(Assessor assessor, List<List<Dossier>> byUnit) {
        long start = System.nanoTime();
        long sink = 0;
        for (List<Dossier> unit : byUnit) {
            sink += assessor.assessAll(unit).assessments().size();
        }
        return seconds(start, sink);
    }

    private static double timeBaseline(JavaBaseline baseline, List<List<Dossier>> byUnit) {
        long start = System.nanoTime();
        long sink = 0;
        for (List<Dossier> unit : byUnit) {
            sink += baseline.rate(unit).size();
        }
        return seconds(start, sink);
    }

    private static double seconds(long start, long sink) {
        double s = (System.nanoTime() - start) / 1e9;
        if (sink < 0) {
            throw new AssertionError(); // keeps the work observable
        }
        return s;
    }

    private static double median(double[] values) {
        double[] v = values.clone();
        java.util.Arrays.sort(v);
        return v[v.length / 2];
    }
}
