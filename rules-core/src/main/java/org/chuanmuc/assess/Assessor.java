package org.chuanmuc.assess;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.chuanmuc.assess.internal.CompiledRules;
import org.chuanmuc.assess.internal.LiteralCheck;
import org.chuanmuc.assess.internal.RuleCompiler;
import org.chuanmuc.assess.internal.RuleFolder;
import org.chuanmuc.assess.internal.RuleInput;
import org.chuanmuc.assess.internal.SessionRunner;
import org.chuanmuc.io.internal.ReaderMessages;
import org.chuanmuc.model.Criterion;
import org.chuanmuc.model.Dossier;

/**
 * Assesses officers against a compiled rule set and proposes each one's yearly rating.
 *
 * <pre>{@code
 * Assessor assessor = Assessor.builder()
 *         .rules(StandardCriteria.rules())
 *         .build();
 * Assessment a = assessor.assess(dossier);
 * }</pre>
 *
 * <p>An {@code Assessor} is immutable and thread-safe: build it once, share it, call it from any
 * number of threads. Each call runs in a rule session of its own, as clean as a new one: a session whose call
 * ended normally is reset and kept for a later call (creating one costs about as much as assessing ten
 * officers); a session in which a rule failed, a bound was broken or the time ran out is disposed.
 */
public final class Assessor {
    private final CompiledRules rules;
    private final SessionRunner runner;
    private final List<Criterion> criteria;
    /** The catalogue's sign codes (entries with a severity); empty when it lists no sign, and then unchecked. */
    private final Set<String> signCodes;

