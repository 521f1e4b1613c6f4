package org.chuanmuc.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.chuanmuc.assess.Assessor;
import org.chuanmuc.assess.RuleBundle;
import org.chuanmuc.criteria.CriteriaCatalogue;
import org.chuanmuc.criteria.StandardCriteria;
import picocli.CommandLine.Option;

/**
 * The rule options shared by the commands that assess: {@code --criteria DIR} replaces the standard
 * criteria with an edited folder (written by {@code export-criteria}), {@code --rules DIR} adds local rule
 * folders to whichever criteria are in use.
 */
final class RuleOptions {
    @Option(names = "--rules", paramLabel = "DIR",
            description = "Thư mục quy tắc bổ sung (extra rule folder: .drl .dsl .dslr .xlsx); có thể lặp lại.")
    List<Path> folders = new ArrayList<>();

    @Option(names = "--criteria", paramLabel = "DIR",
            description = "Dùng bộ tiêu chí trong thư mục này thay cho bộ tiêu chí chuẩn (use this edited criteria"
                    + " folder, written by export-criteria, instead of the standard criteria).")
    Path criteria;

    /** @return the criteria in use: the {@code --criteria} folder, or the standard criteria */
    RuleBundle criteria() {
        return bundle(criteria);
    }

    /** @return the catalogue of the criteria in use */
    CriteriaCatalogue catalogue() {
        return catalogue(criteria);
    }

    /** @return the criteria in use plus every {@code --rules} folder, guarded and compiled */
    Assessor build() {
        return build(criteria(), folders);
    }

    /** @return the standard criteria, or the criteria folder when one is given */
    static RuleBundle bundle(Path criteriaFolder) {
        return criteriaFolder == null ? StandardCriteria.rules() : StandardCriteria.fromFolder(criteriaFolder);
    }

    /** @return the standard catalogue, or the criteria folder's */
    static CriteriaCatalogue catalogue(Path criteriaFolder) {
        return criteriaFolder == null ? CriteriaCatalogue.standard()
                : CriteriaCatalogue.read(criteriaFolder.resolve(CriteriaCatalogue.FILE_NAME));
    }

    /**
     * @return the criteria plus the local folders, guarded and compiled; with local folders the rule set is named
     *         after the criteria and each folder ({@code chuanmuc-standard + quy-tac-dia-phuong}), so that every
     *         header and audit trail shows that local rules took part, not the published criteria's name alone
     */
    static Assessor build(RuleBundle criteria, List<Path> folders) {
        Assessor.Builder builder = Assessor.builder().rules(criteria);
        StringBuilder name = new StringBuilder(criteria.name());
        for (Path folder : folders) {
            if (!Files.isDirectory(folder)) {
                throw new IllegalArgumentException("không phải thư mục (not a folder): " + folder);
            }
            builder.rules(folder);
            Path last = folder.toAbsolutePath().normalize().getFileName();
            name.append(" + ").append(last == null ? folder.toString() : last.toString());
        }
        if (!folders.isEmpty()) {
            builder.name(name.toString());
        }
        return builder.build();
    }
}
