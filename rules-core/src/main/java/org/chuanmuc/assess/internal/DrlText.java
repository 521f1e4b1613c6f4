package org.chuanmuc.assess.internal;

/**
 * A rule source turned into DRL text, ready for the guard and the compiler.
 *
 * @param sourceName the original source's name, for diagnostics
 * @param drl        the DRL text
 */
public record DrlText(String sourceName, String drl) {
}
