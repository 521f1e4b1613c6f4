package org.chuanmuc.assess.internal.watch;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.chuanmuc.assess.internal.guard.GuardLimits;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches a folder tree on a daemon thread and runs an action once changes have settled: after a relevant event
 * it waits until no further event arrives for the debounce time, so an editor's save (often several events) gives
 * one run. New subfolders are watched as they appear.
 *
 * <p>The folder is followed by its path, not by the directory first found there. About once a second (and at once
 * when the watch of the folder itself ends) the watcher checks that the path still leads to the directory it
 * watches (the same real path and, where the file system has one, the same file key): a folder replaced by a new
 * version moved into place, a link re-pointed to another directory (a Kubernetes ConfigMap swapping its
 * {@code ..data} link) or a folder deleted and created again is watched anew and counts as a change. While the
 * path leads nowhere, the action runs once (so it can report the folder missing) and the watcher keeps looking
 * until a folder is there again.
 *
 * <p>The watch thread survives whatever the action or the watcher itself throws, {@link Exception}s and
 * {@link Error}s alike, except a {@link VirtualMachineError} (out of memory, stack overflow, an internal error of
 * the JVM): that one ends the thread, since compiling rule sets on a JVM in that state only makes it worse. Every
 * failure goes to the log (SLF4J), never straight to standard error; when the thread ends for any reason but {@link #close()},
 * {@link #running()} turns false and the reason is logged at ERROR.
 */
public final class FolderWatcher implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(FolderWatcher.class);
    private static final Duration JOIN_TIMEOUT = Duration.ofSeconds(10);
    /** How often the watcher checks that the path still leads to the folder it watches. */
    private static final long CHECK_NANOS = TimeUnit.SECONDS.toNanos(1);
    /** How long the thread pauses after an unexpected failure, so that a failure that repeats cannot spin. */
    private static final long PAUSE_AFTER_FAILURE_MILLIS = 1_000;

    private final Path root;
    private final long debounceNanos;
    private final Predicate<Path> relevant;
    private final Runnable action;
    private final WatchService service;
    private final Thread thread;
    private volatile boolean closed;
    private volatile boolean ended;

    // the state below belongs to the watch thread (and to the constructor, before the thread starts)
    private final Map<WatchKey, Path> folders = new HashMap<>();
    /** The directory watched as the folder: null while the path leads to none that could be watched. */
    private Watched watched;
    private boolean pending;
    private long lastEventNanos;
    private long lastCheckNanos;
    private boolean checkNow;
    private String lastProblem;

    /** The directory the path led to when it was registered. */
    private record Watched(Path realPath, Object fileKey, WatchKey key) {
    }

    /**
     * Starts watching.
     *
     * @param root     the folder to watch, with its subfolders
     * @param debounce how long changes must have stopped before the action runs; one longer than
     *                 {@link Long#MAX_VALUE} nanoseconds (about 292 years) counts as that long, i.e. never
     * @param relevant which changed paths matter (file names of rule files); folders always do
     * @param action   what to run after changes; what it throws is logged and watching goes on (see above)
     * @throws IOException when the folder cannot be watched
     */
    public FolderWatcher(Path root, Duration debounce, Predicate<Path> relevant, Runnable action) throws IOException {
        this.root = root;
        this.debounceNanos = saturatedNanos(debounce);
        this.relevant = relevant;
        this.action = action;
        this.service = root.getFileSystem().newWatchService();
        try {
            Path real = root.toRealPath(); // the folder itself may be a link: its caller named it
            watched = register(real, Files.readAttributes(real, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS)
                    .fileKey());
        } catch (IOException | RuntimeException e) {
            service.close();
            throw e;
        }
        lastCheckNanos = System.nanoTime();
        this.thread = new Thread(this::loop, "chuanmuc-rule-watch-" + root.getFileName());
        thread.setDaemon(true);
        // a last resort: loop() lets nothing out, but nothing of the watch thread may reach standard error
        thread.setUncaughtExceptionHandler((t, e) -> LOG.error("the watch thread of {} failed", root, e));
        thread.start();
    }

    /**
     * @param debounce a non-negative duration
     * @return it in nanoseconds, or {@link Long#MAX_VALUE} when it is longer (the conversion would overflow)
     */
    static long saturatedNanos(Duration debounce) {
        return debounce.compareTo(Duration.ofNanos(Long.MAX_VALUE)) >= 0 ? Long.MAX_VALUE : debounce.toNanos();
    }

    /** @return whether the watch thread is still running: false after {@link #close()} or when it failed */
    public boolean running() {
        return !ended && thread.isAlive();
    }

    /** Stops watching and waits (briefly) for a running action to finish. */
    @Override
    public void close() {
        closed = true;
        try {
            service.close();
        } catch (IOException e) {
            LOG.warn("closing the watch service of {} failed", root, e);
        }
        if (Thread.currentThread() != thread) {
            try {
                thread.join(JOIN_TIMEOUT.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void loop() {
        Throwable fatal = null;
        try {
            while (!closed) {
                try {
                    watch();
                } catch (ClosedWatchServiceException e) {
                    break;
                } catch (InterruptedException e) {
                    // only close() stops watching: an interrupt (a container stopping threads it does not own) is
                    // cleared, or every later wait would end at once
                    LOG.warn("the watch thread of {} was interrupted; watching goes on until the repository is"
                            + " closed", root);
                } catch (VirtualMachineError e) {
                    throw e;
                } catch (Throwable e) { // NOPMD: anything else is one failure, and the next change deserves a try
                    LOG.error("watching {} failed; watching goes on", root, e);
                    pause();
                }
            }
        } catch (Throwable e) { // NOPMD: only a VirtualMachineError gets here; it ends the thread, logged below
            fatal = e;
        } finally {
            try {
                if (!closed) {
                    closeQuietly();
                    LOG.error("stopped watching {} although the repository was not closed: rule changes are no"
                            + " longer put in use until watch() is called again", root, fatal);
                } else {
                    LOG.debug("stopped watching {}", root);
                }
            } finally {
                ended = true; // after the log: whoever sees running() false finds the reason logged
            }
        }
    }

    /** Waits for events and runs the action once they have settled, until the watch service closes. */
    private void watch() throws InterruptedException {
        while (true) {
            long now = System.nanoTime();
            long wait = checkNow ? 0 : Math.max(0, CHECK_NANOS - (now - lastCheckNanos));
            if (pending) {
                wait = Math.min(wait, Math.max(0, debounceNanos - (now - lastEventNanos)));
            }
            WatchKey key = service.poll(wait, TimeUnit.NANOSECONDS);
            if (key != null && (drain(key) || pending)) {
                pending = true; // any event while a change waits to settle makes it wait longer
                lastEventNanos = System.nanoTime();
            }
            now = System.nanoTime();
            if (checkNow || now - lastCheckNanos >= CHECK_NANOS) {
                checkNow = false;
                lastCheckNanos = now;
                if (follow()) {
                    pending = true;
                    lastEventNanos = now;
                }
            }
            if (pending && System.nanoTime() - lastEventNanos >= debounceNanos) {
                pending = false;
                run();
            }
        }
    }

    private void run() {
        try {
            action.run();
        } catch (VirtualMachineError e) {
            throw e;
        } catch (Throwable e) { // NOPMD: a listener's Error too (an AssertionError, a missing class)
            LOG.error("reloading the rules of {} failed; watching goes on", root, e);
        }
    }

    /**
     * Checks that the path still leads to the directory watched and, when it does not, watches the one it leads to
     * now, if any.
     *
     * @return whether the folder changed as a whole: replaced, gone, or back
     */
    private boolean follow() {
        Path real;
        Object fileKey;
        try {
            real = root.toRealPath();
            BasicFileAttributes attributes = Files.readAttributes(real, BasicFileAttributes.class,
                    LinkOption.NOFOLLOW_LINKS);
            if (!attributes.isDirectory()) {
                return gone("it is not a folder");
            }
            fileKey = attributes.fileKey();
        } catch (IOException | RuntimeException e) {
            return gone(e instanceof NoSuchFileException ? "it does not exist" : e.toString());
        }
        if (watched != null && watched.key().isValid() && watched.realPath().equals(real)
                && Objects.equals(watched.fileKey(), fileKey)) {
            return false;
        }
        boolean wasWatched = watched != null;
        forget();
        try {
            watched = register(real, fileKey);
        } catch (IOException | RuntimeException e) {
            gone("it cannot be watched: " + e);
            return wasWatched;
        }
        lastProblem = null;
        LOG.info(wasWatched ? "{} leads to another folder now ({}): watching it and reloading"
                : "{} is a folder again ({}): watching it and reloading", root, real);
        return true;
    }

    /** @return whether the folder was watched until now (then it counts as a change: the action reports it) */
    private boolean gone(String problem) {
        if (!problem.equals(lastProblem)) {
            lastProblem = problem;
            LOG.warn("cannot watch {}: {}; looking again every second", root, problem);
        }
        boolean wasWatched = watched != null;
        forget();
        return wasWatched;
    }

    /** Stops watching every folder registered so far. */
    private void forget() {
        folders.keySet().forEach(WatchKey::cancel);
        folders.clear();
        watched = null;
    }

    /**
     * Watches the directory the path leads to now, with its subfolders.
     *
     * @param real    the path's real path, a directory
     * @param fileKey that directory's file key (null where the file system has none)
     */
    private Watched register(Path real, Object fileKey) throws IOException {
        registerTree(real);
        WatchKey key = folders.entrySet().stream().filter(e -> e.getValue().equals(real)).map(Map.Entry::getKey)
                .findFirst().orElseThrow(() -> new IOException("not a folder: " + root));
        return new Watched(real, fileKey, key);
    }

    /** @return whether the key held a relevant event; registers new folders on the way */
    private boolean drain(WatchKey key) {
        boolean changed = false;
        Path folder = folders.get(key);
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == OVERFLOW || folder == null) {
                changed = true;
                continue;
            }
            Path path = folder.resolve((Path) event.context());
            if (event.kind() == ENTRY_CREATE && Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
                try {
                    registerTree(path);
                } catch (IOException e) {
                    LOG.warn("cannot watch new folder {}", path, e);
                }
                changed = true;
            } else if (relevant.test(path) || event.kind() == ENTRY_DELETE) {
                changed = true;
            }
        }
        if (!key.reset()) {
            folders.remove(key);
            if (watched != null && key.equals(watched.key())) {
                checkNow = true; // the folder itself was deleted (or unmounted): see where the path leads now
            }
        }
        return changed;
    }

    /**
     * Watches a folder and the folders below it, never through a link (a linked folder may lead anywhere: the
     * reload refuses it anyway), and no more folders than a rule folder may have entries.
     */
    private void registerTree(Path top) throws IOException {
        try (Stream<Path> tree = Files.walk(top)) {
            Iterable<Path> dirs = tree.filter(p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS))
                    .limit(Math.max(0, GuardLimits.MAX_FOLDER_ENTRIES - folders.size()))::iterator;
            for (Path dir : dirs) {
                folders.put(dir.register(service, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE), dir);
            }
        }
    }

    /** Waits a moment after an unexpected failure; close() ends the wait early. */
    private void pause() {
        try {
            Thread.sleep(PAUSE_AFTER_FAILURE_MILLIS);
        } catch (InterruptedException e) {
            LOG.debug("interrupted while pausing the watch of {}", root);
        }
    }

    private void closeQuietly() {
        try {
            service.close();
        } catch (IOException | RuntimeException e) {
            LOG.debug("closing the watch service of {} failed", root, e);
        }
    }
}
