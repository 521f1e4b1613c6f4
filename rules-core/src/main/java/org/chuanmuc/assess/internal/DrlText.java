package org.chuanmuc.assess.internal;

/**
 * A rule source turned into DRL text, ready for the guard and the compiler.
 *
 * @param sourceName the original source's name, for diagnostics
 * @param drl        the DRL text
 * @param local      whether it comes from a local folder (restricted) rather than the base criteria
 */
public record DrlText(String sourceName, String drl, boolean local) {

    /** A text of the base criteria. */
    public DrlText(String sourceName, String drl) {
        this(sourceName, drl, false);
    }
}
