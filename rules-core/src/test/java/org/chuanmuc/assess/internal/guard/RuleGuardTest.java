package org.chuanmuc.assess.internal.guard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.chuanmuc.assess.Diagnostic;
import org.chuanmuc.assess.internal.guard.GuardMessages.Hazard;
import org.junit.jupiter.api.Test;

class RuleGuardTest {
    private static final String NAME = "r.drl";

    /** A rule whose condition is on line 5 and whose consequence starts on line 7, column 3. */
    private static String rule(String when, String then) {
        return "package t;\n"
                + "import org.chuanmuc.model.*;\n"
                + "rule \"r\"\n"
                + "when\n"
                + "  " + when + "\n"
                + "then\n"
                + "  " + then + "\n"
                + "end\n";
    }

    private static List<Diagnostic> check(String drl) {
        return RuleGuard.check(NAME, drl);
    }

    private static Diagnostic at(int line, int column, String message) {
        return new Diagnostic(NAME, line, column, message);
    }

    @Test
    void check_plainRule_findsNothing() {
        assertThat(check(rule("$o: Officer(tasks.assigned > 0)",
                "insert(new Warning($o.id(), \"W\", \"có \" + $o.tasks().assigned()));"))).isEmpty();
    }

    @Test
    void check_systemExitInConsequence_pointsAtSystemOnce() {
        assertThat(check(rule("$p: Period()", "System.exit(0);")))
                .containsExactly(at(7, 3, GuardMessages.forbiddenName("System", Hazard.SYSTEM)));
    }

    @Test
    void check_forbiddenNamesInStringsAndComments_areText() {
        assertThat(check(rule("$p: Period() // System.exit(0)",
                "/* Runtime.getRuntime() */ insert(new Warning(\"x\", \"y\", \"System.exit(0); Class.forName\"));")))
                .isEmpty();
    }

    @Test
    void check_secondLineOfConsequence_isPlacedOnItsLine() {
        assertThat(check(rule("$p: Period()", "insert(new Parameter(\"a\", 1));\n    Thread.sleep(1);")))
                .containsExactly(at(8, 5, GuardMessages.forbiddenName("Thread", Hazard.THREAD)));
    }

    @Test
    void check_forbiddenCallInConstraint_pointsIntoThePattern() {
        assertThat(check(rule("$o: Officer(name == System.getenv(\"X\"))", "insert(new Parameter(\"a\", 1));")))
                .containsExactly(at(5, 23, GuardMessages.forbiddenName("System", Hazard.SYSTEM)));
    }

    @Test
    void check_unicodeEscapeInsideString_isRejected() {
        // in Java source \u0022 is a quote: it would close the string and start code
        assertThat(check(rule("$p: Period()", "insert(new Warning(\"x\", \"y\", \"\\u0022\"));")))
                .contains(at(7, 33, GuardMessages.unicodeEscape()));
    }

    @Test
    void check_allowedStaticHelpersAndQualifiedValueType_pass() {
        assertThat(check(rule("$o: Officer()",
                "insert(new Parameter(\"p\", Math.max(1, java.util.List.of(1, 2).size()) + Integer.MAX_VALUE));")))
                .isEmpty();
    }

    @Test
    void check_staticMethodOfAllowedTypeOffTheList_isRejected() {
        // Integer.getInteger reads a system property
        assertThat(check(rule("$p: Period()", "insert(new Parameter(\"p\", Integer.getInteger(\"x\")));")))
                .containsExactly(at(7, 37, GuardMessages.staticMethodNotAllowed("Integer", "getInteger")));
    }

    @Test
    void check_clockAndRandom_areRejectedAsNondeterministic() {
        assertThat(check(rule("$p: Period(year == java.time.LocalDate.now().getYear())",
                "insert(new Parameter(\"p\", Math.random()));")))
                .containsExactly(at(5, 42, GuardMessages.forbiddenName("now", Hazard.NONDETERMINISM)),
                        at(7, 34, GuardMessages.forbiddenName("random", Hazard.NONDETERMINISM)));
    }

