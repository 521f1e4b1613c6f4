package org.chuanmuc.assess.internal;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.chuanmuc.assess.Diagnostic;
import org.chuanmuc.assess.RuleCompilationException;
import org.chuanmuc.assess.RuleSetInfo;
import org.chuanmuc.assess.RuleBundle;
import org.chuanmuc.assess.RuleSource;
import org.chuanmuc.assess.internal.guard.GuardLimits;
import org.chuanmuc.assess.internal.guard.GuardMessages;
import org.chuanmuc.assess.internal.guard.ParameterUses;
import org.chuanmuc.assess.internal.guard.RuleGuard;
import org.chuanmuc.assess.internal.guard.Scope;
import org.chuanmuc.model.Criterion;
import org.drools.base.definitions.InternalKnowledgePackage;
import org.drools.core.impl.InternalRuleBase;
import org.drools.core.impl.RuleBaseFactory;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.kie.api.KieBase;
import org.kie.api.KieBaseConfiguration;
import org.kie.api.KieServices;
import org.kie.api.builder.Message;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderConfiguration;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.builder.KnowledgeBuilderResult;
import org.kie.internal.builder.conf.ParallelRulesBuildThresholdOption;
import org.kie.internal.conf.ConstraintJittingThresholdOption;
import org.kie.internal.builder.ResultSeverity;
import org.kie.internal.io.ResourceFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Translates, guards and compiles rule sources into one KieBase. */
public final class RuleCompiler {
    private static final Logger LOG = LoggerFactory.getLogger(RuleCompiler.class);

    private RuleCompiler() {
    }

    /**
     * @param sources the rule sources of the base criteria, in the order given by the user
     * @param name    the rule set's name
     * @param version the rule set's version
     * @return the compiled rules
     * @throws RuleCompilationException with every problem, when any source fails translation, the guard or
     *                                  the compiler
     */
    public static CompiledRules compile(List<RuleSource> sources, String name, String version) {
        return compile(new RuleInput(sources, List.of(), List.of()), name, version);
    }

    /**
     * @param input   the rule sources: base criteria and local folders
     * @param name    the rule set's name
     * @param version the rule set's version
     * @return the compiled rules
     * @throws RuleCompilationException with every problem, when any source fails reading, translation, the
     *                                  guard or the compiler
     */
    public static CompiledRules compile(RuleInput input, String name, String version) {
        return compile(input, name, version, ConvertedTables.CLASS_PATH);
    }

    /**
     * @param tables workbooks converted ahead, by the SHA-256 of their bytes
     * @see #compile(RuleInput, String, String)
     */
    static CompiledRules compile(RuleInput input, String name, String version, ConvertedTables.Lookup tables) {
        return compile(input, name, version, tables, CompiledClasses.CLASS_PATH, SavedRuleBase.CLASS_PATH, null);
    }

    /**
     * Compiles the rules, never reading a saved rule base back: for recording the compiled classes and for tests of
     * them.
     *
     * @param classes  classes compiled ahead, by what they were compiled from
     * @param recorder receives each batch of classes compiled, or null
     * @see #compile(RuleInput, String, String)
     */
    static CompiledRules compile(RuleInput input, String name, String version, ConvertedTables.Lookup tables,
                                 CompiledClasses.Lookup classes,
                                 java.util.function.Consumer<CompiledClasses.Batch> recorder) {
        return compile(input, name, version, tables, classes, SavedRuleBase.NONE, recorder);
    }

