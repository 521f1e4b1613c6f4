package org.chuanmuc.io.internal;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

/**
 * A file written whole or not at all. Bytes go to a temporary file beside the target, named
 * {@code .<target name>.<process id>.chuanmuc-tmp}; {@link #commit()} flushes it, forces it to disk and
 * renames it over the target in one atomic step. Until then the target keeps its earlier content byte for
 * byte, whatever happens: an exception ({@link #close()} without a commit removes the temporary), Ctrl-C or
 * SIGTERM (a shutdown hook removes it), or SIGKILL (the temporary stays, named after the dead process, and the
 * next {@code create} for the same target removes it). A reader of the target sees the old file or the
 * complete new one, never a part.
 *
 * <p>When the target is a symbolic link, the file it points to is replaced and the link stays. The new file
 * takes the POSIX permissions of the one it replaces.
 *
 * <p>A target that exists and is neither a regular file nor a folder (a named pipe, a device such as
 * {@code /dev/null} or {@code /dev/stdout}) holds no content to keep and must never be replaced by a regular file:
 * it is written to directly, and {@link #commit()} only flushes and closes it.
 *
 * <pre>{@code
 * try (AtomicFile file = AtomicFile.create(Path.of("ket-qua.json"))) {
 *     write(file.stream());
 *     file.commit();            // without this line, ket-qua.json is left as it was
 * }
 * }</pre>
 *
 * <p>Not thread-safe.
 */
public final class AtomicFile implements AutoCloseable {
    /** Ends the name of every temporary output file. */
    public static final String SUFFIX = ".chuanmuc-tmp";
    private static final AtomicInteger SAME_PROCESS = new AtomicInteger();

    private final Path target;
    private final Path temporary;
    private final FileChannel channel;
    private final OutputStream stream;
    private boolean committed;
    private boolean closed;

    private AtomicFile(Path target, Path temporary, FileChannel channel) {
        this.target = target;
        this.temporary = temporary;
        this.channel = channel;
        this.stream = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
    }

    /** Writes straight to a pipe or a device: nothing is renamed. */
    private AtomicFile(Path target, OutputStream direct) {
        this.target = target;
        this.temporary = null;
        this.channel = null;
        this.stream = new BufferedOutputStream(direct, 1 << 16);
    }

