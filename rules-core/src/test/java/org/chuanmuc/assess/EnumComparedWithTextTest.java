package org.chuanmuc.assess;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A property whose type is an enum compared with a string ({@code Officer(role == "STAFF")}) compiles, and then the
 * constant is compared with the string, which are never equal: the rule silently never fires (47 staff officers of
 * the 2025 sample, none flagged), or with {@code !=} always fires. The rule set is refused at the string, naming the
 * constant to write.
 */
class EnumComparedWithTextTest {

    /** @return a rule with {@code condition} on line 5, flagging the officer */
    private static String rule(String condition) {
        return """
                package test;
                import org.chuanmuc.model.*;
                rule "A"
                when
                    $o: %s
                then
                    insert(new ReviewFlag($o.id(), "A", "x"));
                end
                """.formatted(condition);
    }


    @Test
    void enumPropertyEqualToAConstantsName_isRefusedNamingTheConstant() {
        String condition = "Officer(role == \"STAFF\")";

        List<Diagnostic> problems = RefusedBuilds.drl(rule(condition));

        assertThat(problems).singleElement().satisfies(d -> {
            assertThat(d.line()).isEqualTo(5);
            assertThat(d.column()).isEqualTo(9 + condition.indexOf('"'));
            assertThat(d.message()).contains("Role").contains("\"STAFF\"").contains("viết Role.STAFF")
                    .contains("STAFF, DEPUTY_HEAD, HEAD");
        });
    }

    @Test
    void stringFirst_notEqual_andAnotherRecord_areRefusedToo() {
        assertThat(RefusedBuilds.drl(rule("Officer(partyMember, \"HEAD\" != role)"))).singleElement()
                .satisfies(d -> assertThat(d.message()).contains("\"HEAD\"").contains("Role.HEAD"));
        assertThat(RefusedBuilds.drl(rule("Officer() Period(regime == \"ND_335_2025\")"))).singleElement()
                .satisfies(d -> assertThat(d.message()).contains("Regime").contains("Regime.ND_335_2025"));
    }

    @Test
    void aStringThatNamesNoConstant_isRefusedListingThem() {
        assertThat(RefusedBuilds.drl(rule("Officer(role == \"Trưởng phòng\")"))).singleElement()
                .satisfies(d -> assertThat(d.message()).contains("\"Trưởng phòng\"").contains("Role.<tên hằng>")
                        .contains("STAFF, DEPUTY_HEAD, HEAD"));
    }

    @Test
    void stopsAt_constants_stringProperties_andMethodCalls() {
        // the constant itself, a String property (id), and a method's result compared with a string are left alone
        Assessor built = Assessor.builder().rules(RuleSource.drl("a.drl", rule(
                "Officer(role == Role.STAFF, id != \"STAFF\", name != \"HEAD\", role.name() != \"X\")"))).build();

        assertThat(built.ruleNames()).contains("A");
    }
}
