package org.chuanmuc.assess;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.chuanmuc.assess.internal.RuleInput;
import org.chuanmuc.assess.internal.watch.FolderWatcher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rules kept in a folder that policy staff edit, compiled into the {@link Assessor} in use and recompiled when
 * they change. A change is put in use only when every rule file passes the rule guard and the compiler; until
 * then the last good rule set keeps serving.
 *
 * <pre>{@code
 * try (RuleRepository repo = RuleRepository.builder(Path.of("/etc/chuanmuc/rules"))
 *         .base(StandardCriteria.rules())
 *         .configure(b -> b.maxFiringsPerOfficer(5_000))
 *         .listener(r -> { if (!r.succeeded()) alertStaff(r); })
 *         .build()
 *         .watch()) {
 *     Assessment a = repo.current().assess(dossier);
 * }
 * }</pre>
 *
 * <p>Thread-safe. {@link #current()} never blocks; reloads run one at a time. An assessment holds the
 * {@link Assessor} it started on, so it finishes on those rules even if a reload swaps them meanwhile; each
 * {@link Assessment#ruleSet()} says which rules produced it (its {@code sha256} changes whenever a source's
 * name or content does).
 *
 * <p>Editors that save by truncating and rewriting a file can expose a half-written file for an instant; the
 * watch waits for changes to settle (the debounce) before reloading, and tools that write rule files should write
 * elsewhere and move the file into place. A deployment may also replace the whole folder (write the new version
 * beside it and move it into place, or re-point a link, as a Kubernetes ConfigMap volume does): the watch follows
 * the folder's path and reloads the new version (see {@link #watch()}).
 */
public final class RuleRepository implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(RuleRepository.class);

    private final Path folder;
    private final List<Consumer<Assessor.Builder>> configuration;
    private final Duration debounce;
    private final List<ReloadListener> listeners = new CopyOnWriteArrayList<>();
    private final AtomicReference<Assessor> current = new AtomicReference<>();
    private final Object reloadLock = new Object();
    private FolderWatcher watcher; // guarded by reloadLock
    private boolean closed; // guarded by reloadLock

    private RuleRepository(Builder b) {
        this.folder = b.folder;
        this.configuration = List.copyOf(b.configuration);
        this.debounce = b.debounce;
        this.listeners.addAll(b.listeners);
    }

    /**
     * @param folder the folder whose rule files ({@code .drl .dsl .dslr .xlsx}, in subfolders too) are loaded
     * @return a builder
     */
    public static Builder builder(Path folder) {
        return new Builder(folder);
    }

    /** @return the assessor for the rules in use: the last rule set that passed the guard and compiled */
    public Assessor current() {
        return current.get();
    }

    /** @return the folder this repository loads */
    public Path folder() {
        return folder;
    }

    /**
     * Reads the folder again and, when its rules changed and pass the guard and the compiler, puts them in use.
     * Never throws for bad rules or an unreadable or missing folder: they are reported in the result, to the
     * listeners and to the log, and the rules in use stay. Listeners run before it returns and must not call it.
     * An exception a listener throws, checked or not, is logged and the other listeners still hear the result;
     * an {@link Error} a listener throws is thrown from here once every listener has heard (the result stands:
     * new rules are already in use). When listeners threw several, the one thrown is the first
     * {@link VirtualMachineError} (out of memory, stack overflow), or else the first one, with the others suppressed
     * in it, so that the JVM's own trouble is never hidden behind a listener's failed assertion.
     *
     * @return what happened
     */
    public ReloadResult reload() {
        synchronized (reloadLock) {
            Assessor old = current.get();
            ReloadResult result;
            try {
                Assessor.Builder next = assessorBuilder();
                RuleInput input = next.input();
                // refused files leave the sources as they were: only a clean folder can be "unchanged"
                if (input.problems().isEmpty() && next.ruleSetSha256().equals(old.ruleSet().sha256())) {
                    result = new ReloadResult.Unchanged(old.ruleSet());
                } else {
                    Assessor fresh = next.build();
                    current.set(fresh);
                    result = new ReloadResult.Swapped(old.ruleSet(), fresh.ruleSet());
                    LOG.info("rules of {} reloaded: {} {} sha256 {} (was {})", folder, fresh.ruleSet().name(),
                            fresh.ruleSet().version(), fresh.ruleSet().sha256(), old.ruleSet().sha256());
                }
            } catch (RuleCompilationException e) {
                result = new ReloadResult.Rejected(old.ruleSet(), e.diagnostics());
            } catch (Exception e) { // NOPMD: checked ones too, e.g. thrown sneakily by a configure step
                // an unreadable folder, no rule file left, or the engine failing: the rules in use must stay
                LOG.debug("reloading {} failed", folder, e);
                String message = e instanceof UncheckedIOException || e instanceof IllegalArgumentException
                        || e instanceof IllegalStateException ? String.valueOf(e.getMessage()) : e.toString();
                result = new ReloadResult.Rejected(old.ruleSet(),
                        List.of(new Diagnostic(folder.toString(), 0, 0, message)));
            }
            if (result instanceof ReloadResult.Rejected rejected) {
                LOG.warn("rules of {} rejected, keeping sha256 {}:\n{}", folder, old.ruleSet().sha256(),
                        rejected.diagnostics().stream().map(Diagnostic::toString)
                                .reduce((a, b) -> a + "\n" + b).orElse(""));
            }
            notifyListeners(result);
            return result;
        }
    }

    /**
     * Starts watching the folder on a daemon thread: changes to rule files trigger {@link #reload()} once they
     * have settled (the builder's debounce, 200 ms by default). Calling it again does nothing while the folder is
     * watched, and starts a new watch thread when the last one ended without {@link #close()}.
     *
     * <p>The watch follows the folder's path, not the directory first found there. About once a second it checks
     * that the path still leads to the directory it watches, so a folder replaced as a whole (a new version moved
     * into place, the old one moved away), a link re-pointed to another directory (a Kubernetes ConfigMap volume
     * swapping its {@code ..data} link) and a folder deleted and created again are watched anew and reloaded. While
     * the path leads to no folder, one reload reports it ({@link ReloadResult.Rejected}; the rules in use stay) and
     * the watch keeps looking until a folder is there again.
     *
     * <p>The watch thread goes on after anything a reload or a listener throws, {@link Exception}s and
     * {@link Error}s alike (logged at ERROR), except a {@link VirtualMachineError} such as an
     * {@link OutOfMemoryError}: that ends the thread, and reloading rule sets on a JVM in that state would only
     * make it worse. Everything goes to the log (SLF4J), nothing to standard error. When the thread ends for any reason but
     * {@link #close()}, the reason is logged at ERROR and {@link #watching()} says false.
     *
     * @return this repository
     * @throws UncheckedIOException  when the folder cannot be watched
     * @throws IllegalStateException when the repository is closed
     */
    public RuleRepository watch() {
        synchronized (reloadLock) {
            if (closed) {
                throw new IllegalStateException("the rule repository is closed");
            }
            if (watcher == null || !watcher.running()) {
                if (watcher != null) {
                    watcher.close(); // it ended on its own (logged then); its watch service is closed already
                }
                try {
                    watcher = new FolderWatcher(folder, debounce,
                            p -> RuleSource.Kind.ofFileName(p.getFileName().toString()).isPresent(), this::reload);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot watch rule folder " + folder, e);
                }
                LOG.info("watching {} for rule changes", folder);
            }
            return this;
        }
    }

    /**
     * @return whether the folder is being watched: false before {@link #watch()}, after {@link #close()}, and when
     *         the watch thread ended on its own (its reason is in the log at ERROR)
     */
    public boolean watching() {
        synchronized (reloadLock) {
            return watcher != null && watcher.running();
        }
    }

    /** Adds a listener for later reloads. */
    public void addListener(ReloadListener listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    /** Removes a listener; does nothing when it was not added. */
    public void removeListener(ReloadListener listener) {
        listeners.remove(listener);
    }

    /**
     * Stops watching. The current assessor stays usable; {@link #reload()} still works on demand.
     */
    @Override
    public void close() {
        FolderWatcher stopping;
        synchronized (reloadLock) {
            closed = true;
            stopping = watcher;
            watcher = null;
        }
        if (stopping != null) {
            stopping.close(); // outside the lock: the watch thread may be waiting for it in reload()
            LOG.info("stopped watching {}", folder);
        }
    }

    /**
     * Tells every listener, whatever one of them throws: an {@link Exception}, checked ones included (a listener
     * in Kotlin, or one that throws sneakily), is logged and the next listener goes on; an {@link Error} is kept
     * and thrown once every listener has heard: the first {@link VirtualMachineError} if there is one (the watch
     * thread ends on that type only), else the first, with the others suppressed in it.
     */
    private void notifyListeners(ReloadResult result) {
        Error error = null;
        for (ReloadListener listener : listeners) {
            try {
                listener.onReload(result);
            } catch (Exception e) { // NOPMD: checked ones too, which Java's compiler cannot see coming
                LOG.error("the reload listener {} failed on {} of {}; the other listeners still hear it", listener,
                        result.getClass().getSimpleName(), folder, e);
            } catch (Error e) { // NOPMD: not ours to swallow, but the other listeners must still hear the result
                if (error == null) {
                    error = e;
                } else if (error != e) {
                    if (e instanceof VirtualMachineError && !(error instanceof VirtualMachineError)) {
                        e.addSuppressed(error); // the JVM's trouble comes first: callers and the watch act on it
                        error = e;
                    } else {
                        error.addSuppressed(e);
                    }
                }
            }
        }
        if (error != null) {
            throw error;
        }
    }

    /** A builder with the configuration, then every rule file of the folder in path order. */
    private Assessor.Builder assessorBuilder() {
        Assessor.Builder b = Assessor.builder();
        configuration.forEach(c -> c.accept(b));
        return b.rules(folder);
    }

    /** Collects the folder, the assessor configuration and the watch settings, then compiles once. */
    public static final class Builder {
        private final Path folder;
        private final List<Consumer<Assessor.Builder>> configuration = new ArrayList<>();
        private final List<ReloadListener> listeners = new ArrayList<>();
        private Duration debounce = Duration.ofMillis(200);

        private Builder(Path folder) {
            this.folder = Objects.requireNonNull(folder, "folder");
        }

        /**
         * Configures the {@link Assessor.Builder} each compilation starts from: base rules, criteria, name,
         * version, limits. Run again, in order, for every reload, before the folder's files are added; it must
         * only configure the builder.
         */
        public Builder configure(Consumer<Assessor.Builder> step) {
            configuration.add(Objects.requireNonNull(step, "step"));
            return this;
        }

        /** Adds a bundle compiled before the folder's files; the first bundle names the rule set. */
        public Builder base(RuleBundle bundle) {
            Objects.requireNonNull(bundle, "bundle");
            return configure(b -> b.rules(bundle));
        }

        /** Adds sources compiled before the folder's files. */
        public Builder base(RuleSource... sources) {
            List<RuleSource> copy = List.of(sources);
            return configure(b -> b.rules(copy));
        }

        /**
         * How long file changes must have stopped before a watched folder reloads (default 200 ms). Any
         * non-negative duration is taken; one of about 292 years or more ({@link Long#MAX_VALUE} nanoseconds, e.g.
         * {@code Duration.ofSeconds(Long.MAX_VALUE)}) means that the watched folder effectively never reloads on
         * its own: only {@link RuleRepository#reload()} puts changes in use.
         *
         * @throws IllegalArgumentException when the duration is negative
         */
        public Builder debounce(Duration debounce) {
            if (debounce.isNegative()) {
                throw new IllegalArgumentException("debounce must not be negative");
            }
            this.debounce = debounce;
            return this;
        }

        /** Adds a listener for every reload. */
        public Builder listener(ReloadListener listener) {
            listeners.add(Objects.requireNonNull(listener, "listener"));
            return this;
        }

        /**
         * Reads and compiles the rules for the first time.
         *
         * @return the repository, not yet watching
         * @throws RuleCompilationException when the first rule set fails the guard or the compiler
         * @throws IllegalArgumentException when the path is not a folder
         * @throws IllegalStateException    when there is no rule source at all
         * @throws UncheckedIOException     when the folder cannot be read
         */
        public RuleRepository build() {
            RuleRepository repo = new RuleRepository(this);
            Assessor first = repo.assessorBuilder().build();
            repo.current.set(first);
            LOG.info("rules of {} loaded: {} {} sha256 {}", folder, first.ruleSet().name(),
                    first.ruleSet().version(), first.ruleSet().sha256());
            return repo;
        }
    }
}