    @Test
    void check_mutableModelBuilder_isNotOnTheList() {
        assertThat(check(rule("$p: Period()", "insert(Officer.builder(\"x\", \"u\", Role.STAFF).build());")))
                .containsExactly(at(7, 18, GuardMessages.staticMethodNotAllowed("Officer", "builder")),
                        at(7, 48, GuardMessages.methodNotAllowed("build")));
    }

    @Test
    void check_newOfEnumAndAnonymousSubclass_areRejected() {
        assertThat(check(rule("$p: Period()", "insert(new Role()); insert(new Warning(\"a\", \"b\", \"c\") { });")))
                .containsExactly(at(7, 14, GuardMessages.newNotAllowed("Role")),
                        at(7, 57, GuardMessages.anonymousClass()));
    }

    @Test
    void check_thisInConsequence_isRejected() {
        assertThat(check(rule("$p: Period()", "insert(this);")))
                .containsExactly(at(7, 10, GuardMessages.notAllowed("this")));
    }

    @Test
    void check_bindingWithoutDollar_isRejected() {
        assertThat(check(rule("o: Officer(n : name)", "insert(new Parameter(\"a\", 1));")))
                .containsExactly(at(5, 3, GuardMessages.bindingName("o")), at(5, 14, GuardMessages.bindingName("n")));
    }

    @Test
    void check_ternaryInConstraint_isNotABinding() {
        assertThat(check(rule("$o: Officer(tasks.assigned > (partyMember ? 1 : 2))", "insert(new Parameter(\"a\", 1));")))
                .isEmpty();
    }

    @Test
    void checkCode_semicolonOrBlockInCondition_isRejected() {
        // MVEL would run both statements of "a; b"; the DRL parser rejects it today, the guard does not rely on that
        assertThat(CodeCheck.check("$o == null; true", CodeCheck.Context.EXPRESSION, Scope.BASE))
                .containsExactly(new Problem(10, GuardMessages.notInCondition(";")));
        assertThat(CodeCheck.check("{ 1 }", CodeCheck.Context.CONSTRAINT, Scope.BASE))
                .containsExactly(new Problem(0, GuardMessages.notInCondition("{")));
    }

    @Test
    void check_nonLiteralRegexAndFormat_areRejected() {
        assertThat(check(rule("$o: Officer(name matches $o.unitId)",
                "insert(new Warning(\"a\", \"b\", String.format($o.name(), 1)));")))
                .containsExactly(at(5, 20, GuardMessages.regexNotLiteral()),
                        at(7, 39, GuardMessages.formatNotSafe(CodeCheck.MAX_FORMAT_WIDTH)));
    }

    @Test
    void check_regexWrittenWithOctalEscapes_isRefusedLikeItsPlainSpelling() {
        // "\50a+\51+b" is (a+)+b to the engine, in a constraint as in Java: \50 is '(' and \51 is ')'
        String refused = GuardMessages.riskyRegex("(a+)+b", GuardLimits.MAX_REGEX_CHARS);
        for (String constraint : new String[] {"name matches \"\\50a+\\51+b\"", "name not matches \"\\050a+\\051+b\"",
            "name matches '\\50a+\\51+b'", "name matches \"(a+)+b\""}) {
            assertThat(check(rule("$o: Officer(" + constraint + ")", "insert(new Parameter(\"a\", 1));")))
                    .as(constraint).extracting(Diagnostic::message).containsExactly(refused);
        }
    }

    @Test
    void check_escapeNoCompilerReads_isRefusedWithItsPositionAndHowToWriteIt() {
        // "\d+" is what an author writes for a regex's digits; MVEL and javac both refuse \d in a string, with an
        // English message and no line. "\s" is a space to javac and an error to MVEL: never what a regex meant.
        assertThat(check(rule("$o: Officer(name matches \"NQ4-\\d+\")", "insert(new Parameter(\"a\", 1));")))
                .containsExactly(at(5, 33, GuardMessages.unreadableEscape("\\d")));
        assertThat(check(rule("$o: Officer()", "insert(new Warning($o.id(), \"W\", \"a\\sb\"));")))
                .containsExactly(at(7, 38, GuardMessages.unreadableEscape("\\s")));
        assertThat(check(rule("$o: Officer(name matches '\\w+')", "insert(new Parameter(\"a\", 1));")))
                .containsExactly(at(5, 29, GuardMessages.unreadableEscape("\\w")));
    }

