package org.example.personnel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import org.chuanmuc.assess.RuleSetComparison;
import org.junit.jupiter.api.Test;

/** Runs the application on a small file; the verify script of the integration test reads what it wrote. */
class YearlyRatingTest {
    private static final YearlyRating APPLICATION = new YearlyRating();
    private static final Path DOSSIERS = Path.of("src", "test", "resources", "ho-so.json");

    @Test
    void assess_writesResults() throws Exception {
        Path out = Path.of("target", "ket-qua.json");
        APPLICATION.assess(DOSSIERS, out);
        assertFalse(Files.readString(out).isEmpty());
    }

    @Test
    void compareWithCopy_unchanged_reportsNothing() throws Exception {
        Path folder = Files.createTempDirectory(Path.of("target"), "quy-tac");
        RuleSetComparison.Report report = APPLICATION.compareWithCopy(folder, DOSSIERS);
        assertEquals(2, report.officers());
        assertFalse(report.hasChanges());
    }
}
