package org.chuanmuc.bench;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Random;
import org.chuanmuc.cli.spill.LongColumn;

/**
 * Writes a copy of a dossier file with its officers in random order (the same order for the same seed), so
 * that no unit's officers are contiguous: the input of the "any order" benchmark and tests. The other
 * top-level fields are copied first, then {@code officers}. Each officer record is copied byte for byte;
 * memory holds 16 bytes per officer, whatever the file's size.
 *
 * <pre>java -cp examples/target/chuanmuc-cli.jar org.chuanmuc.bench.ShuffleOfficers IN.json OUT.json [SEED]</pre>
 */
public final class ShuffleOfficers {
    private static final JsonFactory JSON = new JsonFactory();

    private ShuffleOfficers() {
    }

    /** @param args input file, output file, seed (default 1) */
    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: ShuffleOfficers IN.json OUT.json [SEED]");
            System.exit(2);
        }
        shuffle(Path.of(args[0]), Path.of(args[1]), args.length > 2 ? Long.parseLong(args[2]) : 1);
    }

    /**
     * @param in   a dossier file (UTF-8)
     * @param out  where to write the shuffled copy
     * @param seed the seed of the order
     * @throws IOException when reading or writing fails, or {@code in} is not a JSON object
     */
    public static void shuffle(Path in, Path out, long seed) throws IOException {
        LongColumn starts = new LongColumn();
        LongColumn ends = new LongColumn();
        TokenBuffer header = new TokenBuffer(null, false);
        header.writeStartObject();
        try (InputStream stream = new BufferedInputStream(Files.newInputStream(in), 1 << 16);
             JsonParser parser = JSON.createParser(stream)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException(in + " is not a JSON object");
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                parser.nextToken();
                if (name.equals("officers") && parser.currentToken() == JsonToken.START_ARRAY) {
                    while (parser.nextToken() == JsonToken.START_OBJECT) {
                        starts.add(parser.currentTokenLocation().getByteOffset());
                        parser.skipChildren();
                        ends.add(parser.currentLocation().getByteOffset());
                    }
                } else {
                    header.writeFieldName(name);
                    header.copyCurrentStructure(parser);
                }
            }
        }
        int[] order = permutation((int) starts.size(), seed);
        try (FileChannel source = FileChannel.open(in, StandardOpenOption.READ);
             OutputStream target = new BufferedOutputStream(Files.newOutputStream(out), 1 << 16)) {
            JsonGenerator g = JSON.createGenerator(target, JsonEncoding.UTF8)
                    .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                    .disable(JsonGenerator.Feature.AUTO_CLOSE_JSON_CONTENT);
            g.setPrettyPrinter(new DefaultPrettyPrinter());
            g.writeStartObject();
            header.writeEndObject();
            try (JsonParser copy = header.asParser()) {
                copy.nextToken(); // the start of the object
                while (copy.nextToken() == JsonToken.FIELD_NAME) {
                    g.writeFieldName(copy.currentName());
                    copy.nextToken();
                    g.copyCurrentStructure(copy);
                }
            }
            g.writeFieldName("officers");
            g.writeRaw(" : [\n"); // the separator and the array by hand: the records follow as raw bytes
            g.flush();
            for (int k = 0; k < order.length; k++) {
                if (k > 0) {
                    target.write(",\n".getBytes(StandardCharsets.UTF_8));
                }
                long start = starts.get(order[k]);
                ByteBuffer record = ByteBuffer.allocate((int) (ends.get(order[k]) - start));
                while (record.hasRemaining()) {
                    if (source.read(record, start + record.position()) < 0) {
                        throw new IOException(in + " ended early");
                    }
                }
                target.write(record.array());
            }
            target.write("\n  ]\n}\n".getBytes(StandardCharsets.UTF_8));
        }
    }

    private static int[] permutation(int n, long seed) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Random random = new Random(seed);
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        return order;
    }
}
