package org.chuanmuc.criteria;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.chuanmuc.assess.RuleBundle;
import org.chuanmuc.assess.RuleSource;

/**
 * The published criteria as a rule bundle: the 27 signs of Nghị quyết 04-NQ/TW, the CAND style
 * criteria, “4 biết”, Sáu điều Bác Hồ dạy CAND, discipline, and the rating decision tables of Nghị định
 * 90/2020 (amended by 48/2023, years up to 2025) and Nghị định 335/2025 (years from 2026).
 *
 * <pre>{@code
 * Assessor assessor = Assessor.builder().rules(StandardCriteria.rules()).build();
 * }</pre>
 */
public final class StandardCriteria {
    /** The rule set's name in every assessment's audit trail. */
    public static final String NAME = "chuanmuc-standard";
    /** The rule set's version; raised whenever a rule file or table changes. */
    public static final String VERSION = "2026.12";
    /** Folder of the rule files on the classpath. */
    public static final String FOLDER = "org/chuanmuc/criteria/";
    private static final String INDEX = FOLDER + "sources.txt";

    private StandardCriteria() {
    }

    /**
     * @return the standard rule files with the catalogue
     * @throws IllegalStateException when a bundled file is missing (a packaging error)
     */
    public static RuleBundle rules() {
        ClassLoader loader = StandardCriteria.class.getClassLoader();
        List<RuleSource> sources = sourceNames().stream()
                .map(name -> RuleSource.fromClasspath(FOLDER + name, loader))
                .toList();
        return new RuleBundle(NAME, VERSION, sources, CriteriaCatalogue.standard().all());
    }

    /** @return the file names of the bundled rule sources, in load order (read from {@code sources.txt}) */
    public static List<String> sourceNames() {
        try (InputStream in = StandardCriteria.class.getClassLoader().getResourceAsStream(INDEX)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + INDEX);
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + INDEX, e);
        }
    }
}
