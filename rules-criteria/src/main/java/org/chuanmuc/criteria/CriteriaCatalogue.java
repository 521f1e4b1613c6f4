package org.chuanmuc.criteria;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.chuanmuc.model.Criterion;
import org.chuanmuc.model.Severity;

/**
 * The criteria catalogue: every stable code with its Vietnamese label, legal citation and (for the 27
 * signs) default severity, read from the resource {@value #RESOURCE}. Immutable.
 */
public final class CriteriaCatalogue {
    /** The classpath resource holding the catalogue. */
    public static final String RESOURCE = "org/chuanmuc/criteria/catalogue.json";

    private final Map<String, Criterion> byCode;

    private CriteriaCatalogue(Map<String, Criterion> byCode) {
        this.byCode = Collections.unmodifiableMap(byCode);
    }

    /**
     * Loads the bundled catalogue.
     *
     * @return the catalogue
     * @throws IllegalStateException when the resource is missing or malformed (a packaging error)
     */
    public static CriteriaCatalogue standard() {
        try (InputStream in = CriteriaCatalogue.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return parse(new ObjectMapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    private static CriteriaCatalogue parse(JsonNode root) {
        Map<String, Criterion> byCode = new LinkedHashMap<>();
        for (JsonNode n : root.path("criteria")) {
            String code = n.path("code").asText();
            Optional<Severity> severity = n.hasNonNull("severity")
                    ? Optional.of(Severity.valueOf(n.get("severity").asText()))
                    : Optional.empty();
            Criterion c = new Criterion(code, n.path("group").asText(), n.path("label").asText(),
                    n.path("citation").asText(), severity);
            if (byCode.put(code, c) != null) {
                throw new IllegalStateException(RESOURCE + ": duplicate code " + code);
            }
        }
        return new CriteriaCatalogue(byCode);
    }

    /** @return every criterion, in catalogue order */
    public List<Criterion> all() {
        return List.copyOf(byCode.values());
    }

    /** @return the criterion with this code, if any */
    public Optional<Criterion> find(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /** @return every code, in catalogue order */
    public Set<String> codes() {
        return Collections.unmodifiableSet(byCode.keySet());
    }

    /** @return the codes of the 27 signs of Nghị quyết 04-NQ/TW, in official order */
    public Set<String> signCodes() {
        return codesStartingWith("NQ4-");
    }

    /**
     * @param prefix a code prefix such as {@code PC-NV}
     * @return the codes that start with it, in catalogue order
     */
    public Set<String> codesStartingWith(String prefix) {
        List<String> codes = new ArrayList<>();
        byCode.keySet().stream().filter(c -> c.startsWith(prefix)).forEach(codes::add);
        return Collections.unmodifiableSet(new java.util.LinkedHashSet<>(codes));
    }
}
