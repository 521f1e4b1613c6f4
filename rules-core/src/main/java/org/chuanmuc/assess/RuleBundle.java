package org.chuanmuc.assess;

import java.util.List;
import java.util.Objects;
import org.chuanmuc.model.Criterion;

/**
 * A named, versioned set of rule sources together with the criteria catalogue they refer to, such as
 * the standard criteria of the rules-criteria module.
 *
 * @param name     the rule set's name, reported in every assessment's audit trail
 * @param version  the rule set's version
 * @param sources  the rule files
 * @param criteria the catalogue entries, inserted as facts and used for labels and citations
 */
public record RuleBundle(String name, String version, List<RuleSource> sources, List<Criterion> criteria) {
    /**
     * The version of a rule set loaded from a criteria folder: such a folder is guarded on every load, even when it
     * holds exactly the standard criteria's files.
     */
    public static final String FOLDER_VERSION = "folder";


    /** @throws NullPointerException when a component is null */
    public RuleBundle {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(version, "version");
        sources = List.copyOf(sources);
        criteria = List.copyOf(criteria);
    }
}
