package org.chuanmuc.cli.spill;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A file of byte records, each written once with its length in front. {@link #append} returns where a record
 * starts; {@link #read} fetches one record from anywhere (safe from several threads once appending is done);
 * a {@link Cursor} reads a run of consecutive records through a small buffer.
 */
public final class RecordFile implements AutoCloseable {
    private static final int WRITE_BUFFER = 1 << 16;

    private final FileChannel channel;
    private final ByteBuffer pending = ByteBuffer.allocate(WRITE_BUFFER);
    private long written;
    private long end;

    private RecordFile(FileChannel channel) {
        this.channel = channel;
    }

    static RecordFile create(Path file) throws IOException {
        return new RecordFile(FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.READ,
                StandardOpenOption.WRITE));
    }

    /**
     * Appends a record. Not thread-safe; call {@link #flush()} before reading what was appended.
     *
     * @param record the bytes
     * @return the position of the record, for {@link #read} and {@link #cursor}
     * @throws IOException when writing fails
     */
    public long append(byte[] record) throws IOException {
        long at = end;
        if (pending.remaining() < Integer.BYTES) {
            drain();
        }
        pending.putInt(record.length);
        int offset = 0;
        while (offset < record.length) {
            if (!pending.hasRemaining()) {
                drain();
            }
            int n = Math.min(pending.remaining(), record.length - offset);
            pending.put(record, offset, n);
            offset += n;
        }
        end += Integer.BYTES + record.length;
        return at;
    }

    /** @return the position the next record will get: the end of the file once flushed */
    public long end() {
        return end;
    }

    /**
     * Writes out what {@link #append} buffered.
     *
     * @throws IOException when writing fails
     */
    public void flush() throws IOException {
        drain();
    }

    /**
     * Reads one record; safe from several threads once appending is done.
     *
     * @param position what {@link #append} returned
     * @return the record's bytes
     * @throws IOException when reading fails
     */
    public byte[] read(long position) throws IOException {
        ByteBuffer length = ByteBuffer.allocate(Integer.BYTES);
        fill(length, position);
        ByteBuffer record = ByteBuffer.allocate(length.getInt(0));
        fill(record, position + Integer.BYTES);
        return record.array();
    }

    /**
     * @param from       the position of the first record
     * @param to         the position after the last record
     * @param bufferSize bytes to read ahead at a time (larger records are read whole all the same)
     * @return a cursor over the records between {@code from} and {@code to}
     */
    public Cursor cursor(long from, long to, int bufferSize) {
        return new Cursor(from, to, bufferSize);
    }

    /**
     * Closes the file (without flushing: a spill file is thrown away once read).
     *
     * @throws IOException when closing fails
     */
    @Override
    public void close() throws IOException {
        channel.close();
    }

    private void drain() throws IOException {
        pending.flip();
        while (pending.hasRemaining()) {
            written += channel.write(pending, written);
        }
        pending.clear();
    }

    private void fill(ByteBuffer buffer, long position) throws IOException {
        long at = position;
        while (buffer.hasRemaining()) {
            int n = channel.read(buffer, at);
            if (n < 0) {
                throw new EOFException("spill file ends at " + at);
            }
            at += n;
        }
    }

    /** Reads consecutive records in order. Not thread-safe; each cursor has its own buffer. */
    public final class Cursor {
        private final long to;
        private final int bufferSize;
        private long next;
        private ByteBuffer buffer;

        private Cursor(long from, long to, int bufferSize) {
            this.next = from;
            this.to = to;
            this.bufferSize = Math.max(bufferSize, Integer.BYTES);
        }

        /** @return whether a record is left */
        public boolean hasNext() {
            return next < to || (buffer != null && buffer.hasRemaining());
        }

        /**
         * @return the next record's bytes
         * @throws IOException when reading fails or no record is left
         */
        public byte[] next() throws IOException {
            ensure(Integer.BYTES);
            int length = buffer.getInt();
            byte[] record = new byte[length];
            int have = Math.min(length, buffer.remaining());
            buffer.get(record, 0, have);
            if (have < length) {
                ByteBuffer rest = ByteBuffer.wrap(record, have, length - have);
                fill(rest, next);
                next += length - have;
            }
            if (!buffer.hasRemaining() && next >= to) {
                buffer = null; // done: give the memory back before the other cursors finish
            }
            return record;
        }

        /** Makes at least {@code bytes} bytes readable from the buffer. */
        private void ensure(int bytes) throws IOException {
            if (buffer == null) {
                buffer = ByteBuffer.allocate(bufferSize);
                buffer.flip();
            }
            if (buffer.remaining() >= bytes) {
                return;
            }
            buffer.compact();
            int want = (int) Math.min(buffer.remaining(), to - next);
            if (want + buffer.position() < bytes) {
                throw new EOFException("no record left in the spill file at " + next);
            }
            ByteBuffer window = buffer.slice(buffer.position(), want);
            fill(window, next);
            next += want;
            buffer.position(buffer.position() + want);
            buffer.flip();
        }
    }
}
