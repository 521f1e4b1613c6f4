package org.chuanmuc.io.internal;

import java.util.Arrays;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The index of the first record of every officer id read so far, for finding duplicates across a whole file.
 *
 * <p>A {@code HashMap<String, Integer>} costs about 100 bytes and four objects per id: a million officers kept
 * some 100 MB alive to the end of the run, and the collector traced those four million objects again and again.
 * This table keeps no object per id. The characters of every id go into chunks of bytes (one byte per character
 * when every character is below U+0100, two otherwise), and the rest are parallel arrays of ints and longs: 28 to
 * 46 bytes per id (the arrays grow by half, the table doubles) plus its characters. Ids are compared character by
 * character, so two different ids never collide, whatever their characters (lone surrogates included). Ids are
 * placed by a hash of every character mixed with a seed of the instance, not by {@link String#hashCode}: ids with
 * one {@code String} hash code are easy to write, and would all probe one run of the table.
 *
 * <p>Not thread-safe: one instance per input, as {@link OfficerValidator}.
 */
final class FirstIndexById {
    /** 256 KB chunks: small enough that G1 never treats one as a humongous object, even in a small heap. */
    private static final int CHUNK_BITS = 18;
    private static final int CHUNK_SIZE = 1 << CHUNK_BITS;
    private static final int CHUNK_MASK = CHUNK_SIZE - 1;
    /** The table stays at most half full. */
    private static final int MAX_ENTRIES = 1 << 29;

    private byte[][] chunks = new byte[4][];
    /** Bytes of characters stored so far, over all chunks. */
    private long used;
    /** Open addressing, linear probing: entry + 1, or 0 for a free slot. The length is a power of two. */
    private int[] table = new int[64];
    private int size;
    private int[] hashes = new int[32];
    private long[] starts = new long[32];
    /** The id's number of characters; negative when it is stored with two bytes per character. */
    private int[] lengths = new int[32];
    private int[] firstIndexes = new int[32];
    /**
     * Hashes are of this instance, not {@link String#hashCode}: an input is untrusted, and ids with one String hash
     * code are easy to make ("C1" and "BP", any sequence of them); they would all probe one run of the table, n^2 / 2
     * comparisons (a HashMap keeps such keys in a tree).
     */
    private final long seed = ThreadLocalRandom.current().nextLong();

    /**
     * Records {@code index} as the first record with {@code id}, unless an earlier record had it.
     *
     * @return the index recorded for {@code id} before, or -1 when {@code id} is new (and is now recorded)
     * @throws IllegalStateException past {@value #MAX_ENTRIES} distinct ids
     */
    int putIfAbsent(String id, int index) {
        int hash = hash(id);
        boolean narrow = narrow(id);
        int length = narrow ? id.length() : -id.length();
        int mask = table.length - 1;
        int slot = hash & mask;
        while (true) {
            int entry = table[slot] - 1;
            if (entry < 0) {
                add(id, narrow, hash, length, index, slot);
                return -1;
            }
            if (hashes[entry] == hash && lengths[entry] == length && sameCharacters(entry, id, narrow)) {
                return firstIndexes[entry];
            }
            slot = (slot + 1) & mask;
        }
    }

    /** @return the number of distinct ids recorded */
    int size() {
        return size;
    }

    private void add(String id, boolean narrow, int hash, int length, int index, int slot) {
        if (size == MAX_ENTRIES) {
            throw new IllegalStateException("more than " + MAX_ENTRIES + " officer ids in one input");
        }
        if (size == hashes.length) {
            int capacity = Math.min(MAX_ENTRIES, size + (size >> 1));
            hashes = Arrays.copyOf(hashes, capacity);
            starts = Arrays.copyOf(starts, capacity);
            lengths = Arrays.copyOf(lengths, capacity);
            firstIndexes = Arrays.copyOf(firstIndexes, capacity);
        }
        int entry = size++;
        hashes[entry] = hash;
        starts[entry] = used;
        lengths[entry] = length;
        firstIndexes[entry] = index;
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (narrow) {
                put((byte) c);
            } else {
                put((byte) (c >>> 8));
                put((byte) c);
            }
        }
        table[slot] = entry + 1;
        if (2 * size > table.length) {
            rehash(table.length * 2);
        }
    }

    private boolean sameCharacters(int entry, String id, boolean narrow) {
        long at = starts[entry];
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            char stored;
            if (narrow) {
                stored = (char) (byteAt(at++) & 0xFF);
            } else {
                stored = (char) (((byteAt(at) & 0xFF) << 8) | (byteAt(at + 1) & 0xFF));
                at += 2;
            }
            if (c != stored) {
                return false;
            }
        }
        return true;
    }

    private void rehash(int capacity) {
        int[] fresh = new int[capacity];
        int mask = capacity - 1;
        for (int entry = 0; entry < size; entry++) {
            int slot = hashes[entry] & mask;
            while (fresh[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            fresh[slot] = entry + 1;
        }
        table = fresh;
    }

    private void put(byte b) {
        int chunk = (int) (used >>> CHUNK_BITS);
        if (chunk == chunks.length) {
            chunks = Arrays.copyOf(chunks, chunks.length * 2);
        }
        if (chunks[chunk] == null) {
            chunks[chunk] = new byte[CHUNK_SIZE];
        }
        chunks[chunk][(int) (used & CHUNK_MASK)] = b;
        used++;
    }

    private byte byteAt(long at) {
        return chunks[(int) (at >>> CHUNK_BITS)][(int) (at & CHUNK_MASK)];
    }

    private static boolean narrow(String id) {
        for (int i = 0; i < id.length(); i++) {
            if (id.charAt(i) > 0xFF) {
                return false;
            }
        }
        return true;
    }

    /** @return a hash of every character, mixed with this instance's seed: its low bits pick the slot */
    private int hash(String id) {
        long h = seed ^ id.length();
        for (int i = 0; i < id.length(); i++) {
            h = (h ^ id.charAt(i)) * 0x9E3779B97F4A7C15L;
            h ^= h >>> 31;
        }
        h *= 0xD6E8FEB86659FD93L;
        return (int) (h ^ h >>> 32);
    }
}
