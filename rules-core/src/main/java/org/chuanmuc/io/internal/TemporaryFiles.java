package org.chuanmuc.io.internal;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The temporary files and folders this process made (an output being written, spilled data), removed when
 * they are no longer needed, and by a shutdown hook when the process is stopped (Ctrl-C, SIGTERM) before
 * that. A process killed outright (SIGKILL) cannot clean up: its temporaries carry its process id in their
 * names, so that a later run can tell they belong to a dead process and remove them ({@link #removeStale}).
 */
public final class TemporaryFiles {
    private static final Set<Path> LIVE = ConcurrentHashMap.newKeySet();
    private static volatile boolean hookInstalled;

    private TemporaryFiles() {
    }

    /** @return this process's id, as written into the names of its temporaries */
    public static long pid() {
        return ProcessHandle.current().pid();
    }

    /** Removes {@code path} (a file or a whole folder) when this process ends before {@link #release}. */
    public static void register(Path path) {
        installHook();
        LIVE.add(path.toAbsolutePath());
    }

    /** Forgets {@code path} (it was renamed into place or already removed). */
    public static void forget(Path path) {
        LIVE.remove(path.toAbsolutePath());
    }

    /**
     * Removes {@code path} (a file or a whole folder) now, quietly, and forgets it. When that fails, even for
     * want of memory, it stays registered, so that the shutdown hook tries again once the failed run has let go
     * of its memory.
     */
    public static void release(Path path) {
        if (delete(path)) {
            forget(path);
        }
    }

    /**
     * Removes, in {@code folder}, the temporaries of processes that no longer run: the entries whose name
     * matches {@code pattern}, whose group 1 is the process id of the run that made them.
     *
     * @return how many were removed
     */
    public static int removeStale(Path folder, Pattern pattern) {
        int removed = 0;
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            for (Path entry : entries) {
                Matcher m = pattern.matcher(entry.getFileName().toString());
                if (m.matches() && !alive(m.group(1)) && delete(entry)) {
                    removed++;
                }
            }
        } catch (IOException | SecurityException e) {
            // cleaning up after others is a courtesy: never a reason to fail this run
        }
        return removed;
    }

    private static boolean alive(String pid) {
        try {
            Optional<ProcessHandle> process = ProcessHandle.of(Long.parseLong(pid));
            return process.isPresent() && process.get().isAlive();
        } catch (NumberFormatException e) {
            return true; // not ours to judge
        }
    }

    private static synchronized void installHook() {
        if (!hookInstalled) {
            Runtime.getRuntime().addShutdownHook(new Thread(TemporaryFiles::removeAll, "chuanmuc-remove-temporaries"));
            hookInstalled = true;
        }
    }

    private static void removeAll() {
        for (Path path : LIVE) {
            delete(path);
        }
        LIVE.clear();
    }

    /** @return whether {@code path} is gone */
    private static boolean delete(Path path) {
        try {
            if (Files.isDirectory(path, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                Files.walkFileTree(path, new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                        Files.deleteIfExists(file);
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                        Files.deleteIfExists(dir);
                        return FileVisitResult.CONTINUE;
                    }
                });
            } else {
                Files.deleteIfExists(path);
            }
            return true;
        } catch (IOException | SecurityException e) {
            // best effort: the name still says what it is and which process made it
            return false;
        }
    }
}
