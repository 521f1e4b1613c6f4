package org.chuanmuc.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** A rule folder whose rules loop forever on one unit: the rules fail there and nowhere else. */
final class LoopingRule {
    private LoopingRule() {
    }

    /** The rule that loops, as the refusals name it. */
    static final String NAME = "DP-LAP lặp mãi";

    /**
     * @param parent where to create the folder {@code quy-tac}
     * @param unitId the unit the rules fail on
     * @return the folder
     */
    static Path folder(Path parent, String unitId) throws IOException {
        Path rules = Files.createDirectories(parent.resolve("quy-tac"));
        Files.writeString(rules.resolve("vong-lap.drl"), """
                package diaphuong;
                import org.chuanmuc.model.*;
                rule "DP-LAP khởi đầu"
                when
                    Unit(id == "%s")
                    $o: Officer()
                then
                    insert(new Warning($o.id(), "dp-dem", "0"));
                end
                rule "%s"
                when
                    $w: Warning(code == "dp-dem")
                then
                    insert(new Warning($w.officerId(), "dp-dem", $w.message() + "1"));
                end
                """.formatted(unitId, NAME), StandardCharsets.UTF_8);
        return rules;
    }
}
