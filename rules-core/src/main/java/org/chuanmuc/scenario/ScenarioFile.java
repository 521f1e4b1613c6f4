package org.chuanmuc.scenario;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.chuanmuc.io.DossierEntry;
import org.chuanmuc.io.DossierFile;
import org.chuanmuc.io.DossierFormatException;
import org.chuanmuc.io.DossierReader;
import org.chuanmuc.io.FieldError;
import org.chuanmuc.io.internal.Fields;
import org.chuanmuc.io.internal.ReadLimits;
import org.chuanmuc.io.internal.ReaderMessages;
import org.chuanmuc.model.RatingLevel;

/**
 * A scenario: a dossier input ({@code period}, {@code units}, {@code officers}) with a {@code name}, a
 * {@code description} and what is expected for some of its officers ({@code expect}). The format is
 * described in {@code org/chuanmuc/scenario/FORMAT.md}. Immutable.
 *
 * @param file         where it was read from
 * @param name         the scenario's name (the file name when the file has none)
 * @param description  what it checks; may be empty
 * @param dossiers     the dossier part, validated; rejected officers are kept (the runner reports them)
 * @param expectations what is expected, in file order; never empty
 */
public record ScenarioFile(Path file, String name, String description, DossierFile dossiers,
                           List<Expectation> expectations) {
    /** With the dossier reader's caps: a file the reader has read can be parsed again here. */
    private static final ObjectMapper TREES = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(ReadLimits.parserConstraints())
            .build());
    /** The top-level fields of a scenario that the dossier reader skips. */
    private static final Set<String> OWN_FIELDS = Set.of("name", "description", "expect");
    private static final DossierReader ANY_SIGN = DossierReader.withKnownSigns(Set.of());

    /** @throws NullPointerException when a component is null */
    public ScenarioFile {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(dossiers, "dossiers");
        expectations = List.copyOf(expectations);
    }

    /**
     * Loads a scenario; sign codes are not checked against a catalogue.
     *
     * @param file the scenario file
     * @return the scenario
     * @throws ScenarioFormatException when the file or its {@code expect} part is malformed (every problem,
     *                                 with file and JSON path or line and column)
     * @throws UncheckedIOException    when the file cannot be read
     */
    public static ScenarioFile load(Path file) {
        return load(file, ANY_SIGN);
    }

    /**
     * Loads a scenario, reading its dossier part with the given reader (to check sign codes).
     *
     * @param file   the scenario file
     * @param reader reads the dossier part
     * @return the scenario
     * @throws ScenarioFormatException when the file or its {@code expect} part is malformed
     * @throws UncheckedIOException    when the file cannot be read
     */
    public static ScenarioFile load(Path file, DossierReader reader) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("không đọc được tệp kịch bản (cannot read scenario) " + file, e);
        }
        DossierFile dossiers;
        JsonNode root;
        try {
            // the reader gives line and column for whole-file problems; the tree is for the scenario fields
            dossiers = reader.read(new ByteArrayInputStream(bytes), file.toString());
            root = ownFields(bytes, file);
        } catch (DossierFormatException e) {
            throw new ScenarioFormatException(file, e);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the reader accepted what Jackson rejects: " + file, e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read scenario " + file, e);
        }
        List<FieldError> errors = new ArrayList<>();
        String name = text(root, "name", errors).orElse(file.getFileName().toString());
        String description = text(root, "description", errors).orElse("");
        List<Expectation> expectations = expectations(root.get("expect"), dossiers, errors);
        if (!errors.isEmpty()) {
            throw new ScenarioFormatException(file, errors);
        }
        return new ScenarioFile(file, name, description, dossiers, expectations);
    }

    /**
     * Reads the scenario's own top-level fields ({@code name}, {@code description}, {@code expect}) into a tree, and
     * steps over the dossier part, which the reader has read and checked: its records may hold values as large as
     * the reader's limits let a record hold, which are not parsed again. A number in the scenario's own fields longer
     * than the reader's limit refuses the file (parsing it could take a time quadratic in its length), as does a
     * value beyond the parser's caps.
     *
     * @throws DossierFormatException for such a value, with its position
     */
    private static ObjectNode ownFields(byte[] bytes, Path file) throws IOException {
        ObjectNode root = TREES.createObjectNode();
        try (NumberLengthGuard parser = new NumberLengthGuard(TREES.createParser(bytes), file)) {
            try {
                parser.nextToken(); // the root object: the reader has checked that it is one
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String field = parser.currentName();
                    JsonToken value = parser.delegate().nextToken(); // checked below if it is read
                    if (OWN_FIELDS.contains(field)) {
                        NumberLengthGuard.check(value, parser, file);
                        root.set(field, TREES.readTree(parser));
                    } else {
                        parser.skipChildren(); // by the parser itself, unguarded: nothing in it is parsed
                    }
                }
            } catch (StreamConstraintsException e) {
                throw NumberLengthGuard.error(file, parser.currentLocation(),
                        ReaderMessages.beyondParserLimits(e.getOriginalMessage()));
            }
        }
        return root;
    }

    /** Refuses a number longer than {@link ReadLimits#MAX_NUMBER_LENGTH} as it is read, before anything parses it. */
    private static final class NumberLengthGuard extends JsonParserDelegate {
        private final Path file;

        NumberLengthGuard(JsonParser parser, Path file) {
            super(parser);
            this.file = file;
        }

        @Override
        public JsonToken nextToken() throws IOException {
            return check(super.nextToken(), this, file);
        }

        static JsonToken check(JsonToken token, JsonParser parser, Path file) throws IOException {
            String tooLong = ReadLimits.numberTooLong(token, parser);
            if (tooLong != null) {
                throw error(file, parser.currentTokenLocation(), tooLong);
            }
            return token;
        }

        static DossierFormatException error(Path file, JsonLocation at, String reason) {
            return new DossierFormatException(file.toString(), Math.max(0, at.getLineNr()),
                    Math.max(0, at.getColumnNr()), reason);
        }
    }

    private static Optional<String> text(JsonNode root, String field, List<FieldError> errors) {
        JsonNode node = root.get(field);
        if (node == null) {
            return Optional.empty();
        }
        if (!node.isTextual()) {
            errors.add(new FieldError(field, ReaderMessages.notString()));
            return Optional.empty();
        }
        return Optional.of(node.textValue());
    }

    private static List<Expectation> expectations(JsonNode expect, DossierFile dossiers, List<FieldError> errors) {
        if (expect == null || !expect.isArray() || expect.isEmpty()) {
            errors.add(new FieldError("expect", ScenarioMessages.expectRequired()));
            return List.of();
        }
        Set<String> officerIds = new HashSet<>();
        dossiers.entries().stream().map(DossierEntry::officerId).forEach(officerIds::add);
        Map<String, Integer> seen = new HashMap<>();
        List<Expectation> result = new ArrayList<>();
        for (int i = 0; i < expect.size(); i++) {
            Optional<Fields> element = Fields.of(expect.get(i), "expect[" + i + "]", errors);
            if (element.isEmpty()) {
                continue;
            }
            Fields f = element.get();
            int index = i;
            Optional<String> officerId = f.requiredText("officerId").filter(id -> {
                if (!officerIds.contains(id)) {
                    f.error("officerId", ScenarioMessages.noSuchOfficer(id));
                    return false;
                }
                Integer first = seen.putIfAbsent(id, index);
                if (first != null) {
                    f.error("officerId", ScenarioMessages.duplicateExpectation(id, first));
                    return false;
                }
                return true;
            });
            Optional<RatingLevel> rating = f.requiredEnum("rating", RatingLevel.class);
            Optional<RatingLevel> partyRating = f.optionalEnum("partyRating", RatingLevel.class);
            List<String> reasons = f.optionalTexts("reasons");
            List<String> noReasons = f.optionalTexts("noReasons");
            List<String> rules = f.optionalTexts("rules");
            List<String> reviewFlags = f.optionalTexts("reviewFlags");
            List<String> warnings = f.optionalTexts("warnings");
            boolean exactReasons = f.optionalBoolean("exactReasons", false);
            List<String> noReviewFlags = f.optionalTexts("noReviewFlags");
            List<String> noWarnings = f.optionalTexts("noWarnings");
            f.rejectUnknownFields();
            if (officerId.isPresent() && rating.isPresent()) {
                result.add(new Expectation(officerId.get(), rating.get(), partyRating, reasons, noReasons, rules,
                        reviewFlags, warnings, exactReasons, noReviewFlags, noWarnings));
            }
        }
        return result;
    }
}