    /**
     * Creates the temporary file beside {@code target}, after removing temporaries that runs killed earlier
     * left for the same target.
     *
     * @param target the file to replace on {@link #commit()}; its folder must exist
     * @return the open file
     * @throws IOException when the temporary file cannot be created
     */
    public static AtomicFile create(Path target) throws IOException {
        if (Files.exists(target) && !Files.isRegularFile(target) && !Files.isDirectory(target)) {
            // a pipe or a device, through its links (/dev/stdout to a pipe ends in "pipe:[…]", no path to follow):
            // renaming a regular file over it would destroy it (as root, /dev/null itself)
            return new AtomicFile(target.toAbsolutePath(), Files.newOutputStream(target, StandardOpenOption.WRITE));
        }
        Path resolved = resolveLink(target).toAbsolutePath();
        Path folder = resolved.getParent();
        String name = resolved.getFileName().toString();
        TemporaryFiles.removeStale(folder, staleTemporaries(name));
        String base = "." + stem(name) + "." + TemporaryFiles.pid();
        Path temporary = folder.resolve(base + SUFFIX);
        while (true) {
            TemporaryFiles.register(temporary);
            try {
                FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE_NEW,
                        StandardOpenOption.WRITE);
                copyPermissions(resolved, temporary);
                return new AtomicFile(resolved, temporary, channel);
            } catch (FileAlreadyExistsException e) {
                // the same target written twice at once in this process (tests do): take the next name
                TemporaryFiles.forget(temporary);
                temporary = folder.resolve(base + "-" + SAME_PROCESS.incrementAndGet() + SUFFIX);
            } catch (IOException | RuntimeException e) {
                TemporaryFiles.forget(temporary);
                throw e;
            }
        }
    }

    /**
     * @param targetName a target's file name
     * @return the names of the temporaries of {@code targetName}; group 1 is the process id
     */
    public static Pattern staleTemporaries(String targetName) {
        return Pattern.compile(Pattern.quote("." + stem(targetName) + ".") + "(\\d+)(?:-\\d+)?" + Pattern.quote(SUFFIX));
    }

    /** Most bytes of a file name on the common file systems (ext4, XFS, NTFS in UTF-16 units, APFS). */
    private static final int MAX_NAME_BYTES = 255;
    /** What the temporary's name adds to the stem: the dots, a process id, a same-process number, the suffix. */
    private static final int ADDED_BYTES = 2 + 20 + 11 + SUFFIX.length();

    /**
     * The target's name as it appears in its temporary's name: the name itself, or, when the temporary's name
     * would pass the file system's limit on a name (a target name of 200–255 bytes), its longest prefix that
     * fits followed by {@code ~} and a hash of the whole name, so that the temporary can still be created.
     */
    static String stem(String name) {
        if (name.getBytes(StandardCharsets.UTF_8).length + ADDED_BYTES <= MAX_NAME_BYTES) {
            return name;
        }
        String hash = String.format(Locale.ROOT, "~%08x", name.hashCode());
        int budget = MAX_NAME_BYTES - ADDED_BYTES - hash.length();
        StringBuilder prefix = new StringBuilder();
        int bytes = 0;
        for (int i = 0; i < name.length(); ) {
            int cp = name.codePointAt(i);
            int size = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4; // its UTF-8 bytes
            if (bytes + size > budget) {
                break;
            }
            prefix.appendCodePoint(cp);
            bytes += size;
            i += Character.charCount(cp);
        }
        return prefix + hash;
    }

    /** @return where the bytes go until {@link #commit()}; buffered; do not close it */
    public OutputStream stream() {
        return stream;
    }

    /** @return the file replaced on commit (the file a symbolic link points to, when the target was one) */
    public Path target() {
        return target;
    }

    /** @return the temporary file being written; null when the target is a pipe or a device, written directly */
    public Path temporary() {
        return temporary;
    }

    /**
     * Flushes, forces the bytes to disk, renames the temporary over the target in one step and forces the
     * folder entry to disk where the platform allows it. A pipe or a device is only flushed and closed.
     *
     * @throws IOException           when any of it fails; the target then keeps its earlier content and
     *                               {@link #close()} removes the temporary
     * @throws IllegalStateException when already committed or closed
     */
    public void commit() throws IOException {
        if (committed || closed) {
            throw new IllegalStateException("already " + (committed ? "committed" : "closed"));
        }
        stream.flush();
        if (temporary == null) {
            stream.close();
            committed = true;
            return;
        }
        channel.force(true);
        channel.close();
        Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        committed = true;
        TemporaryFiles.forget(temporary);
        forceFolder(target.getParent());
    }

    /** Removes the temporary file unless committed. Never throws. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (!committed) {
            if (temporary == null) {
                try {
                    stream.close();
                } catch (IOException e) {
                    // a pipe whose reader went away: nothing to remove
                }
                return;
            }
            try {
                channel.close();
            } catch (IOException e) {
                // removed below all the same
            }
            TemporaryFiles.release(temporary);
        }
    }

    /**
     * Where the bytes written for {@code target} end up: the target itself, or, when it is a symbolic link, the
     * file at the end of its chain of links, existing or not (a link to a file yet to be written).
     *
     * @param target an output path
     * @return the absolute path that {@link #commit()} replaces, its folder's links resolved when it exists
     * @throws IOException when a link cannot be read, or the chain loops
     */
    public static Path resolveLink(Path target) throws IOException {
        Path p = target.toAbsolutePath();
        for (int hops = 0; Files.isSymbolicLink(p); hops++) {
            if (hops == 40) {
                throw new IOException("too many levels of symbolic links: " + target);
            }
            p = p.getParent().resolve(Files.readSymbolicLink(p));
        }
        Path parent = p.getParent();
        return parent != null && Files.isDirectory(parent) ? parent.toRealPath().resolve(p.getFileName()) : p;
    }

    private static void copyPermissions(Path from, Path to) {
        try {
            if (Files.isRegularFile(from)) {
                Files.setPosixFilePermissions(to, Files.getPosixFilePermissions(from));
            }
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            // not a POSIX file system, or not allowed: the new file keeps the default permissions
        }
    }

    private static void forceFolder(Path folder) {
        try (FileChannel dir = FileChannel.open(folder, StandardOpenOption.READ)) {
            dir.force(true);
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            // not every platform can open a folder for fsync (Windows cannot); the rename itself is done
        }
    }
}
