package org.chuanmuc.assess;

import java.util.List;
import java.util.Objects;

/**
 * What one {@link RuleRepository#reload()} did. Exactly one of three outcomes:
 * {@link Swapped} (new rules in use), {@link Unchanged} (the sources are byte for byte the rules in use) or
 * {@link Rejected} (the sources failed the guard or the compiler; the rules in use stay).
 */
public sealed interface ReloadResult permits ReloadResult.Swapped, ReloadResult.Unchanged, ReloadResult.Rejected {

    /** @return the rule set in use after the reload */
    RuleSetInfo current();

    /** @return true unless the reload was {@link Rejected} */
    default boolean succeeded() {
        return !(this instanceof Rejected);
    }

    /**
     * New rules were compiled and are now in use; assessments already running finish on the old ones.
     *
     * @param previous the rule set that was in use
     * @param current  the rule set now in use
     */
    record Swapped(RuleSetInfo previous, RuleSetInfo current) implements ReloadResult {
        /** @throws NullPointerException when a component is null */
        public Swapped {
            Objects.requireNonNull(previous, "previous");
            Objects.requireNonNull(current, "current");
        }
    }

    /**
     * The sources hash to the rule set in use, so nothing was compiled.
     *
     * @param current the rule set in use
     */
    record Unchanged(RuleSetInfo current) implements ReloadResult {
        /** @throws NullPointerException when a component is null */
        public Unchanged {
            Objects.requireNonNull(current, "current");
        }
    }

    /**
     * The sources were rejected; the last good rule set stays in use.
     *
     * @param current     the rule set still in use
     * @param diagnostics every problem found, in source order; never empty
     */
    record Rejected(RuleSetInfo current, List<Diagnostic> diagnostics) implements ReloadResult {
        /** @throws NullPointerException when a component is null */
        public Rejected {
            Objects.requireNonNull(current, "current");
            diagnostics = List.copyOf(diagnostics);
        }
    }
}
