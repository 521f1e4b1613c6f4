package org.chuanmuc.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Set;

/** Test data: the valid sample inputs as mutable trees, and the reader configured as in production. */
public final class DossierJson {
    public static final ObjectMapper MAPPER = new ObjectMapper();

    /** The 27 sign codes of Nghị quyết 04-NQ/TW, as the criteria catalogue has them. */
    public static final Set<String> SIGNS = signs();

    public static final DossierReader READER = DossierReader.withKnownSigns(SIGNS);

    private DossierJson() {
    }

    /** @return a fresh copy of {@code valid-2025.json}: three valid officers (PC08, PC08, PC09) */
    public static ObjectNode valid2025() {
        return resource("valid-2025.json");
    }

    /** @return a fresh copy of {@code valid-2026.json}: the same officers with scores */
    public static ObjectNode valid2026() {
        return resource("valid-2026.json");
    }

    public static ObjectNode resource(String name) {
        try (InputStream in = DossierJson.class.getResourceAsStream(name)) {
            return (ObjectNode) MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return officers[i] of the tree, to change in place */
    public static ObjectNode officer(ObjectNode root, int i) {
        return (ObjectNode) root.withArray("officers").get(i);
    }

    public static byte[] bytes(JsonNode root) {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads through the streaming path, as the CLI does. */
    public static DossierFile read(JsonNode root) {
        return READER.read(new ByteArrayInputStream(bytes(root)), "test.json");
    }

    public static DossierFile read(String json) {
        return READER.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "test.json");
    }

    private static Set<String> signs() {
        Set<String> codes = new LinkedHashSet<>();
        for (String group : new String[] {"CT", "DD", "TDB"}) {
            for (int i = 1; i <= 9; i++) {
                codes.add("NQ4-" + group + "-0" + i);
            }
        }
        return Set.copyOf(codes);
    }
}
