package org.chuanmuc.assess;

/**
 * Told about every reload of a {@link RuleRepository}: new rules in use, nothing changed, or rules rejected
 * while the last good ones stay in use.
 *
 * <p>Called on the thread that reloaded (the caller of {@link RuleRepository#reload()} or the watch thread),
 * one result at a time, in order. Keep it quick: the next reload waits for it. An exception it throws, checked
 * ones included (a listener in Kotlin, or one that throws sneakily), is logged with the exception and otherwise
 * ignored: the other listeners still hear the result, and the reload stands. An {@link Error} it throws is not
 * swallowed: once every listener has heard, {@link RuleRepository#reload()} throws it to its caller; on the watch
 * thread it is logged at ERROR and watching goes on, unless it is a {@link VirtualMachineError} (out of memory,
 * stack overflow), which ends the watch (see {@link RuleRepository#watch()}).
 */
@FunctionalInterface
public interface ReloadListener {

    /** @param result what the reload did */
    void onReload(ReloadResult result);
}
