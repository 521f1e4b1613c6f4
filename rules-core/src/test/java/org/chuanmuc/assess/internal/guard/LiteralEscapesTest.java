package org.chuanmuc.assess.internal.guard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.chuanmuc.model.Officer;
import org.chuanmuc.model.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kie.api.io.ResourceType;
import org.kie.api.runtime.KieSession;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderConfiguration;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.io.ResourceFactory;

/**
 * {@link LiteralEscapes} against the engine: rules compiled straight into Drools, past the guard, hold exactly the
 * string the decoder gives, in a constraint (MVEL), a Java consequence and an MVEL consequence; and the escapes it
 * leaves alone compile nowhere. Should a Drools upgrade read literals differently, this says so.
 */
class LiteralEscapesTest {
    private static final String HEAD = "package t;\nimport org.chuanmuc.model.*;\nglobal java.util.List seen;\n";
    /** The officer the consequences' rules match. */
    private static final String ANCHOR = "anchor";

    /** Literal contents, as between the quotes, that compile in every place. */
    private static final List<String> EVERYWHERE = List.of("\\\\", "\\\\d", "\\55", "\\055", "\\0", "\\7", "\\377",
            "\\400", "\\1234", "\\b", "\\t", "\\n", "\\f", "\\r", "\\'", "\\\"", "KHONG\\55XEP-LOAI", "\\50a+\\51+b");

    /** Regular expressions, as between the quotes, and the names matched against them. */
    private static final List<String> REGEXES = List.of("\\50a+\\51+b", "\\\\d+", "\\134d+", "NQ4\\55\\\\d{2}", "\\55",
            "a\\tb", "\\0");
    private static final List<String> PROBES = List.of("aab", "ab", "(a+)+b", "50a+51+b", "12", "134d", "\\d+",
            "NQ4-25", "NQ455", "-", "55", "a\tb", "a\\tb", "\0", "0");

    static Stream<Arguments> decode_givesTheStringTheRuleHolds() {
        return Stream.of(
                arguments("\\\\d", "\\d"),
                arguments("\\55", "-"),
                arguments("\\055", "-"),
                arguments("\\0", "\0"),
                arguments("\\377", String.valueOf((char) 0xFF)),
                arguments("\\400", " 0"),
                arguments("\\1234", "S4"),
                arguments("\\b\\t\\n\\f\\r", "\b\t\n\f\r"),
                arguments("\\'\\\"", "'\""),
                arguments("\\s", " "),
                arguments("\\\\55", "\\55"),
                arguments("KHONG\\55XEP-LOAI", "KHONG-XEP-LOAI"),
                arguments("\\50a+\\51+b", "(a+)+b"),
                arguments("\\d\\.", "\\d\\."),
                arguments("a\\", "a\\"));
    }

    @ParameterizedTest
    @MethodSource
    void decode_givesTheStringTheRuleHolds(String content, String value) {
        assertThat(LiteralEscapes.decode(content)).isEqualTo(value);
    }

    @Test
    void decode_agreesWithConstraintsAndBothKindsOfConsequence() {
        StringBuilder drl = new StringBuilder(HEAD);
        Set<String> names = new LinkedHashSet<>(List.of(ANCHOR));
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < EVERYWHERE.size(); i++) {
            String literal = EVERYWHERE.get(i);
            String value = LiteralEscapes.decode(literal);
            names.add(value);
            drl.append(rule("eq-" + i, "", "Officer(name == \"" + literal + "\", $n : name)",
                    "\"eq-" + i + "=\" + $n"));
            drl.append(rule("java-" + i, "", anchor(), "\"java-" + i + "=\" + \"" + literal + "\""));
            drl.append(rule("mvel-" + i, "dialect \"mvel\"", anchor(), "\"mvel-" + i + "=\" + \"" + literal + "\""));
            expected.addAll(List.of("eq-" + i + "=" + value, "java-" + i + "=" + value, "mvel-" + i + "=" + value));
        }
        // the one escape only Java takes
        drl.append(rule("java-s", "", anchor(), "\"java-s=\" + \"a\\sb\""));
        expected.add("java-s=" + LiteralEscapes.decode("a\\sb"));

        assertThat(fire(drl.toString(), names)).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void decode_givesTheRegexTheConstraintMatchesWith() {
        StringBuilder drl = new StringBuilder(HEAD);
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < REGEXES.size(); i++) {
            String literal = REGEXES.get(i);
            drl.append(rule("re-" + i, "", "Officer(name matches \"" + literal + "\", $n : name)",
                    "\"re-" + i + "=\" + $n"));
            Pattern regex = Pattern.compile(LiteralEscapes.decode(literal));
            for (String probe : PROBES) {
                if (regex.matcher(probe).matches()) {
                    expected.add("re-" + i + "=" + probe);
                }
            }
        }
        assertThat(expected).as("the octal spelling of (a+)+b matches like it").contains("re-0=aab");

        assertThat(fire(drl.toString(), PROBES)).containsExactlyInAnyOrderElementsOf(expected);
    }

    static Stream<Arguments> unknownEscape_compilesNowhere() {
        String constraint = HEAD + rule("r", "", "Officer(name == \"LITERAL\")", "\"x\"");
        String java = HEAD + rule("r", "", anchor(), "\"LITERAL\"");
        String mvel = HEAD + rule("r", "dialect \"mvel\"", anchor(), "\"LITERAL\"");
        return Stream.of(
                arguments("\\d", constraint), arguments("\\d", java), arguments("\\d", mvel),
                arguments("\\.", constraint), arguments("\\.", java), arguments("\\.", mvel),
                // a space to Java, refused by MVEL
                arguments("\\s", constraint), arguments("\\s", mvel));
    }

    @ParameterizedTest
    @MethodSource
    void unknownEscape_compilesNowhere(String literal, String drl) {
        assertThat(errors(drl.replace("LITERAL", literal)))
                .isNotEmpty()
                .allSatisfy(m -> assertThat(m.toLowerCase()).contains("escape sequence"));
    }

    private static String anchor() {
        return "Officer(name == \"" + ANCHOR + "\")";
    }

    private static String rule(String name, String attributes, String when, String seen) {
        return "rule \"" + name + "\" " + attributes + "\nwhen\n  " + when + "\nthen\n  seen.add(" + seen + ");\nend\n";
    }

    /** Built as the rule compiler builds, with the guard's language level. */
    private static KnowledgeBuilder build(String drl) {
        KnowledgeBuilderConfiguration conf = KnowledgeBuilderFactory.newKnowledgeBuilderConfiguration();
        conf.setOption(RuleGuard.LANGUAGE_LEVEL);
        KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder(conf);
        builder.add(ResourceFactory.newByteArrayResource(drl.getBytes(StandardCharsets.UTF_8)), ResourceType.DRL);
        return builder;
    }

    private static List<String> errors(String drl) {
        return build(drl).getErrors().stream().map(e -> e.getMessage()).toList();
    }

    /** @return what the rules added to {@code seen}, with one officer of each name in the session */
    private static List<Object> fire(String drl, Iterable<String> names) {
        KnowledgeBuilder builder = build(drl);
        assertThat(builder.getErrors()).isEmpty();
        List<Object> seen = new ArrayList<>();
        KieSession session = builder.newKieBase().newKieSession();
        try {
            session.setGlobal("seen", seen);
            int id = 0;
            for (String name : names) {
                session.insert(Officer.builder("CB-" + id++, "DV-1", Role.STAFF).name(name).build());
            }
            session.fireAllRules();
        } finally {
            session.dispose();
        }
        return seen;
    }
}
