package org.chuanmuc.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/** Runs the CLI in-process and captures what it writes; the shipped schemas for checking its output. */
final class Cli {
    static final ObjectMapper JSON = new ObjectMapper();
    static final JsonSchema DOSSIERS = schema("dossiers.schema.json");
    static final JsonSchema RESULTS = schema("results.schema.json");

    /** What one run wrote, and its exit code. */
    record Run(int code, byte[] stdout, String stderr) {
        String out() {
            return new String(stdout, StandardCharsets.UTF_8);
        }

        JsonNode json() {
            try {
                return JSON.readTree(stdout);
            } catch (IOException e) {
                throw new UncheckedIOException("stdout is not JSON: " + out(), e);
            }
        }
    }

    private Cli() {
    }

    static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), false);
        return new Run(code, out.toByteArray(), err.toString(StandardCharsets.UTF_8));
    }

    static Set<ValidationMessage> violations(JsonSchema schema, JsonNode node) {
        return schema.validate(node);
    }

    private static JsonSchema schema(String name) {
        try (InputStream in = Cli.class.getResourceAsStream("/org/chuanmuc/schema/" + name)) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
