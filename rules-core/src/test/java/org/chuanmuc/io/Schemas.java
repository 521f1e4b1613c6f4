package org.chuanmuc.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;

/** The shipped JSON Schemas, loaded from the main resources, for tests. */
public final class Schemas {
    public static final JsonSchema DOSSIERS = load("dossiers.schema.json");
    public static final JsonSchema RESULTS = load("results.schema.json");

    private Schemas() {
    }

    private static JsonSchema load(String name) {
        try (InputStream in = Schemas.class.getResourceAsStream("/org/chuanmuc/schema/" + name)) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Set<ValidationMessage> validate(JsonSchema schema, JsonNode node) {
        return schema.validate(node);
    }

    /** Asserts that bytes are a results document the schema accepts. */
    public static void assertValidResults(byte[] json) {
        try {
            assertThat(RESULTS.validate(DossierJson.MAPPER.readTree(json))).isEmpty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