    @Test
    void check_escapesEveryCompilerReads_pass() {
        // a doubled backslash, octal, \t \n \" \' and a backslash that ends as the second of a pair
        for (String literal : new String[] {"NQ4-\\\\d+", "a\\tb\\nc\\\"d\\'e", "\\55\\0\\377", "x\\\\"}) {
            assertThat(check(rule("$o: Officer(name != \"" + literal + "\")", "insert(new Parameter(\"a\", 1));")))
                    .as(literal).isEmpty();
        }
    }

    @Test
    void check_safeRegexWithEscapedBackslashOrOctalHyphen_passes() {
        // "\\d" and "\134d" are both \d to the engine; "\55" is '-'
        for (String regex : new String[] {"NQ4-\\\\d+", "NQ4\\55\\134d{2}", "^(NQ4|QD)\\55[0-9]+$"}) {
            assertThat(check(rule("$o: Officer(name matches \"" + regex + "\")", "insert(new Parameter(\"a\", 1));")))
                    .as(regex).isEmpty();
        }
    }

    @Test
    void check_formatWrittenWithOctalEscapes_isJudgedAsItRuns() {
        // "\45999d" is "%999d" to the compiler, "\0451$s" is "%1$s": a width over the limit, an argument used twice
        for (String format : new String[] {"\\45999d", "\\0451$s\\0451$s"}) {
            assertThat(check(rule("$o: Officer()",
                    "insert(new Warning($o.id(), \"W\", String.format(\"" + format + "\", $o.name())));")))
                    .as(format).containsExactly(at(7, 43, GuardMessages.formatNotSafe(CodeCheck.MAX_FORMAT_WIDTH)));
        }
        assertThat(check(rule("$o: Officer()", "insert(new Warning($o.id(), \"W\", String.format(\"\\45s\\45\\45\", "
                + "$o.name())));"))).isEmpty();
    }

    @Test
    void examine_localFlagWithTheReservedCodeInEscapes_isRefused_andAnEscapedBackslashIsAnotherCode() {
        String refused = GuardMessages.localReservedFlag(org.chuanmuc.assess.Flag.NOT_RATED);
        for (String code : new String[] {"KHONG-XEP-LOAI", "KHONG\\55XEP\\055LOAI", "\\113HONG-XEP-LOAI"}) {
            assertThat(RuleGuard.examine(NAME, rule("$o: Officer()",
                    "insert(new ReviewFlag($o.id(), \"" + code + "\", \"m\"));"), Scope.LOCAL).diagnostics())
                    .as(code).extracting(Diagnostic::message).containsExactly(refused);
        }
        // "KHONG\\55XEP-LOAI" holds a backslash, then 55: not the reserved code
        assertThat(RuleGuard.examine(NAME, rule("$o: Officer()",
                "insert(new ReviewFlag($o.id(), \"KHONG\\\\55XEP-LOAI\", \"m\"));"), Scope.LOCAL).diagnostics())
                .isEmpty();
    }

    @Test
    void check_unknownDialect_isRejected() {
        String drl = rule("$p: Period()", "insert(new Parameter(\"a\", 1));")
                .replace("rule \"r\"\n", "rule \"r\" dialect \"groovy\"\n");
        assertThat(check(drl)).contains(
                at(3, 18, GuardMessages.attributeValue("dialect", "\"java\" hoặc \"mvel\"", "\"java\" or \"mvel\"")));
    }

    @Test
    void check_syntaxError_isReportedWithItsPosition() {
        assertThat(check(rule("$p: Period(", "insert(new Parameter(\"a\", 1));")))
                .anySatisfy(d -> {
                    assertThat(d.line()).isPositive();
                    assertThat(d.message()).startsWith("lỗi cú pháp (syntax error): ");
                });
    }