    /**
     * @param saved rule bases saved ahead, by the texts they were compiled from; taken only when the guard passed
     *              every text, and never when a recorder is given
     * @see #compile(RuleInput, String, String, ConvertedTables.Lookup, CompiledClasses.Lookup,
     *      java.util.function.Consumer)
     */
    static CompiledRules compile(RuleInput input, String name, String version, ConvertedTables.Lookup tables,
                                 CompiledClasses.Lookup classes, SavedRuleBase.Lookup saved,
                                 java.util.function.Consumer<CompiledClasses.Batch> recorder) {
        List<Diagnostic> problems = new ArrayList<>(input.problems());
        String sources = sha256(input);
        // the rule base saved for these sources, if any, is read while they are translated and guarded; it is taken
        // only if the guarded texts turn out to be the ones it was compiled from
        Optional<SavedRuleBase.Early> early = recorder == null && problems.isEmpty()
                ? SavedRuleBase.readEarly(saved, sources) : Optional.empty();
        if (early.isPresent() && input.folders().isEmpty() && tables == ConvertedTables.CLASS_PATH
                && !RuleBundle.FOLDER_VERSION.equals(version)) {
            // the standard criteria as the build compiled them: the guard's verdict on exactly these bytes with
            // exactly this code (and the workbooks converted at build time) was recorded then, and the rule base
            // saved for the texts it passed is being read
            Optional<CompiledRules> taken = recorded(saved, sources, input, early.get(), name, version);
            if (taken.isPresent()) {
                return taken.get();
            }
        }
        List<DrlText> drl;
        try {
            drl = SourceTranslator.translate(input, problems, tables);
        } catch (StackOverflowError | OutOfMemoryError e) {
            throw new RuleCompilationException(List.of(new Diagnostic(firstName(input), 1, 1,
                    GuardMessages.tooComplexToCompile(e.getClass().getSimpleName()))));
        }
        for (DrlText text : drl) {
            if (text.drl().isBlank()) {
                // it would compile to nothing: an editor's save caught between truncating and writing, which a
                // hot reload must not put in use as "no rules" (found by the reload soak test)
                problems.add(new Diagnostic(text.sourceName(), 0, 0,
                        "tệp quy tắc rỗng, có thể đang được ghi dở (empty rule file, perhaps still being written)"));
            }
        }
        Set<String> localRules = guard(drl, input, problems);
        if (!problems.isEmpty()) {
            // never hand rejected text to the compiler: a guard rejection means it must not run at all
            throw new RuleCompilationException(sorted(DiagnosticPositions.polish(problems, drl)));
        }
        KnowledgeBase built;
        try {
            Optional<KieBase> read = recorder == null ? SavedRuleBase.load(saved, drl, early) : Optional.empty();
            built = read.isPresent() ? new KnowledgeBase(read.get()) : build(drl, problems, classes, recorder);
        } catch (StackOverflowError | OutOfMemoryError e) {
            // the guard bounds what it can see; this is the last line behind it, never an escaping JVM error
            problems.add(new Diagnostic(drl.isEmpty() ? firstName(input) : drl.get(0).sourceName(), 1, 1,
                    GuardMessages.tooComplexToCompile(e.getClass().getSimpleName())));
            built = null;
        }
        if (!problems.isEmpty()) {
            throw new RuleCompilationException(sorted(DiagnosticPositions.polish(problems, drl)));
        }
        return compiled(built.kieBase(), drl, localRules, name, version, sources);
    }

    /**
     * @return the rules as the build compiled them, when the guard's verdict it recorded for these sources holds now
     *         ({@link GuardVerdict}) and the rule base it saved for the texts passed is read back; else empty, and
     *         the sources are translated and guarded as any others
     */
    private static Optional<CompiledRules> recorded(SavedRuleBase.Lookup saved, String sources, RuleInput input,
                                                    SavedRuleBase.Early early, String name, String version) {
        Optional<List<DrlText>> passed = GuardVerdict.read(saved, sources, input.base(), early.key());
        if (passed.isEmpty()) {
            return Optional.empty();
        }
        Optional<KieBase> read;
        try {
            read = SavedRuleBase.load(saved, passed.get(), Optional.of(early));
        } catch (StackOverflowError | OutOfMemoryError e) {
            return Optional.empty(); // the full path meets it again and reports it
        }
        if (read.isEmpty()) {
            return Optional.empty();
        }
        GuardVerdict.countTaken();
        return Optional.of(compiled(read.get(), passed.get(), Set.of(), name, version, sources));
    }

