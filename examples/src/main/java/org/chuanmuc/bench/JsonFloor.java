package org.chuanmuc.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The JSON floor of an assessment run: the least work any implementation must do on the same bytes. Jackson's
 * streaming parser reads every token of the input, then every token of a result file is copied into a new file
 * (read and written). End-to-end time divided by this time is the overhead of everything between parsing and
 * writing.
 *
 * <pre>java -cp examples/target/chuanmuc-cli.jar org.chuanmuc.bench.JsonFloor INPUT.json RESULT.json COPY.json</pre>
 *
 * <p>Prints one line: the tokens read and written and the seconds taken (after the JVM has started).
 */
public final class JsonFloor {
    private static final JsonFactory JSON = new JsonFactory();

    private JsonFloor() {
    }

    /** @param args the input file, a result file of the same input, and where to write the copy */
    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: JsonFloor INPUT.json RESULT.json COPY.json");
            System.exit(2);
        }
        long start = System.nanoTime();
        long read = readAll(Path.of(args[0]));
        long copied = copy(Path.of(args[1]), Path.of(args[2]));
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "floor %d tokens read, %d tokens copied in %.3f s%n", read, copied, seconds);
    }

    /** @return the number of tokens in the file, every one read with its text or number */
    static long readAll(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file); JsonParser p = JSON.createParser(in)) {
            return readAll(p);
        }
    }

    /** @return the number of tokens the parser gives, every one read with its text or number */
    static long readAll(JsonParser p) throws IOException {
        long tokens = 0;
        long sink = 0;
        for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
            tokens++;
            switch (t) {
                case FIELD_NAME, VALUE_STRING -> sink += p.getText().length();
                case VALUE_NUMBER_INT -> sink += p.getLongValue();
                case VALUE_NUMBER_FLOAT -> sink += (long) p.getDoubleValue();
                default -> { }
            }
        }
        return sink == Long.MIN_VALUE ? -1 : tokens; // keeps the reads observable
    }

    /** Copies every token of {@code from} into {@code to}; @return the number of tokens copied */
    static long copy(Path from, Path to) throws IOException {
        long tokens = 0;
        try (InputStream in = Files.newInputStream(from); JsonParser p = JSON.createParser(in);
             OutputStream out = new BufferedOutputStream(Files.newOutputStream(to), 1 << 16);
             JsonGenerator g = JSON.createGenerator(out)) {
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                g.copyCurrentEvent(p);
                tokens++;
            }
        }
        return tokens;
    }
}
