package org.chuanmuc.assess.internal;

/**
 * A rule source turned into DRL text, ready for the guard and the compiler.
 *
 * @param sourceName the original source's name, for diagnostics
 * @param drl        the DRL text
 * @param local      whether it comes from a local folder (restricted) rather than the base criteria
 * @param edited     the text a person edited when it is not the DRL itself (a DSLR file, whose sentences were
 *                   expanded line for line), or null: diagnostics point at its columns
 */
public record DrlText(String sourceName, String drl, boolean local, String edited) {

    /** A text that is its own source. */
    public DrlText(String sourceName, String drl, boolean local) {
        this(sourceName, drl, local, null);
    }

    /** A text of the base criteria. */
    public DrlText(String sourceName, String drl) {
        this(sourceName, drl, false);
    }
}
