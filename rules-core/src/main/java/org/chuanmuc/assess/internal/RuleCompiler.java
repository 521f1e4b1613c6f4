package org.chuanmuc.assess.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import org.chuanmuc.assess.Diagnostic;
import org.chuanmuc.assess.RuleCompilationException;
import org.chuanmuc.assess.RuleSetInfo;
import org.chuanmuc.assess.RuleSource;
import org.chuanmuc.assess.internal.guard.RuleGuard;
import org.kie.api.KieBase;
import org.kie.api.builder.Message;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderConfiguration;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.builder.KnowledgeBuilderResult;
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
     * @param sources the rule sources, in the order given by the user
     * @param name    the rule set's name
     * @param version the rule set's version
     * @return the compiled rules
     * @throws RuleCompilationException with every problem, when any source fails translation, the guard or
     *                                  the compiler
     */
    public static CompiledRules compile(List<RuleSource> sources, String name, String version) {
        List<Diagnostic> problems = new ArrayList<>();
        List<DrlText> drl = SourceTranslator.translate(sources, problems);
        for (DrlText text : drl) {
            if (text.drl().isBlank()) {
                // it would compile to nothing: an editor's save caught between truncating and writing, which a
                // hot reload must not put in use as "no rules" (found by the reload soak test)
                problems.add(new Diagnostic(text.sourceName(), 0, 0,
                        "tệp quy tắc rỗng, có thể đang được ghi dở (empty rule file, perhaps still being written)"));
            }
            problems.addAll(RuleGuard.check(text.sourceName(), text.drl()));
        }
        if (!problems.isEmpty()) {
            // never hand rejected text to the compiler: a guard rejection means it must not run at all
            throw new RuleCompilationException(sorted(DiagnosticPositions.polish(problems, drl)));
        }
        KnowledgeBuilderConfiguration conf = KnowledgeBuilderFactory.newKnowledgeBuilderConfiguration();
        conf.setOption(RuleGuard.LANGUAGE_LEVEL); // parse exactly as the guard did
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
        for (KnowledgeBuilderResult result : builder.getResults(ResultSeverity.ERROR)) {
            Message message = result.asMessage(id++);
            String source = result.getResource() != null && result.getResource().getSourcePath() != null
                    ? result.getResource().getSourcePath() : message.getPath();
            problems.add(new Diagnostic(source == null ? "?" : source, Math.max(0, message.getLine()),
                    Math.max(0, message.getColumn()), message.getText().strip()));
        }
        if (!problems.isEmpty()) {
            throw new RuleCompilationException(sorted(DiagnosticPositions.polish(problems, drl)));
        }
        KieBase kieBase = builder.newKieBase();
        List<String> ruleNames = kieBase.getKiePackages().stream()
                .map(KiePackage::getRules).flatMap(java.util.Collection::stream)
                .map(Rule::getName).sorted().toList();
        RuleSetInfo info = new RuleSetInfo(name, version, sha256(sources));
        LOG.debug("compiled rule set {} {} ({} rules, sha256 {})", name, version, ruleNames.size(), info.sha256());
        return new CompiledRules(kieBase, info, List.copyOf(drl), ruleNames);
    }

    private static List<Diagnostic> sorted(List<Diagnostic> problems) {
        return problems.stream().sorted(Comparator.comparing(Diagnostic::source)
                .thenComparingInt(Diagnostic::line).thenComparingInt(Diagnostic::column)).toList();
    }

    /**
     * Hash over every source's name and bytes, in the given order, with separators: the {@code sha256} of
     * {@link RuleSetInfo}. Public so that a reload can tell unchanged sources without compiling them.
     *
     * @param sources the rule sources, in compile order
     * @return the lower-case hex SHA-256
     */
    public static String sha256(List<RuleSource> sources) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (RuleSource source : sources) {
                digest.update(source.name().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(source.content());
                digest.update((byte) 0);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