    private static CompiledRules compiled(KieBase kieBase, List<DrlText> drl, Set<String> localRules, String name,
                                          String version, String sources) {
        List<String> ruleNames = kieBase.getKiePackages().stream()
                .map(KiePackage::getRules).flatMap(java.util.Collection::stream)
                .map(Rule::getName).sorted().toList();
        RuleSetInfo info = new RuleSetInfo(name, version, sources);
        LOG.debug("compiled rule set {} {} ({} rules, {} local, sha256 {})", name, version, ruleNames.size(),
                localRules.size(), info.sha256());
        return new CompiledRules(kieBase, info, List.copyOf(drl), ruleNames, Set.copyOf(localRules));
    }

    /**
     * Guards every text and checks the sizes of the whole: characters and rules per rule set, rules per local
     * folder; then, when every text passed, that each parameter the rules read is given once
     * ({@link ParameterCheck}); and, in every text it could parse, that the levels, severities and shares the rules
     * write are ones the model knows ({@link LiteralCheck}).
     *
     * @return the keys ({@link CompiledRules#ruleKey}) of the rules from local folders
     */
    private static Set<String> guard(List<DrlText> drl, RuleInput input, List<Diagnostic> problems) {
        Map<String, String> folderOf = new HashMap<>();
        for (RuleInput.LocalFolder folder : input.folders()) {
            folder.sources().forEach(s -> folderOf.put(s.name(), folder.name()));
        }
        Set<String> localRules = new HashSet<>();
        Set<String> names = new HashSet<>();
        List<DrlText> examinedTexts = new ArrayList<>();
        List<ParameterUses> parameters = new ArrayList<>();
        List<RuleSource> sources = new ArrayList<>(input.base());
        input.folders().forEach(f -> sources.addAll(f.sources()));
        try (ParameterCells cells = new ParameterCells(sources)) {
            guard(drl, problems, localRules, names, folderOf, examinedTexts, parameters, cells);
            if (problems.isEmpty() && examinedTexts.size() == drl.size()) {
                ParameterCheck.coverage(examinedTexts, parameters, cells, problems);
            }
            // every text the guard could parse, whatever else is wrong: a misspelt level is worth knowing at once
            LiteralCheck.values(examinedTexts, cells, problems);
            ParameterCheck.sharesByUse(examinedTexts, parameters, cells, problems);
        }
        return localRules;
    }

    /** Guards each text in turn, keeping what each reads and gives of the parameters. */
    private static void guard(List<DrlText> drl, List<Diagnostic> problems, Set<String> localRules,
                              Set<String> names, Map<String, String> folderOf, List<DrlText> examinedTexts,
                              List<ParameterUses> parameters, ParameterCells cells) {
        long chars = 0;
        int rules = 0;
        Map<String, Integer> rulesPerFolder = new HashMap<>();
        for (DrlText text : drl) {
            if (!names.add(text.sourceName())) {
                // the compiler takes a second resource of the same name for a new version of the first, and
                // silently drops the first one's rules: a local file named like a base file would replace it
                problems.add(new Diagnostic(text.sourceName(), 1, 1, GuardMessages.duplicateSource()));
                continue;
            }
            chars += text.drl().length();
            if (chars > GuardLimits.MAX_TOTAL_CHARS) {
                problems.add(new Diagnostic(text.sourceName(), 1, 1,
                        GuardMessages.totalTooLarge(chars, GuardLimits.MAX_TOTAL_CHARS)));
                return; // the rest is not even checked: it would not be compiled
            }
            RuleGuard.Examined examined;
            try {
                examined = RuleGuard.examine(text.sourceName(), text.drl(), text.local() ? Scope.LOCAL : Scope.BASE);
            } catch (StackOverflowError e) {
                problems.add(new Diagnostic(text.sourceName(), 1, 1,
                        GuardMessages.tooComplexToCompile(e.getClass().getSimpleName())));
                continue;
            }
            problems.addAll(ParameterCheck.values(text, examined, cells));
            if (examined.parameters().isPresent()) {
                examinedTexts.add(text);
                parameters.add(examined.parameters().get());
            }
            rules += examined.ruleNames().size();
            if (rules > GuardLimits.MAX_RULES) {
                problems.add(new Diagnostic(text.sourceName(), 1, 1,
                        GuardMessages.tooManyRules(rules, GuardLimits.MAX_RULES)));
                return;
            }
            if (text.local()) {
                String folder = folderOf.getOrDefault(baseName(text.sourceName()), "");
                int inFolder = rulesPerFolder.merge(folder, examined.ruleNames().size(), Integer::sum);
                if (inFolder > GuardLimits.MAX_FOLDER_RULES
                        && inFolder - examined.ruleNames().size() <= GuardLimits.MAX_FOLDER_RULES) {
                    problems.add(new Diagnostic(text.sourceName(), 1, 1,
                            GuardMessages.tooManyRules(inFolder, GuardLimits.MAX_FOLDER_RULES)));
                }
                for (String rule : examined.ruleNames()) {
                    localRules.add(CompiledRules.ruleKey(examined.packageName(), rule));
                }
            }
        }
    }

