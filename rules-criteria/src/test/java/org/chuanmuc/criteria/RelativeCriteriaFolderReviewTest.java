package org.chuanmuc.criteria;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.chuanmuc.assess.RuleBundle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Review finding: README's what-if walkthrough runs {@code compare … --criteria quy-tac-2027}, a folder named by one
 * relative segment. StandardCriteria.inSubfolders walks the folder and calls getParent() on the folder itself, which
 * is null for such a path: a NullPointerException, exit code 3 ("a bug") from the CLI.
 */
class RelativeCriteriaFolderReviewTest {
    /** One segment, relative to the working directory (the module folder under Maven). */
    private static final Path FOLDER = Path.of("review-quy-tac-2027");

    @AfterEach
    void removeFolder() throws IOException {
        if (Files.exists(FOLDER)) {
            try (Stream<Path> all = Files.walk(FOLDER)) {
                for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    @Test
    void exportedFolderNamedByOneRelativeSegment_loads() {
        StandardCriteria.writeTo(FOLDER);

        RuleBundle bundle = StandardCriteria.fromFolder(FOLDER);

        assertThat(bundle.sources()).isNotEmpty();
    }
}
