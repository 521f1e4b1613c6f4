package org.chuanmuc.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.chuanmuc.io.DossierJson;
import org.chuanmuc.scenario.ScenarioFile;
import org.chuanmuc.scenario.ScenarioFormatException;
import org.chuanmuc.scenario.ScenarioResult;
import org.chuanmuc.scenario.ScenarioRunner;
import org.chuanmuc.testing.TinyRules;

/**
 * Any bytes as a scenario file load as a scenario, which then runs to a result, or fail with a
 * {@link ScenarioFormatException} listing the problems: never another exception.
 */
class ScenarioFileFuzzTest {
    private static final Path FILE = temporaryFile();
    private static final ScenarioRunner RUNNER = ScenarioRunner.of(TinyRules.assessor(), DossierJson.READER);

    private static Path temporaryFile() {
        try {
            Path file = Files.createTempFile("kich-ban-fuzz", ".json");
            file.toFile().deleteOnExit();
            return file;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @FuzzTest(maxDuration = "3m")
    void load_anyBytes_givesAScenarioOrItsProblems(byte[] input) throws IOException {
        Files.write(FILE, input);
        ScenarioFile scenario;
        try {
            scenario = ScenarioFile.load(FILE, DossierJson.READER);
        } catch (ScenarioFormatException e) {
            assertThat(e.lines()).isNotEmpty();
            return;
        }
        ScenarioResult result = RUNNER.run(scenario);
        assertThat(result.file()).isEqualTo(FILE);
    }
}