    /** A worksheet's text is named {@code file.xlsx[sheet]}: the source is the file. */
    private static String baseName(String sourceName) {
        int bracket = sourceName.lastIndexOf(".xlsx[");
        return bracket < 0 ? sourceName : sourceName.substring(0, bracket + ".xlsx".length());
    }

    private static String firstName(RuleInput input) {
        if (!input.base().isEmpty()) {
            return input.base().get(0).name();
        }
        return input.folders().stream().flatMap(f -> f.sources().stream()).map(RuleSource::name).findFirst()
                .orElse("?");
    }

    /** The knowledge base, or null with the compiler's problems added. */
    private record KnowledgeBase(KieBase kieBase) {
    }

    private static KnowledgeBase build(List<DrlText> drl, List<Diagnostic> problems, CompiledClasses.Lookup classes,
                                       java.util.function.Consumer<CompiledClasses.Batch> recorder) {
        KnowledgeBuilderConfiguration conf = KnowledgeBuilderFactory.newKnowledgeBuilderConfiguration();
        conf.setOption(RuleGuard.LANGUAGE_LEVEL); // parse exactly as the guard did
        if (recorder != null) {
            // recording for the build: one thread builds the rules, in their order, so that the rule base saved from
            // this compile is the same bytes on every build (Drools' parallel build fills its maps in any order)
            conf.setOption(ParallelRulesBuildThresholdOption.get(-1));
        }
        CompiledClasses.install(conf, classes, recorder);
        KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder(conf);
        for (DrlText text : drl) {
            try {
                builder.add(ResourceFactory.newByteArrayResource(text.drl().getBytes(StandardCharsets.UTF_8))
                        .setSourcePath(text.sourceName()), ResourceType.DRL);
            } catch (RuntimeException e) {
                // Drools' own compiler can throw on text the guard let through (a NullPointerException in its
                // consequence builder, found by fuzzing): a problem of the file like any other, not a crash
                problems.add(new Diagnostic(text.sourceName(), 0, 0,
                        "trình biên dịch Drools không xử lý được tệp này (the Drools compiler failed on this file): "
                                + e));
            }
        }
        long id = 0;
        Map<String, Integer> perSource = new HashMap<>();
        for (KnowledgeBuilderResult result : builder.getResults(ResultSeverity.ERROR)) {
            Message message = result.asMessage(id++);
            String source = result.getResource() != null && result.getResource().getSourcePath() != null
                    ? result.getResource().getSourcePath() : message.getPath();
            String name = source == null ? "?" : source;
            int count = perSource.merge(name, 1, Integer::sum);
            if (count <= GuardLimits.MAX_DIAGNOSTICS_PER_SOURCE) {
                problems.add(new Diagnostic(name, Math.max(0, message.getLine()), Math.max(0, message.getColumn()),
                        GuardMessages.echoMessage(message.getText().strip())));
            }
        }
        if (!problems.isEmpty()) {
            return null;
        }
        InternalRuleBase base = RuleBaseFactory.newRuleBase(kieBaseConfiguration());
        base.addPackages(builder.getKnowledgePackages().stream().map(InternalKnowledgePackage.class::cast).toList());
        return new KnowledgeBase(KnowledgeBaseFactory.newKnowledgeBase(base));
    }

