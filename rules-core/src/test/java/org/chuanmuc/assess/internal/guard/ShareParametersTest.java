package org.chuanmuc.assess.internal.guard;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.params.ParameterizedTest;

/** Which parameters the rules use as a share of the tasks, known by use rather than by name. */
class ShareParametersTest {

    @Test
    void parameterGivenToATasksShareMethod_isAShare_inItsOwnRuleOnly() {
        String drl = """
                package p
                import org.chuanmuc.model.*
                rule "a"
                when
                    Parameter(name == "don-vi.toi-thieu", $toiThieu: value)
                    $t: UnitTasks(!tasks.passesAtLeast($toiThieu))
                then
                end
                rule "b"
                when
                    Parameter($tren: value, name == "don-vi.tren")
                    UnitTasks(!tasks.above(TaskMeasure.COMPLETED, $tren))
                    Parameter(name == "khac", $toiThieu: value)
                then
                end
                """;

        assertThat(LiteralUses.shareParameters(drl)).containsExactlyInAnyOrder("don-vi.tren", "don-vi.toi-thieu");
    }

    @Test
    void parameterGivenToAMethodOfTheSameNameOnPoints_isNoShare() {
        // TotalScore.below takes points (70), not a share: the TaskMeasure argument tells Tasks' methods apart
        String drl = """
                package p
                import org.chuanmuc.model.*
                rule "a"
                when
                    Parameter(name == "diem.toi-thieu", $diem: value)
                    TotalScore(below($diem))
                    $t: TotalScore()
                    eval($t.below($diem))
                then
                end
                """;

        assertThat(LiteralUses.shareParameters(drl)).isEmpty();
    }

    @Test
    void parameterNamedInSingleQuotes_isAShareToo() {
        // Drools reads 'x' as the string "x", in the rule's name and in a condition
        String drl = """
                package p
                import org.chuanmuc.model.*
                rule 'DV-a'
                when
                    Parameter(name == 'don-vi.toi-thieu', $toiThieu: value)
                    $t: UnitTasks(!tasks.passesAtLeast($toiThieu))
                then
                end
                rule 'DV-b'
                when
                    Parameter(name == 'khac', $toiThieu: value)
                then
                end
                """;

        assertThat(LiteralUses.shareParameters(drl)).containsExactly("don-vi.toi-thieu");
    }

    @ParameterizedTest
    @ValueSource(strings = {"'a'", "\"b\"", "DV_a"})
    void eachRuleHeader_endsTheRuleBefore_whateverItsName(String firstName) {
        // a one-character name and an unquoted one are rule names too: the second rule's $toiThieu is its own
        String drl = """
                package p
                import org.chuanmuc.model.*
                rule %s
                when
                    Parameter(name == "don-vi.toi-thieu", $toiThieu: value)
                    $t: UnitTasks(!tasks.passesAtLeast($toiThieu))
                then
                end
                rule c
                when
                    Parameter(name == "khac", $toiThieu: value)
                then
                end
                """.formatted(firstName);

        assertThat(LiteralUses.shareParameters(drl)).containsExactly("don-vi.toi-thieu");
    }
}
