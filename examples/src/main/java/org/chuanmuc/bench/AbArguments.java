package org.chuanmuc.bench;

import java.util.Arrays;
import java.util.Locale;

/**
 * What the A/B benchmarks that generate their own dossiers ({@link RulesAB}, {@link WriterAB}) are given: the two
 * jars, then optionally officers, units, year and rounds; and how their ratios are summed up.
 *
 * @param before   the jar (or class path) measured first in each round
 * @param after    the jar measured second
 * @param officers officers generated
 * @param units    units they are spread over
 * @param year     the assessment year
 * @param rounds   timed rounds
 */
record AbArguments(String before, String after, int officers, int units, int year, int rounds) {

    /**
     * @param tool     the benchmark's name, for the usage line
     * @param args     the command line
     * @param officers default number of officers
     * @param units    default number of units
     * @param rounds   default number of rounds
     * @return the arguments; exits with status 2 and a usage line when the jars are missing
     */
    static AbArguments parse(String tool, String[] args, int officers, int units, int rounds) {
        if (args.length < 2) {
            System.err.println("usage: " + tool + " BEFORE AFTER [officers] [units] [year] [rounds]");
            System.exit(2);
        }
        return new AbArguments(args[0], args[1],
                args.length > 2 ? Integer.parseInt(args[2]) : officers,
                args.length > 3 ? Integer.parseInt(args[3]) : units,
                args.length > 4 ? Integer.parseInt(args[4]) : 2026,
                args.length > 5 ? Integer.parseInt(args[5]) : rounds);
    }

    /** @return the median of the per-round ratios and their range, e.g. {@code 1.52× (1.31–1.80)} */
    static String summary(double[] ratios) {
        double[] sorted = ratios.clone();
        Arrays.sort(sorted);
        return String.format(Locale.ROOT, "%.2f× (%.2f–%.2f)", sorted[sorted.length / 2], sorted[0],
                sorted[sorted.length - 1]);
    }
}
