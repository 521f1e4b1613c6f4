package org.chuanmuc.assess;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

/** A DSLR file with its own DSL, built alone, for tests of what a refused file reports. */
final class DslrBuilds {
    /** The head a DSLR file named {@code t.dslr} needs, with its sentences in {@code t.dsl}. */
    static final String HEAD = "package t;\nimport org.chuanmuc.model.*;\nexpander t.dsl\n";

    private DslrBuilds() {
    }

    /** @return the diagnostics of the build of {@code t.dslr} with the sentences of {@code t.dsl}, which must fail */
    static List<Diagnostic> refused(String dsl, String dslr) {
        List<RuleSource> sources = List.of(RuleSource.of("t.dslr", RuleSource.Kind.DSLR, dslr),
                RuleSource.of("t.dsl", RuleSource.Kind.DSL, dsl));
        Throwable[] thrown = new Throwable[1];
        assertThatThrownBy(() -> Assessor.builder().rules(sources).build())
                .isInstanceOfSatisfying(RuleCompilationException.class, e -> thrown[0] = e);
        return ((RuleCompilationException) thrown[0]).diagnostics();
    }
}
