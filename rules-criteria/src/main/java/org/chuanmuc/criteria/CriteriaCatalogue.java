package org.chuanmuc.criteria;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.chuanmuc.assess.Diagnostic;
import org.chuanmuc.assess.RuleCompilationException;
import org.chuanmuc.model.Criterion;
import org.chuanmuc.model.Severity;

/**
 * The criteria catalogue: every stable code with its Vietnamese label, legal citation and (for the 27
 * signs) default severity. The standard catalogue is the resource {@value #RESOURCE}; an edited one is the
 * {@value #FILE_NAME} of a criteria folder ({@link #read(Path)}). Immutable.
 *
 * <p>The file is a JSON object with an optional {@code description} and an array {@code criteria}; each
 * entry has {@code code} (required, unique), {@code label} (required), {@code group}, {@code citation} and,
 * for signs (codes starting {@code NQ4-}), {@code severity} ({@code NHE}, {@code NGHIEM_TRONG} or
 * {@code RAT_NGHIEM_TRONG}), required: the rules that rate a concluded sign are one per severity. Any other
 * field is an error, so that a misspelt field is never silently ignored.
 */
public final class CriteriaCatalogue {
    /** The classpath resource holding the catalogue. */
    public static final String RESOURCE = "org/chuanmuc/criteria/catalogue.json";
    /** The catalogue's file name in a criteria folder. */
    public static final String FILE_NAME = "catalogue.json";