    @Test
    void check_bracketsNestedTooDeep_isRejectedBeforeParsing() {
        String deep = "(".repeat(JavaLexer.MAX_DEPTH + 1) + "1" + ")".repeat(JavaLexer.MAX_DEPTH + 1);
        assertThat(check(rule("eval(" + deep + " > 0)", "insert(new Parameter(\"a\", 1));")))
                .contains(at(5, 3 + 5 + JavaLexer.MAX_DEPTH - 1, GuardMessages.nestedTooDeep(JavaLexer.MAX_DEPTH)));
    }

    @Test
    void check_unterminatedStringAndTextBlock_areRejected() {
        assertThat(check(rule("$p: Period()", "insert(new Warning(\"a\", \"b\", \"\"\"\n  x\n  \"\"\"));")))
                .contains(at(7, 32, GuardMessages.textBlock()));
        assertThat(check("package t;\nrule \"r\" when then insert(\"x); end\n"))
                .contains(at(2, 27, GuardMessages.unterminatedString()));
    }

    @Test
    void check_namesHiddenInAnUnvisitedRegion_areCaughtByTheNet() {
        // a named consequence is rejected as a construct; the net still names what is inside it
        String drl = "package t;\nimport org.chuanmuc.model.*;\nrule \"r\"\nwhen\n  $p: Period()\n"
                + "then\n  insert(new Parameter(\"a\", 1));\nthen[x]\n  ProcessBuilder.class.getName();\nend\n";
        assertThat(check(drl)).contains(at(8, 1, GuardMessages.namedConsequence()),
                at(9, 3, GuardMessages.forbiddenName("ProcessBuilder", Hazard.PROCESS)),
                at(9, 18, GuardMessages.forbiddenKeyword("class", Hazard.REFLECTION)));
    }

    @Test
    void check_singleQuotedStringThatDroolsRewritesIntoCode_isCheckedAsCode() {
        // to Java this is one string; the DRL lexer turns 'a" + X + "b' into "a" + X + "b"
        assertThat(check(rule("$p: Period()", "insert(new Warning(\"x\", \"y\", 'a\" + System.getenv(\"H\") + \"b'));")))
                .containsExactly(at(7, 38, GuardMessages.forbiddenName("System", Hazard.SYSTEM)));
    }

    @Test
    void asDrlLexerSees_rewritesOnlyTheDelimitersOfSingleQuotedLiterals() {
        assertThat(JavaLexer.asDrlLexerSees("f('a\" + x + \"b', 'c', \"d'e\")"))
                .isEqualTo("f(\"a\" + x + \"b\", 'c', \"d'e\")");
    }

    @Test
    void check_queryWithParameter_passes() {
        assertThat(check("package t;\nimport org.chuanmuc.model.*;\n"
                + "query \"caps\" (String $id)\n  $c: RatingCap(officerId == $id)\nend\n")).isEmpty();
    }

    @Test
    void check_queryCalledFromARule_isRejected() {
        // a query may call itself, directly or through another file of its package: the engine would recurse
        // while matching, where no limit reaches; queries stay declarable (an embedding application may run them)
        String query = "query \"caps\" (String $id)\n  $c: RatingCap(officerId == $id)\nend\n";
        assertThat(check(rule("$o: Officer()\n  ?caps($o.id;)", "insert(new Parameter(\"a\", 1));") + query))
                .containsExactly(at(6, 3, GuardMessages.queryCall()));
    }

    @Test
    void check_oopathPattern_isRejectedWithoutCrashing() {
        assertThat(check(rule("$s: /officers/signs[verified]", "insert(new Parameter(\"a\", 1));")))
                .contains(at(5, 3, GuardMessages.patternType("")), at(5, 22, GuardMessages.bracket()));
    }

    @Test
    void check_tooLargeText_isRejectedWithoutParsing() {
        assertThat(check(" ".repeat(RuleGuard.MAX_CHARS + 1)))
                .containsExactly(at(1, 1, GuardMessages.tooLarge(RuleGuard.MAX_CHARS + 1, RuleGuard.MAX_CHARS)));
    }
}