    private Assessor(CompiledRules rules, List<Criterion> criteria, int maxFiringsPerOfficer, Duration timeout) {
        this.rules = rules;
        this.criteria = List.copyOf(criteria);
        Set<String> signs = new HashSet<>();
        criteria.stream().filter(c -> c.severity().isPresent()).forEach(c -> signs.add(c.code()));
        this.signCodes = Set.copyOf(signs);
        this.runner = new SessionRunner(rules, criteria, maxFiringsPerOfficer, timeout);
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Assesses one officer alone. Unit-wide rules (the quota) see only this officer; use
     * {@link #assessAll(Collection)} to assess a unit.
     *
     * @param dossier the officer's dossier
     * @return the assessment
     * @throws IllegalArgumentException when a sign's code is not one of the catalogue's signs
     * @throws AssessmentException      when a rule loops, runs out of time or fails
     */
    public Assessment assess(Dossier dossier) {
        Objects.requireNonNull(dossier, "dossier");
        checkSignCodes(dossier);
        return runner.run(List.of(dossier)).get(0);
    }

    /**
     * Assesses many officers. Dossiers are grouped by period and unit, and each group runs in one
     * session, so rules that span a unit (the quota on the top level, a head's rating tied to the unit)
     * see all of its officers.
     *
     * @param dossiers the dossiers; officer ids must be distinct within a period
     * @return the assessments in the order of {@code dossiers}
     * @throws IllegalArgumentException when an officer id appears twice in the same period, or when a sign's code
     *                                  is not one of the catalogue's signs (nothing is assessed then)
     * @throws AssessmentException      when a rule loops, runs out of time or fails
     */
    public AssessmentReport assessAll(Collection<Dossier> dossiers) {
        if (!dossiers.isEmpty() && dossiers instanceof List<Dossier> list && oneUnitAndYear(list)) {
            // the common case (a reader's unit, a CLI batch): one session, the results already in input order
            Set<String> ids = new HashSet<>(2 * list.size());
            int year = list.get(0).period().year();
            for (Dossier d : list) {
                if (!ids.add(d.officer().id())) {
                    throw appearsTwice(d.officer().id(), year);
                }
                checkSignCodes(d);
            }
            SortedSet<String> fired = new TreeSet<>();
            List<Assessment> results = runner.run(list, fired::addAll);
            return new AssessmentReport(rules.info(), results, fired);
        }
        Map<YearAndId, List<Dossier>> groups = new LinkedHashMap<>();
        Set<YearAndId> seen = new HashSet<>(2 * dossiers.size());
        for (Dossier d : dossiers) {
            if (!seen.add(new YearAndId(d.period().year(), d.officer().id()))) {
                throw appearsTwice(d.officer().id(), d.period().year());
            }
            checkSignCodes(d);
            groups.computeIfAbsent(new YearAndId(d.period().year(), d.unit().id()), k -> new ArrayList<>()).add(d);
        }
        Map<YearAndId, Assessment> byOfficer = new HashMap<>(2 * dossiers.size());
        SortedSet<String> fired = new TreeSet<>();
        for (List<Dossier> group : groups.values()) {
            for (Assessment a : runner.run(group, fired::addAll)) {
                byOfficer.put(new YearAndId(a.year(), a.officerId()), a);
            }
        }
        List<Assessment> ordered = new ArrayList<>(byOfficer.size());
        for (Dossier d : dossiers) {
            ordered.add(byOfficer.get(new YearAndId(d.period().year(), d.officer().id())));
        }
        return new AssessmentReport(rules.info(), ordered, fired);
    }

    private static IllegalArgumentException appearsTwice(String officerId, int year) {
        return new IllegalArgumentException("officer " + officerId + " appears twice in " + year);
    }

    /**
     * Refuses a sign the rules could not read: they join a sign to its catalogue entry by code, so a sign whose
     * code the catalogue lacks (mistyped, lower case, a trailing space) would lower nothing, even when concluded.
     * The dossier readers refuse such a code at its JSON path; this covers dossiers built in code.
     */
    private void checkSignCodes(Dossier dossier) {
        if (signCodes.isEmpty()) {
            return;
        }
        for (var sign : dossier.officer().signs()) {
            if (!signCodes.contains(sign.code())) {
                throw new IllegalArgumentException(unknownSign(dossier.officer().id(), sign.code()));
            }
        }
    }

    private String unknownSign(String officerId, String code) {
        return "cán bộ " + officerId + ": mã biểu hiện \"" + code + "\" không có trong danh mục tiêu chí"
                + " (sign code not in the criteria catalogue): các quy tắc không đọc được biểu hiện này"
                + ReaderMessages.signCodeMeant(code, signCodes);
    }

    private static boolean oneUnitAndYear(List<Dossier> dossiers) {
        Dossier first = dossiers.get(0);
        int year = first.period().year();
        String unit = first.unit().id();
        for (Dossier d : dossiers) {
            if (d.period().year() != year || !d.unit().id().equals(unit)) {
                return false;
            }
        }
        return true;
    }

    /** A unit or an officer of one year: the key of a group, and of an officer's result. */
    private record YearAndId(int year, String id) {
    }

    /** @return the name, version and SHA-256 of the rules in use */
    public RuleSetInfo ruleSet() {
        return rules.info();
    }

    /** @return the names of all compiled rules, sorted */
    public List<String> ruleNames() {
        return rules.ruleNames();
    }

    /** @return the criteria catalogue given to the builder */
    public List<Criterion> criteria() {
        return criteria;
    }

    /**
     * The criterion codes that the caps and findings of the base criteria write as literals ({@code RatingCap.state(…,
     * "PC-MOI", …)}, the DSL sentence {@code theo tiêu chí "PC-MOI"}) and that the catalogue given to the builder
     * lacks: their reasons would go out without the label and citation the catalogue gives. The rules still run (a
     * catalogue need not list every code), but a criteria folder's catalogue should: {@code validate} reports these
     * as problems. The rules of local folders are not checked: such a folder has no catalogue of its own, and its
     * rules give their own codes and citations.
     *
     * @return one diagnostic per such code, where it is written, in file and line order; empty when no catalogue
     *         was given
     */
    public List<Diagnostic> uncataloguedCriteria() {
        if (criteria.isEmpty()) {
            return List.of();
        }
        return LiteralCheck.criteria(rules.drl(), criteria.stream().map(Criterion::code).toList());
    }

    /**
     * Collects rule sources and settings, then compiles them once. Not thread-safe; the built
     * {@link Assessor} is.
     */
    public static final class Builder {
        private final List<RuleSource> sources = new ArrayList<>();
        private final List<RuleInput.LocalFolder> folders = new ArrayList<>();
        private final List<Diagnostic> folderProblems = new ArrayList<>();
        private final List<Criterion> criteria = new ArrayList<>();
        private String name;
        private String version;
        private int maxFiringsPerOfficer = 10_000;
        private Duration timeout = Duration.ofSeconds(30);

        private Builder() {
        }

        /**
         * Adds rule sources to the base criteria: they may use the whole rule language the guard allows.
         */
        public Builder rules(RuleSource... more) {
            return rules(List.of(more));
        }

        /**
         * Adds rule sources to the base criteria: they may use the whole rule language the guard allows.
         */
        public Builder rules(Collection<RuleSource> more) {
            more.forEach(s -> sources.add(Objects.requireNonNull(s, "rule source")));
            return this;
        }

        /**
         * Adds a bundle's sources and criteria as base criteria (the whole rule language the guard allows). The
         * first bundle also names the rule set, unless {@link #name(String)} and {@link #version(String)} say
         * otherwise.
         */
        public Builder rules(RuleBundle bundle) {
            if (name == null) {
                name = bundle.name();
            }
            if (version == null) {
                version = bundle.version();
            }
            criteria.addAll(bundle.criteria());
            return rules(bundle.sources());
        }

        /**
         * Adds a local folder: every rule file ({@code .drl .dsl .dslr .xlsx}) below it, in path order. Local rules
         * can only restrict the base criteria: their consequences may only insert {@code RatingCap},
         * {@code Finding}, {@code ReviewFlag} and {@code Warning} facts (no {@code modify}, {@code update},
         * {@code retract}, {@code delete}, no {@code activation-group} or {@code auto-focus}), so they can lower a
         * rating or add a remark but never raise a rating or remove a reason of the base criteria. The folder's
         * {@code .dsl} files apply only to its own {@code .dslr} files (which also see the base criteria's DSL).
         * Only regular files inside the folder are read: links leading outside it, linked folders, devices and
         * FIFOs are refused with a diagnostic each when {@link #build()} runs, and so are folders past the size
         * bounds. Each {@link Assessment#localRules()} names the local rules that concluded something about it.
         *
         * @throws UncheckedIOException     when the folder cannot be listed
         * @throws IllegalArgumentException when the path is not a folder
         */
        public Builder rules(Path folder) {
            if (!Files.isDirectory(folder)) {
                throw new IllegalArgumentException("không phải thư mục (not a folder): " + folder);
            }
            RuleFolder.Read read = RuleFolder.read(folder);
            folders.add(read.folder());
            folderProblems.addAll(read.problems());
            return this;
        }

        /** Adds catalogue entries (inserted as facts; give labels and citations to reasons). */
        public Builder criteria(Collection<Criterion> more) {
            criteria.addAll(more);
            return this;
        }

        /** Names the rule set (default: the first bundle's name, else {@code "custom"}). */
        public Builder name(String name) {
            this.name = Objects.requireNonNull(name, "name");
            return this;
        }

        /** Versions the rule set (default: the first bundle's version, else {@code "0"}). */
        public Builder version(String version) {
            this.version = Objects.requireNonNull(version, "version");
            return this;
        }

        /**
         * Bounds rule firings per officer in a session (default 10,000). A rule that fires more often is
         * taken to loop, and the assessment ends with an {@link AssessmentException} naming it. A unit's
         * session may fire this many times its officers, at most {@link Integer#MAX_VALUE} times.
         *
         * @param max firings per officer, at least 1
         * @return this builder
         * @throws IllegalArgumentException when {@code max} is below 1
         */
        public Builder maxFiringsPerOfficer(int max) {
            if (max < 1) {
                throw new IllegalArgumentException("maxFiringsPerOfficer must be ≥ 1");
            }
            this.maxFiringsPerOfficer = max;
            return this;
        }

        /** Bounds the time of one session (default 30 s); checked between rule firings. */
        public Builder sessionTimeout(Duration timeout) {
            if (timeout.isNegative() || timeout.isZero()) {
                throw new IllegalArgumentException("sessionTimeout must be positive");
            }
            this.timeout = timeout;
            return this;
        }

        /** @return the sources added so far, by scope (for {@link RuleRepository}'s change check) */
        RuleInput input() {
            return new RuleInput(sources, folders, folderProblems);
        }

        /** @return the SHA-256 that {@link #build()} would report for these sources and criteria, without compiling */
        String ruleSetSha256() {
            return RuleCompiler.sha256(RuleCompiler.sha256(input()), criteria);
        }

        /**
         * Guards and compiles the rules.
         *
         * @return a thread-safe assessor
         * @throws RuleCompilationException with every problem when a source fails the guard or the compiler
         * @throws IllegalStateException    when no rule source was given
         */
        public Assessor build() {
            RuleInput input = input();
            if (input.isEmpty() && input.problems().isEmpty()) {
                throw new IllegalStateException("no rule sources: call rules(...) before build()");
            }
            CompiledRules compiled = RuleCompiler.compile(input, name == null ? "custom" : name,
                    version == null ? "0" : version);
            String sha256 = RuleCompiler.sha256(compiled.info().sha256(), criteria);
            if (!sha256.equals(compiled.info().sha256())) { // the catalogue is part of what a rating came from
                RuleSetInfo info = compiled.info();
                compiled = new CompiledRules(compiled.kieBase(), new RuleSetInfo(info.name(), info.version(), sha256),
                        compiled.drl(), compiled.ruleNames(), compiled.localRules());
            }
            return new Assessor(compiled, criteria, maxFiringsPerOfficer, timeout);
        }
    }
}
