package org.chuanmuc.assess.internal.guard;

/**
 * Where a rule file comes from, which decides how much of the rule language it may use.
 */
public enum Scope {
    /**
     * The base criteria (the standard criteria, or an edited copy of them given as a bundle): the whole language
     * the guard allows, including {@code modify}, {@code retract} and inserting the facts other rules read.
     */
    BASE,
    /**
     * A local folder added to the base criteria: its rules may only insert caps, findings, review flags and
     * warnings, so they can lower a rating or add a remark but never undo or raise what the base concluded.
     */
    LOCAL
}
