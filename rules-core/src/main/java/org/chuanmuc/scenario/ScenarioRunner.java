package org.chuanmuc.scenario;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.chuanmuc.assess.Assessment;
import org.chuanmuc.assess.AssessmentException;
import org.chuanmuc.assess.AssessmentReport;
import org.chuanmuc.assess.Assessor;
import org.chuanmuc.assess.Flag;
import org.chuanmuc.assess.Reason;
import org.chuanmuc.io.DossierReader;
import org.chuanmuc.io.RejectedOfficer;

/**
 * Runs scenario files against an {@link Assessor}: each scenario's officers are assessed together with
 * {@link Assessor#assessAll}, and each expectation is checked. A file that cannot be loaded, or whose
 * assessment fails, is a failed scenario with a problem line; it never stops the run.
 *
 * <pre>{@code
 * ScenarioReport report = ScenarioRunner.of(assessor).run(Path.of("scenarios"));
 * report.describe().forEach(System.out::println);
 * }</pre>
 *
 * <p>Immutable and thread-safe (as the assessor is).
 */
public final class ScenarioRunner {
    private final Assessor assessor;
    private final DossierReader reader;

    private ScenarioRunner(Assessor assessor, DossierReader reader) {
        this.assessor = Objects.requireNonNull(assessor, "assessor");
        this.reader = Objects.requireNonNull(reader, "reader");
    }

    /**
     * @param assessor the rules to test
     * @return a runner that reads scenarios without checking sign codes against a catalogue
     */
    public static ScenarioRunner of(Assessor assessor) {
        return new ScenarioRunner(assessor, DossierReader.withKnownSigns(Set.of()));
    }

    /**
     * @param assessor the rules to test
     * @param reader   reads the dossier part of each scenario (e.g. one that checks sign codes)
     * @return a runner
     */
    public static ScenarioRunner of(Assessor assessor, DossierReader reader) {
        return new ScenarioRunner(assessor, reader);
    }

    /**
     * Runs one scenario file, or every {@code *.json} file below a folder (recursively, in sorted path
     * order).
     *
     * @param fileOrFolder a scenario file or a folder
     * @return the results
     * @throws IllegalArgumentException when the path does not exist
     * @throws UncheckedIOException     when a folder cannot be listed or a file cannot be read
     */
    public ScenarioReport run(Path fileOrFolder) {
        return run(List.of(fileOrFolder));
    }

    /**
     * Runs scenario files and folders, in the order given (each folder's files sorted).
     *
     * @param filesOrFolders scenario files or folders
     * @return the results
     * @throws IllegalArgumentException when a path does not exist
     * @throws UncheckedIOException     when a folder cannot be listed or a file cannot be read
     */
    public ScenarioReport run(Collection<Path> filesOrFolders) {
        List<ScenarioResult> results = new ArrayList<>();
        Set<String> fired = new HashSet<>();
        for (Path file : expand(filesOrFolders)) {
            ScenarioFile scenario;
            try {
                scenario = ScenarioFile.load(file, reader);
            } catch (ScenarioFormatException e) {
                results.add(new ScenarioResult(file, file.getFileName().toString(), List.of(), e.lines(), true));
                continue;
            }
            results.add(run(scenario, fired));
        }
        return new ScenarioReport(results, fired);
    }

    /**
     * Runs one loaded scenario.
     *
     * @param scenario the scenario
     * @return its result
     */
    public ScenarioResult run(ScenarioFile scenario) {
        return run(scenario, new HashSet<>());
    }

    private ScenarioResult run(ScenarioFile scenario, Set<String> fired) {
        List<String> problems = new ArrayList<>();
        Map<String, RejectedOfficer> rejected = new HashMap<>();
        Set<String> expected = new HashSet<>();
        scenario.expectations().forEach(e -> expected.add(e.officerId()));
        Set<String> accepted = new HashSet<>();
        scenario.dossiers().dossiers().forEach(d -> accepted.add(d.officer().id()));
        for (RejectedOfficer r : scenario.dossiers().rejected()) {
            // an expected officer's rejection is reported by its expectation; every other one here
            if (expected.contains(r.officerId()) && !accepted.contains(r.officerId())) {
                rejected.putIfAbsent(r.officerId(), r);
            } else {
                r.errors().forEach(e ->
                        problems.add(ScenarioMessages.rejectedUnexpected(r.index(), r.officerId(), e)));
            }
        }
        AssessmentReport report;
        try {
            report = assessor.assessAll(scenario.dossiers().dossiers());
        } catch (AssessmentException e) {
            problems.add(ScenarioMessages.assessmentFailed(e.getMessage()));
            return new ScenarioResult(scenario.file(), scenario.name(), List.of(), problems);
        }
        report.firedRules().forEach(r -> addRule(fired, r));
        Map<String, Assessment> byOfficer = new HashMap<>();
        for (Assessment a : report.assessments()) {
            byOfficer.put(a.officerId(), a);
            a.reasons().forEach(r -> addRule(fired, r.rule()));
            a.reviewFlags().forEach(f -> addRule(fired, f.rule()));
            a.warnings().forEach(f -> addRule(fired, f.rule()));
        }
        List<ExpectationResult> results = new ArrayList<>();
        for (Expectation e : scenario.expectations()) {
            Assessment a = byOfficer.get(e.officerId());
            if (a == null) {
                // load() guarantees the officer is in the file, so it was rejected
                List<String> lines = rejected.get(e.officerId()).errors().stream()
                        .map(err -> ScenarioMessages.rejected(e.officerId(), err)).toList();
                results.add(new ExpectationResult(e, Optional.empty(), lines));
            } else {
                results.add(new ExpectationResult(e, Optional.of(a), check(e, a)));
            }
        }
        return new ScenarioResult(scenario.file(), scenario.name(), results, problems);
    }

