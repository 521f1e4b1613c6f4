package org.chuanmuc.assess.internal;

import java.util.List;
import java.util.Objects;
import org.chuanmuc.assess.Diagnostic;
import org.chuanmuc.assess.RuleSource;

/**
 * The rule sources of one rule set, by where they come from.
 *
 * @param base     the base criteria: bundles and sources given directly; the whole guarded rule language
 * @param folders  local folders, each with its own sources: restricted, and a folder's DSL applies only to it
 * @param problems what reading the folders refused (links leaving a folder, devices, files too large)
 */
public record RuleInput(List<RuleSource> base, List<LocalFolder> folders, List<Diagnostic> problems) {

    /** @throws NullPointerException when a component is null */
    public RuleInput {
        base = List.copyOf(base);
        folders = List.copyOf(folders);
        problems = List.copyOf(problems);
    }

    /**
     * The rule files read from one local folder.
     *
     * @param name    the folder, as given
     * @param sources its rule files, in path order
     */
    public record LocalFolder(String name, List<RuleSource> sources) {

        /** @throws NullPointerException when a component is null */
        public LocalFolder {
            Objects.requireNonNull(name, "name");
            sources = List.copyOf(sources);
        }
    }

    /** @return whether there is no source at all */
    public boolean isEmpty() {
        return base.isEmpty() && folders.stream().allMatch(f -> f.sources().isEmpty());
    }
}
