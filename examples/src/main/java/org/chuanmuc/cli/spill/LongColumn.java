package org.chuanmuc.cli.spill;

import java.util.ArrayList;
import java.util.List;

/**
 * A growing list of {@code long}s in chunks, so that it never copies itself whole while growing (8 bytes per
 * value). Not thread-safe.
 */
public final class LongColumn {
    private static final int CHUNK_BITS = 16;
    private static final int CHUNK = 1 << CHUNK_BITS;

    private final List<long[]> chunks = new ArrayList<>();
    private long size;

    /** Appends a value. */
    public void add(long value) {
        int slot = (int) (size & (CHUNK - 1));
        if (slot == 0) {
            chunks.add(new long[CHUNK]);
        }
        chunks.get(chunks.size() - 1)[slot] = value;
        size++;
    }

    /** @return the value at {@code index} */
    public long get(long index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException(index + " of " + size);
        }
        return chunks.get((int) (index >>> CHUNK_BITS))[(int) (index & (CHUNK - 1))];
    }

    /** Replaces the value at {@code index}. */
    public void set(long index, long value) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException(index + " of " + size);
        }
        chunks.get((int) (index >>> CHUNK_BITS))[(int) (index & (CHUNK - 1))] = value;
    }

    /** @return how many values were added */
    public long size() {
        return size;
    }
}
