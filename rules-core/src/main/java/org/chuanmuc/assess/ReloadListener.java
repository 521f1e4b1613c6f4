package org.chuanmuc.assess;

/**
 * Told about every reload of a {@link RuleRepository}: new rules in use, nothing changed, or rules rejected
 * while the last good ones stay in use.
 *
 * <p>Called on the thread that reloaded (the caller of {@link RuleRepository#reload()} or the watch thread),
 * one result at a time, in order. Keep it quick: the next reload waits for it. An exception it throws is
 * logged and otherwise ignored.
 */
@FunctionalInterface
public interface ReloadListener {

    /** @param result what the reload did */
    void onReload(ReloadResult result);
}
