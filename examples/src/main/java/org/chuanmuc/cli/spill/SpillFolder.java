package org.chuanmuc.cli.spill;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.chuanmuc.io.internal.TemporaryFiles;

/**
 * A private temporary folder for data that does not fit in memory, named
 * {@code chuanmuc-spill-<process id>-…} in the system's temporary folder ({@code java.io.tmpdir}). It is
 * removed on {@link #close()}, by a shutdown hook when the process is stopped first, and, when a process was
 * killed outright, by the next run's {@link #create()}.
 */
public final class SpillFolder implements AutoCloseable {
    private static final String PREFIX = "chuanmuc-spill-";
    private static final Pattern STALE = Pattern.compile(Pattern.quote(PREFIX) + "(\\d+)-.*");

    private final Path folder;

    private SpillFolder(Path folder) {
        this.folder = folder;
    }

    /**
     * @return a new, empty folder
     * @throws IOException when it cannot be created
     */
    public static SpillFolder create() throws IOException {
        return create(Path.of(System.getProperty("java.io.tmpdir")));
    }

    /**
     * @param parent where to create the folder (after removing the spill folders of dead processes there)
     * @return a new, empty folder
     * @throws IOException when it cannot be created
     */
    public static SpillFolder create(Path parent) throws IOException {
        TemporaryFiles.removeStale(parent, STALE);
        Path folder = Files.createTempDirectory(parent, PREFIX + TemporaryFiles.pid() + "-");
        TemporaryFiles.register(folder);
        return new SpillFolder(folder);
    }

    /** @return the folder */
    public Path path() {
        return folder;
    }

    /**
     * @param name a file name
     * @return a new record file in this folder
     * @throws IOException when it cannot be created
     */
    public RecordFile newFile(String name) throws IOException {
        return RecordFile.create(folder.resolve(name));
    }

    /** Removes the folder and everything in it. Never throws. */
    @Override
    public void close() {
        TemporaryFiles.release(folder);
    }
}
