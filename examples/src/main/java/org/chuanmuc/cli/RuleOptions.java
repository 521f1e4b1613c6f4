package org.chuanmuc.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.chuanmuc.assess.Assessor;
import org.chuanmuc.criteria.StandardCriteria;
import picocli.CommandLine.Option;

/** The {@code --rules DIR} option shared by the commands that assess. */
final class RuleOptions {
    @Option(names = "--rules", paramLabel = "DIR",
            description = "Thư mục quy tắc bổ sung (extra rule folder: .drl .dsl .dslr .xlsx); có thể lặp lại.")
    List<Path> folders = new ArrayList<>();

    /** @return the standard criteria plus every extra folder, guarded and compiled */
    Assessor build() {
        return build(folders);
    }

    static Assessor build(List<Path> folders) {
        Assessor.Builder builder = Assessor.builder().rules(StandardCriteria.rules());
        for (Path folder : folders) {
            if (!Files.isDirectory(folder)) {
                throw new IllegalArgumentException("không phải thư mục (not a folder): " + folder);
            }
            builder.rules(folder);
        }
        return builder.build();
    }
}