    /**
     * Jackson's streaming parser only: an {@code ObjectMapper} costs about a third of a second to start in a fresh
     * JVM, a fifth of a cold build of the standard criteria. See {@link Trees} for the values that need one.
     */
    private static final JsonFactory JSON = new JsonFactory();
    /** The codes of the 27 signs of degradation (Nghị quyết 04-NQ/TW) start with this. */
    private static final String SIGN_PREFIX = "NQ4-";
    /** The severities a sign may have, as the messages list them. */
    private static final String SEVERITIES = java.util.Arrays.toString(Severity.values());
    private static final Set<String> TOP_FIELDS = Set.of("description", "criteria");
    private static final Set<String> ENTRY_FIELDS = Set.of("code", "group", "label", "citation", "severity");

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
            List<Diagnostic> problems = new ArrayList<>();
            CriteriaCatalogue catalogue = parse(in.readAllBytes(), RESOURCE, problems);
            if (!problems.isEmpty()) {
                throw new IllegalStateException(problems.toString());
            }
            return catalogue;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /**
     * Reads a catalogue file, such as the {@value #FILE_NAME} of a folder written by
     * {@link StandardCriteria#writeTo(Path)} and edited by policy staff.
     *
     * @param file the catalogue file
     * @return the catalogue
     * @throws RuleCompilationException with one {@link Diagnostic} per problem (the file, the line and column
     *                                  of the entry, and what was expected) when the file is missing, is not
     *                                  JSON, or breaks a rule above
     */
    public static CriteriaCatalogue read(Path file) {
        String name = file.toString();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new RuleCompilationException(List.of(new Diagnostic(name, 0, 0,
                    "thiếu danh mục tiêu chí (missing criteria catalogue): expected " + name
                            + ", a JSON file with the array \"criteria\" as export-criteria writes it")));
        } catch (IOException e) {
            throw new RuleCompilationException(List.of(new Diagnostic(name, 0, 0,
                    "không đọc được danh mục tiêu chí (cannot read the criteria catalogue): " + e)));
        }
        List<Diagnostic> problems = new ArrayList<>();
        CriteriaCatalogue catalogue = parse(bytes, name, problems);
        if (!problems.isEmpty()) {
            throw new RuleCompilationException(problems);
        }
        return catalogue;
    }

    private static CriteriaCatalogue parse(byte[] bytes, String name, List<Diagnostic> problems) {
        Map<String, Criterion> byCode = new LinkedHashMap<>();
        try (JsonParser parser = JSON.createParser(bytes)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                problems.add(at(name, parser.currentTokenLocation(),
                        "cần một đối tượng JSON có mảng \"criteria\" (expected a JSON object with the array \"criteria\")"));
                return new CriteriaCatalogue(byCode);
            }
            boolean sawCriteria = false;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonLocation where = parser.currentTokenLocation();
                JsonToken value = parser.nextToken();
                if (field.equals("criteria") && value == JsonToken.START_ARRAY) {
                    sawCriteria = true;
                    int index = 0;
                    while (parser.nextToken() != JsonToken.END_ARRAY) {
                        JsonLocation entryAt = parser.currentTokenLocation();
                        String path = "criteria[" + index++ + "]";
                        if (parser.currentToken() != JsonToken.START_OBJECT) {
                            problems.add(at(name, entryAt, path
                                    + ": cần một đối tượng (expected an object with code, label…)"));
                            parser.skipChildren();
                            continue;
                        }
                        entry(fields(parser), path, name, entryAt, byCode, problems);
                    }
                } else {
                    if (field.equals("criteria")) {
                        problems.add(at(name, where, "criteria: cần một mảng (expected an array)"));
                    } else if (!TOP_FIELDS.contains(field)) {
                        problems.add(at(name, where, field + ": trường không có trong định dạng (unknown field;"
                                + " expected " + TOP_FIELDS.stream().sorted().toList() + ")"));
                    }
                    parser.skipChildren();
                }
            }
            if (!sawCriteria) {
                problems.add(new Diagnostic(name, 1, 1, "thiếu mảng \"criteria\" (missing the array \"criteria\")"));
            }
        } catch (JsonProcessingException e) {
            problems.add(at(name, e.getLocation(), "không phải JSON hợp lệ (not valid JSON): " + e.getOriginalMessage()));
        } catch (IOException e) {
            problems.add(new Diagnostic(name, 0, 0, "không đọc được (cannot read): " + e));
        }
        return new CriteriaCatalogue(byCode);
    }

    /**
     * Reads an entry's fields, the parser at its opening brace: a string as it is, any other value as Jackson's tree
     * of it (null as {@link NullNode}). A field given twice keeps its first place and its last value, as Jackson's
     * tree of the object would.
     */
    private static Map<String, Object> fields(JsonParser parser) throws IOException {
        Map<String, Object> fields = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            fields.put(field, value == JsonToken.VALUE_STRING ? parser.getText()
                    : value == JsonToken.VALUE_NULL ? NullNode.getInstance() : Trees.MAPPER.readTree(parser));
        }
        return fields;
    }

    /** The mapper for values other than strings and null, which no valid catalogue has: started only for them. */
    private static final class Trees {
        static final ObjectMapper MAPPER = new ObjectMapper();
    }

    private static void entry(Map<String, Object> n, String path, String name, JsonLocation where,
                              Map<String, Criterion> byCode, List<Diagnostic> problems) {
        int before = problems.size();
        n.keySet().forEach(field -> {
            if (!ENTRY_FIELDS.contains(field)) {
                problems.add(at(name, where, path + "." + field + ": trường không có trong định dạng (unknown field;"
                        + " expected " + ENTRY_FIELDS.stream().sorted().toList() + ")"));
            }
        });
        String code = text(n, "code", path, true, name, where, problems);
        String label = text(n, "label", path, true, name, where, problems);
        String group = text(n, "group", path, false, name, where, problems);
        String citation = text(n, "citation", path, false, name, where, problems);
        Optional<Severity> severity = Optional.empty();
        Object given = n.get("severity");
        if (given != null && !(given instanceof JsonNode node && node.isNull())) {
            String s = given instanceof JsonNode node ? node.asText() : (String) given;
            try {
                severity = Optional.of(Severity.valueOf(s));
            } catch (IllegalArgumentException e) {
                problems.add(at(name, where, path + ".severity: \"" + s + "\" không phải mức độ (unknown severity;"
                        + " expected one of " + SEVERITIES + ")"));
            }
        }
        if (problems.size() > before) {
            return;
        }
        if (byCode.put(code, new Criterion(code, group, label, citation, severity)) != null) {
            problems.add(at(name, where, path + ".code: mã \"" + code + "\" đã có ở trên (duplicate code)"));
        }
        if (code.startsWith(SIGN_PREFIX) && severity.isEmpty()) {
            // the rows that rate a concluded sign are keyed by severity: a sign without one would match none of them
            problems.add(at(name, where, path + ".severity: biểu hiện suy thoái " + code + " phải có mức độ, nếu không"
                    + " sẽ không quy tắc nào xếp loại khi biểu hiện được kết luận (required for a sign of degradation;"
                    + " expected one of " + SEVERITIES + ")"));
        }
    }

    private static String text(Map<String, Object> n, String field, String path, boolean required, String name,
                               JsonLocation where, List<Diagnostic> problems) {
        Object value = n.get(field);
        if (value == null || value instanceof JsonNode node && node.isNull()) {
            if (required) {
                problems.add(at(name, where, path + "." + field + ": bắt buộc (required)"));
            }
            return "";
        }
        if (!(value instanceof String text) || (required && text.isBlank())) {
            problems.add(at(name, where, path + "." + field + ": cần một chuỗi" + (required ? " không rỗng" : "")
                    + " (expected a" + (required ? " non-blank" : "") + " string)"));
            return "";
        }
        return text;
    }

    private static Diagnostic at(String name, JsonLocation where, String message) {
        return where == null ? new Diagnostic(name, 0, 0, message)
                : new Diagnostic(name, Math.max(0, where.getLineNr()), Math.max(0, where.getColumnNr()), message);
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
        return codesStartingWith(SIGN_PREFIX);
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
