package org.chuanmuc.criteria.law;

/**
 * One broken invariant.
 *
 * @param key   what law point it is, e.g. {@code "(d) 335/2025 điểm b"}: counter-examples are grouped and
 *              shrunk per key
 * @param words what is wrong, in plain words, naming the officers
 */
record Violation(String key, String words) {
}
