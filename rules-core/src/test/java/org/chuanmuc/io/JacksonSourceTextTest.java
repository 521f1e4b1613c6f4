package org.chuanmuc.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.chuanmuc.scenario.ScenarioFile;
import org.chuanmuc.scenario.ScenarioFormatException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Review 4: a file cut short inside an object was refused with Jackson's own location text, "(start marker at
 * [Source: REDACTED (`StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION` disabled); line: 1, column: 1])": an internal
 * setting named to a policy officer, who has the line and column already.
 */
class JacksonSourceTextTest {
    private static final String CUT = "{\"period\": {\"year\": 2025}, \"units\": [], \"officers\": [{\"id\": \"a\"";

    @Test
    void read_fileCutShortInAnObject_messageHasNoJacksonSourceText() {
        assertThatThrownBy(() -> DossierJson.READER.read(new ByteArrayInputStream(CUT.getBytes(StandardCharsets.UTF_8)),
                "cut.json"))
                .isInstanceOf(DossierFormatException.class)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("Source:").doesNotContain("REDACTED")
                        .doesNotContain("StreamReadFeature").contains("[line: 1, column: 54]"));
    }

    @Test
    void loadScenario_fileCutShortInAnObject_messageHasNoJacksonSourceText(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("cut.json"), "{\"name\": \"x\", \"expect\": {\"rating\": 5}");

        assertThatThrownBy(() -> ScenarioFile.load(file))
                .isInstanceOf(ScenarioFormatException.class)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("Source:").doesNotContain("REDACTED")
                        .doesNotContain("StreamReadFeature").contains("[line: 1, column: 1]"));
    }
}
