package org.chuanmuc.assess.internal;

/**
 * A rule source turned into DRL text, ready for the guard and the compiler.
 *
 * @param sourceName the original source's name, for diagnostics
 * @param drl        the DRL text
 * @param local      whether it comes from a local folder (restricted) rather than the base criteria
 * @param edited     the text a person edited when it is not the DRL itself (a DSLR file, whose sentences were
 *                   expanded line for line), or null: diagnostics point at its columns. It is not part of what
 *                   is compiled, so two texts that differ only in it are equal (a guard verdict or saved rule base
 *                   recorded for a text is taken for it whatever it was translated from)
 */
public record DrlText(String sourceName, String drl, boolean local, String edited) {

    /** A text that is its own source. */
    public DrlText(String sourceName, String drl, boolean local) {
        this(sourceName, drl, local, null);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DrlText t && local == t.local && java.util.Objects.equals(sourceName, t.sourceName)
                && java.util.Objects.equals(drl, t.drl);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(sourceName, drl, local);
    }

    /** A text of the base criteria. */
    public DrlText(String sourceName, String drl) {
        this(sourceName, drl, false);
    }
}
