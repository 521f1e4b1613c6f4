package org.chuanmuc.assess;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.chuanmuc.model.Dossier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Attacks on session reuse: a unit assessed in a session that was reset after an earlier unit must come out exactly
 * as in a new session. Reference: a freshly built {@link Assessor} (its runner has no idle session).
 */
@Timeout(value = 300, threadMode = Timeout.ThreadMode.SEPARATE_THREAD) // a hang detector, not a speed limit
class ReusedSessionAttackTest {

    /** Two rules in one activation group: only the one with the higher salience may fire (per session). */
    private static final String ACTIVATION_GROUP = """
            package t;
            import org.chuanmuc.model.*;
            rule "NHOM-A cao"
              activation-group "mot-trong-hai"
              salience 10
            when
              $o: Officer()
            then
              insert(new Warning($o.id(), "NHOM-A", "chỉ một trong hai"));
            end
            rule "NHOM-B thấp"
              activation-group "mot-trong-hai"
              salience 5
            when
              $o: Officer()
            then
              insert(new Warning($o.id(), "NHOM-B", "chỉ một trong hai"));
            end
            """;

    private static Assessor assessor(String drl) {
        return Assessor.builder().rules(RuleSource.drl("tan-cong.drl", drl)).build();
    }

    private static List<String> warningCodes(Assessment a) {
        return a.warnings().stream().map(Flag::code).toList();
    }

    @Test
    void activationGroup_inAReusedSession_staysExclusive() {
        Assessor reused = assessor(ACTIVATION_GROUP);
        Dossier first = SampleDossiers.plain("CB-1");
        Dossier second = SampleDossiers.plain("CB-2");

        Assessment fresh = assessor(ACTIVATION_GROUP).assess(second);
        assertThat(warningCodes(fresh)).as("new session").containsExactly("NHOM-A");

        reused.assess(first); // the session is reset and kept
        Assessment again = reused.assess(second);
        assertThat(again).as("the same officer in a reused session").isEqualTo(fresh);
    }
}
