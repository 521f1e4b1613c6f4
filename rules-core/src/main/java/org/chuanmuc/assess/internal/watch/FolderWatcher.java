package org.chuanmuc.assess.internal.watch;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
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
 */
public final class FolderWatcher implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(FolderWatcher.class);
    private static final Duration JOIN_TIMEOUT = Duration.ofSeconds(10);

    private final Path root;
    private final Duration debounce;
    private final Predicate<Path> relevant;
    private final Runnable action;
    private final WatchService service;
    private final Map<WatchKey, Path> folders = new HashMap<>();
    private final Thread thread;

    /**
     * Starts watching.
     *
     * @param root     the folder to watch, with its subfolders
     * @param debounce how long changes must have stopped before the action runs
     * @param relevant which changed paths matter (file names of rule files); folders always do
     * @param action   what to run after changes; exceptions are logged and watching goes on
     * @throws IOException when the folder cannot be watched
     */
    public FolderWatcher(Path root, Duration debounce, Predicate<Path> relevant, Runnable action) throws IOException {
        this.root = root;
        this.debounce = debounce;
        this.relevant = relevant;
        this.action = action;
        this.service = root.getFileSystem().newWatchService();
        try {
            registerTree(root.toRealPath()); // the folder itself may be a link: its caller named it
        } catch (IOException | RuntimeException e) {
            service.close();
            throw e;
        }
        this.thread = new Thread(this::loop, "chuanmuc-rule-watch-" + root.getFileName());
        thread.setDaemon(true);
        thread.start();
    }

    /** @return whether the watch thread is still running */
    public boolean running() {
        return thread.isAlive();
    }

    /** Stops watching and waits (briefly) for a running action to finish. */
    @Override
    public void close() {
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
        try {
            while (true) {
                boolean changed = drain(service.take());
                WatchKey more;
                while ((more = service.poll(debounce.toMillis(), TimeUnit.MILLISECONDS)) != null) {
                    changed |= drain(more);
                }
                if (changed) {
                    run();
                }
            }
        } catch (ClosedWatchServiceException e) {
            LOG.debug("stopped watching {}", root);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            LOG.debug("interrupted while watching {}", root);
        }
    }

    private void run() {
        try {
            action.run();
        } catch (RuntimeException e) {
            LOG.error("reloading the rules of {} failed", root, e);
        }
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
}