    /**
     * The configuration of every rule base, compiled or read back: constraints are compiled to bytecode on their first
     * evaluation. Drools' default interprets a constraint with MVEL for its first 20 evaluations, counted over the
     * whole rule base, then compiles it, and the two can disagree on the same facts (a long divided by zero throws once
     * compiled, and not before): whether a unit failed then depended on how many units, in any thread, went before.
     *
     * @return a new configuration
     */
    public static KieBaseConfiguration kieBaseConfiguration() {
        KieBaseConfiguration conf = KieServices.get().newKieBaseConfiguration();
        conf.setOption(ConstraintJittingThresholdOption.get(0));
        return conf;
    }

    private static List<Diagnostic> sorted(List<Diagnostic> problems) {
        return problems.stream().sorted(Comparator.comparing(Diagnostic::source)
                .thenComparingInt(Diagnostic::line).thenComparingInt(Diagnostic::column)).toList();
    }

    /**
     * Hash over every source's bytes and its name as it stands in its folder, base criteria first, then each local
     * folder marked as such: the same files given as base criteria or as a local folder are different rule sets.
     * A base source counts by its file name; a local folder's file by its path inside the folder. So the same files
     * give the same hash from any working directory, however the folder's path was typed, and in a copy of the
     * folder under another name.
     *
     * @param input the rule sources
     * @return the lower-case hex SHA-256
     */
    public static String sha256(RuleInput input) {
        MessageDigest digest = Sha256.newDigest();
        for (RuleSource source : input.base()) {
            digest(digest, fileName(source.name()), source);
        }
        for (RuleInput.LocalFolder folder : input.folders()) {
            digest.update((byte) 1); // a local folder follows: never the first byte of a source name
            for (RuleSource source : folder.sources()) {
                digest(digest, inFolder(folder.name(), source.name()), source);
            }
        }
        return Sha256.hexOf(digest);
    }

    /**
     * The SHA-256 an assessor reports: the rule files' ({@link #sha256(RuleInput)}) and, when a catalogue of
     * criteria is given, every criterion as well (code, group, label, citation, severity, in the order given): the
     * catalogue is inserted as facts and gives the reasons their labels, citations and severities, so an edited
     * catalogue is another rule set. Without criteria it is the rule files' SHA-256.
     *
     * @param sources  {@link #sha256(RuleInput)} of the rule files
     * @param criteria the catalogue given with them
     * @return the lower-case hex SHA-256
     */
    public static String sha256(String sources, List<Criterion> criteria) {
        if (criteria.isEmpty()) {
            return sources;
        }
        MessageDigest digest = Sha256.newDigest();
        digest.update(sources.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 2); // the catalogue follows: never a hex digit
        for (Criterion c : criteria) {
            for (String field : new String[] {c.code(), c.group(), c.label(), c.citation(),
                    c.severity().map(Enum::name).orElse("")}) {
                digest.update(field.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            }
            digest.update((byte) 1);
        }
        return Sha256.hexOf(digest);
    }

    /** @return the last segment of a path or resource name */
    private static String fileName(String name) {
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        return name.substring(slash + 1);
    }

    /** @return the source's path inside its folder, with '/' between segments */
    private static String inFolder(String folder, String name) {
        try {
            Path relative = Path.of(folder).toAbsolutePath().normalize()
                    .relativize(Path.of(name).toAbsolutePath().normalize());
            if (!relative.startsWith("..")) {
                return relative.toString().replace('\\', '/');
            }
        } catch (IllegalArgumentException e) { // InvalidPathException included
            // not a path of this file system (a name given by an embedder): its own last segment
        }
        return fileName(name);
    }

    private static void digest(MessageDigest digest, String name, RuleSource source) {
        digest.update(name.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
        digest.update(source.content());
        digest.update((byte) 0);
    }
}