    private static void addRule(Set<String> fired, String rule) {
        if (!rule.isBlank()) {
            fired.add(rule);
        }
    }

    private static List<String> check(Expectation e, Assessment a) {
        String id = e.officerId();
        List<String> failures = new ArrayList<>();
        if (a.rating() != e.rating()) {
            failures.add(ScenarioMessages.rating(id, e.rating(), a.rating()));
        }
        e.partyRating().ifPresent(expected -> {
            if (a.partyRating().filter(expected::equals).isEmpty()) {
                failures.add(ScenarioMessages.partyRating(id, expected,
                        a.partyRating().map(Enum::name).orElse(ScenarioMessages.noPartyRating())));
            }
        });
        Set<String> codes = new LinkedHashSet<>();
        a.reasons().forEach(r -> codes.add(r.criterion()));
        List<String> missing = e.reasons().stream().filter(c -> !codes.contains(c)).distinct().toList();
        if (!missing.isEmpty()) {
            failures.add(ScenarioMessages.missingReasons(id, missing));
        }
        List<String> forbidden = e.noReasons().stream().filter(codes::contains).distinct().toList();
        if (!forbidden.isEmpty()) {
            failures.add(ScenarioMessages.forbiddenReasons(id, forbidden));
        }
        if (e.exactReasons()) {
            List<String> extra = codes.stream().filter(c -> !e.reasons().contains(c)).toList();
            if (!extra.isEmpty()) {
                failures.add(ScenarioMessages.unexpectedReasons(id, extra));
            }
        }
        Set<String> rules = new HashSet<>();
        a.reasons().stream().map(Reason::rule).forEach(rules::add);
        a.reviewFlags().stream().map(Flag::rule).forEach(rules::add);
        a.warnings().stream().map(Flag::rule).forEach(rules::add);
        for (String prefix : e.rules()) {
            if (rules.stream().noneMatch(r -> r.startsWith(prefix))) {
                failures.add(ScenarioMessages.ruleNotFired(id, prefix));
            }
        }
        if (!failures.isEmpty()) {
            // what the rules did say, so the author sees why without rerunning
            failures.add(ScenarioMessages.actualReasons(id, a.reasons()));
        }
        List<String> missingFlags = missingCodes(e.reviewFlags(), a.reviewFlags());
        if (!missingFlags.isEmpty()) {
            failures.add(ScenarioMessages.missingFlags(id, missingFlags));
            failures.add(ScenarioMessages.actualFlags(id, "cờ xem xét (review flags)", a.reviewFlags()));
        }
        List<String> missingWarnings = missingCodes(e.warnings(), a.warnings());
        if (!missingWarnings.isEmpty()) {
            failures.add(ScenarioMessages.missingWarnings(id, missingWarnings));
            failures.add(ScenarioMessages.actualFlags(id, "cảnh báo (warnings)", a.warnings()));
        }
        List<String> unwantedFlags = presentCodes(e.noReviewFlags(), a.reviewFlags());
        if (!unwantedFlags.isEmpty()) {
            failures.add(ScenarioMessages.unexpectedFlags(id, "cờ xem xét", "review flags", unwantedFlags));
            failures.add(ScenarioMessages.actualFlags(id, "cờ xem xét (review flags)", a.reviewFlags()));
        }
        List<String> unwantedWarnings = presentCodes(e.noWarnings(), a.warnings());
        if (!unwantedWarnings.isEmpty()) {
            failures.add(ScenarioMessages.unexpectedFlags(id, "cảnh báo", "warnings", unwantedWarnings));
            failures.add(ScenarioMessages.actualFlags(id, "cảnh báo (warnings)", a.warnings()));
        }
        return failures;
    }

    private static List<String> presentCodes(List<String> unwanted, List<Flag> actual) {
        Set<String> codes = new HashSet<>();
        actual.forEach(f -> codes.add(f.code()));
        return unwanted.stream().filter(codes::contains).distinct().toList();
    }

    private static List<String> missingCodes(List<String> expected, List<Flag> actual) {
        Set<String> codes = new HashSet<>();
        actual.forEach(f -> codes.add(f.code()));
        return expected.stream().filter(c -> !codes.contains(c)).distinct().toList();
    }

    private static List<Path> expand(Collection<Path> paths) {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.filter(Files::isRegularFile)
                            .filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json"))
                            .sorted()
                            .forEach(files::add);
                } catch (IOException e) {
                    throw new UncheckedIOException("không đọc được thư mục (cannot list) " + path, e);
                }
            } else if (Files.isRegularFile(path)) {
                files.add(path);
            } else {
                throw new IllegalArgumentException("không tìm thấy (not found): " + path);
            }
        }
        return files;
    }
}
