package org.chuanmuc.criteria;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.chuanmuc.assess.Diagnostic;
import org.chuanmuc.assess.RuleSource;
import org.chuanmuc.assess.internal.dsl.DslExpander;
import org.chuanmuc.assess.internal.dsl.DslMapping;
import org.drools.drl.parser.lang.dsl.DSLTokenizedMappingFile;
import org.drools.drl.parser.lang.dsl.DefaultExpander;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The standard criteria behave as before the DSL expander was replaced: for every standard DSLR file the new
 * expander (linear-time matching, budgets, nothing printed) writes exactly the DRL Drools' own expander writes.
 */
class StandardDslExpansionTest {

    static List<String> dslrFiles() {
        return StandardCriteria.sourceNames().stream().filter(n -> n.endsWith(".dslr")).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dslrFiles")
    void expand_standardDslr_isByteForByteWhatDroolsWrites(String file) throws Exception {
        ClassLoader loader = StandardDslExpansionTest.class.getClassLoader();
        RuleSource dsl = RuleSource.fromClasspath(StandardCriteria.FOLDER + "chuanmuc.dsl", loader);
        RuleSource dslr = RuleSource.fromClasspath(StandardCriteria.FOLDER + file, loader);
        List<Diagnostic> problems = new ArrayList<>();

        String ours = new DslExpander(List.of(DslMapping.load(dsl, problems).orElseThrow()))
                .expand(dslr.name(), dslr.text(), problems).orElseThrow();

        DSLTokenizedMappingFile mapping = new DSLTokenizedMappingFile();
        assertThat(mapping.parseAndLoad(new StringReader(dsl.text()))).isTrue();
        DefaultExpander drools = new DefaultExpander();
        drools.addDSLMapping(mapping.getMapping());
        String theirs = drools.expand(dslr.text());

        assertThat(problems).isEmpty();
        assertThat(drools.getErrors()).isEmpty();
        assertThat(ours).isEqualTo(theirs);
    }
}
