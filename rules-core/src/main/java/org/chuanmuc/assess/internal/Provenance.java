package org.chuanmuc.assess.internal;

import java.util.List;

/**
 * Which rule inserted a result fact, and the facts its match held.
 *
 * @param rule    the rule name
 * @param matched short descriptions of the matched facts
 * @param local   whether the rule came from a local folder
 */
record Provenance(String rule, List<String> matched, boolean local) {
}
