package org.chuanmuc.assess;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

/** A rule file built alone, for tests of what a refused file reports. */
final class RefusedBuilds {
    /** The head a DSLR file named {@code t.dslr} needs, with its sentences in {@code t.dsl}. */
    static final String HEAD = "package t;\nimport org.chuanmuc.model.*;\nexpander t.dsl\n";

    private RefusedBuilds() {
    }

    /** @return the diagnostics of the build of {@code t.dslr} with the sentences of {@code t.dsl}, which must fail */
    static List<Diagnostic> dslr(String dsl, String dslr) {
        return refused(List.of(RuleSource.of("t.dslr", RuleSource.Kind.DSLR, dslr),
                RuleSource.of("t.dsl", RuleSource.Kind.DSL, dsl)));
    }

    /** @return the diagnostics of the build of {@code a.drl}, which must fail */
    static List<Diagnostic> drl(String drl) {
        return refused(List.of(RuleSource.drl("a.drl", drl)));
    }

    private static List<Diagnostic> refused(List<RuleSource> sources) {
        Throwable[] thrown = new Throwable[1];
        assertThatThrownBy(() -> Assessor.builder().rules(sources).build())
                .isInstanceOfSatisfying(RuleCompilationException.class, e -> thrown[0] = e);
        return ((RuleCompilationException) thrown[0]).diagnostics();
    }
}
