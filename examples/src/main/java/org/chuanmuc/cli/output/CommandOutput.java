package org.chuanmuc.cli.output;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import org.chuanmuc.io.internal.AtomicFile;

/**
 * Where a command writes its result: standard output, or a file written atomically ({@link AtomicFile}).
 * Commands write to {@link #stream()}, call {@link #commit()} once the result is complete, and close it in
 * any case; without the commit, a file target keeps its earlier content.
 *
 * <pre>{@code
 * OutputTarget.refuseInputs(output, inputs);           // before anything is opened for writing
 * try (CommandOutput out = CommandOutput.of(output, stdout)) {
 *     write(out.stream());
 *     out.commit();
 * }
 * }</pre>
 */
public final class CommandOutput implements AutoCloseable {
    private final OutputStream stream;
    private final AtomicFile file;

    private CommandOutput(OutputStream stream, AtomicFile file) {
        this.stream = stream;
        this.file = file;
    }

    /**
     * @param file   the {@code --output} path, or null for standard output
     * @param stdout standard output (never closed)
     * @return the open output
     * @throws IOException when the temporary file cannot be created
     */
    public static CommandOutput of(Path file, OutputStream stdout) throws IOException {
        if (file == null) {
            return new CommandOutput(new KeptOpen(stdout), null);
        }
        AtomicFile atomic = AtomicFile.create(file);
        return new CommandOutput(new KeptOpen(atomic.stream()), atomic);
    }

    /** @return where to write; closing it does not close standard output or end a file */
    public OutputStream stream() {
        return stream;
    }

    /**
     * Makes the result final: flushes standard output, or puts the complete file in place.
     *
     * @throws IOException when that fails (a file target then keeps its earlier content)
     */
    public void commit() throws IOException {
        stream.flush();
        if (file != null) {
            file.commit();
        }
    }

    /** Flushes standard output, or removes an uncommitted temporary file. Never throws. */
    @Override
    public void close() {
        if (file != null) {
            file.close();
        } else {
            try {
                stream.flush();
            } catch (IOException e) {
                // stdout gone (a closed pipe): nothing left to tell
            }
        }
    }

    /** Lets writers close what they write to: closing flushes, the commit decides what becomes of it. */
    private static final class KeptOpen extends FilterOutputStream {
        KeptOpen(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
