package org.chuanmuc.io;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The JSON string contents (escaped, UTF-8, without the quotes) of strings that repeat from one result to the
 * next: rule names, criterion labels, legal citations, enum names. Encoding Vietnamese text is most of the cost
 * of writing the results; these strings are the same for thousands of officers, so each is encoded once and its
 * bytes copied afterwards.
 *
 * <p>The bytes come from a generator of the same {@link JsonFactory} as the output's, writing the string with
 * {@link JsonGenerator#writeString(String)}, so they are exactly what the output's generator would have written
 * (Jackson's {@code SerializedString} is not: it encodes characters outside the BMP as four UTF-8 bytes where
 * the generator writes two {@code \\u} escapes).
 *
 * <p>Memory is bounded whatever the input: at most {@code capacity} entries, each of a string no longer than
 * {@link #MAX_LENGTH}; when full, the table is emptied and refills with what is in use. Not thread-safe.
 */
final class EncodedStrings {
    /** Longer strings are encoded each time: they are rarely repeated and would make the table large. */
    static final int MAX_LENGTH = 512;

    private final JsonFactory factory;
    private final int capacity;
    private final Map<String, byte[]> encoded;
    private final ByteArrayOutputStream scratch = new ByteArrayOutputStream(256);

    /**
     * @param factory  the factory of the output's generator (its features decide the escaping)
     * @param capacity the most entries kept
     */
    EncodedStrings(JsonFactory factory, int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity " + capacity);
        }
        this.factory = factory;
        this.capacity = capacity;
        this.encoded = new HashMap<>(Math.min(capacity, 1024) * 2);
    }

    /**
     * @param text a string
     * @return its escaped UTF-8 bytes without quotes, or null when {@code text} is longer than
     *         {@link #MAX_LENGTH} (the caller writes it as a plain string); do not modify the array
     * @throws IOException when the generator fails
     */
    byte[] get(String text) throws IOException {
        if (text.length() > MAX_LENGTH) {
            return null;
        }
        byte[] bytes = encoded.get(text);
        if (bytes == null) {
            bytes = encode(text);
            if (encoded.size() >= capacity) {
                encoded.clear();
            }
            encoded.put(text, bytes);
        }
        return bytes;
    }

    /** @return the number of entries kept now */
    int size() {
        return encoded.size();
    }

    private byte[] encode(String text) throws IOException {
        scratch.reset();
        try (JsonGenerator generator = factory.createGenerator(scratch, JsonEncoding.UTF8)) {
            generator.writeString(text);
        }
        byte[] quoted = scratch.toByteArray();
        return Arrays.copyOfRange(quoted, 1, quoted.length - 1);
    }
}
