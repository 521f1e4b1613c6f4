package org.chuanmuc.io.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.CharConversionException;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.chuanmuc.io.DossierBatch;
import org.chuanmuc.io.DossierEntry;
import org.chuanmuc.io.DossierFormatException;
import org.chuanmuc.io.FieldError;
import org.chuanmuc.model.Period;
import org.chuanmuc.model.Unit;

/**
 * Reads a dossier input token by token. {@link #open} reads the top-level fields up to the start of
 * {@code officers}; {@link #nextBatch()} then reads one officer record at a time straight from the tokens (a
 * {@link RawObject}, no JSON tree) and validates it, so memory stays at one batch plus the id set. Units are read
 * the same way, all of them, before the officers. When
 * {@code officers} comes before {@code period} or {@code units}, the records read are kept in memory until the
 * rest of the file has been read (the only way to validate them), and batches are then taken from that copy.
 *
 * <p>Works on any {@link JsonParser}, including one over an in-memory tree, where positions are unknown
 * (reported as line 0, column 0). Not thread-safe.
 */
public final class DossierParser implements Closeable {
    private static final ObjectMapper TREES = new ObjectMapper();

    private final JsonParser parser;
    private final String source;
    private final Set<String> knownSigns;
    private final Set<String> topLevelSeen = new HashSet<>();
    private final Set<String> unitKeysSeen = new HashSet<>();
    private JsonLocation rootStart;
    private Period period;
    private UnitTable units;
    private OfficerValidator validator;
    private boolean streaming;
    private List<Object> buffered;
    private int nextIndex;
    private Parsed lookahead;

    private record Parsed(DossierEntry entry, String unitKey) {
    }

    private DossierParser(JsonParser parser, String source, Set<String> knownSigns) {
        this.parser = parser;
        this.source = source;
        this.knownSigns = Set.copyOf(knownSigns);
    }

    /**
     * Reads the file up to the first officer record.
     *
     * @param parser     the input; closed by {@link #close()} (and by this method when it throws)
     * @param source     the name used in errors
     * @param knownSigns sign codes {@code signs[].code} may use; empty to accept any
     * @return a parser positioned before the first officer
     * @throws DossierFormatException when the file is not JSON, or {@code period}, {@code units} or
     *                                {@code officers} is missing or malformed
     * @throws UncheckedIOException   when the input cannot be read
     */
    public static DossierParser open(JsonParser parser, String source, Set<String> knownSigns) {
        DossierParser reader = new DossierParser(parser, source, knownSigns);
        try {
            reader.readHeader();
            return reader;
        } catch (RuntimeException e) {
            reader.closeQuietly(e);
            throw e;
        }
    }

    /** @return the name used in errors */
    public String source() {
        return source;
    }

    /** @return the period */
    public Period period() {
        return period;
    }

    /** @return the units without errors, in input order */
    public List<Unit> units() {
        return units.units();
    }

    /** @return every error in {@code units} */
    public List<FieldError> unitErrors() {
        return units.errors();
    }

    /**
     * @return the next run of consecutive records naming the same {@code unitId}; empty at the end
     * @throws DossierFormatException when the JSON turns out to be malformed further on
     * @throws UncheckedIOException   when the input cannot be read
     */
    public Optional<DossierBatch> nextBatch() {
        try {
            Parsed first = lookahead != null ? lookahead : readRecord().orElse(null);
            lookahead = null;
            if (first == null) {
                return Optional.empty();
            }
            List<DossierEntry> entries = new ArrayList<>();
            entries.add(first.entry());
            for (Optional<Parsed> next = readRecord(); next.isPresent(); next = readRecord()) {
                if (!next.get().unitKey().equals(first.unitKey())) {
                    lookahead = next.get();
                    break;
                }
                entries.add(next.get().entry());
            }
            boolean resumes = !unitKeysSeen.add(first.unitKey()) && !first.unitKey().isEmpty();
            return Optional.of(new DossierBatch(first.unitKey(), entries, resumes));
        } catch (JsonProcessingException e) {
            throw notJson(e);
        } catch (CharConversionException e) {
            throw notText(e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + source, e);
        }
    }

    /** @throws UncheckedIOException when closing the input fails */
    @Override
    public void close() {
        try {
            parser.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close " + source, e);
        }
    }

    private void closeQuietly(RuntimeException pending) {
        try {
            parser.close();
        } catch (IOException e) {
            pending.addSuppressed(e);
        }
    }

    private void readHeader() {
        try {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw error(parser.currentLocation(), ReaderMessages.empty());
            }
            if (first != JsonToken.START_OBJECT) {
                throw error(parser.currentTokenLocation(), ReaderMessages.rootNotObject());
            }
            rootStart = parser.currentTokenLocation();
            if (readTopLevelFields()) {
                return;
            }
            for (String field : List.of("period", "units", "officers")) {
                if (!topLevelSeen.contains(field)) {
                    throw error(rootStart, ReaderMessages.missingTopLevel(field));
                }
            }
            validator = new OfficerValidator(period, units, knownSigns);
        } catch (JsonProcessingException e) {
            throw notJson(e);
        } catch (CharConversionException e) {
            throw notText(e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + source, e);
        }
    }

    /**
     * Reads top-level fields until {@code officers} can be streamed (returns true) or the root object ends
     * (returns false, after checking that nothing follows it).
     */
    private boolean readTopLevelFields() throws IOException {
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonLocation nameAt = parser.currentTokenLocation();
            JsonToken value = parser.nextToken();
            JsonLocation valueAt = parser.currentTokenLocation();
            boolean ours = name.equals("period") || name.equals("units") || name.equals("officers");
            if (ours && !topLevelSeen.add(name)) {
                throw error(nameAt, ReaderMessages.duplicateTopLevel(name));
            }
            switch (name) {
                case "period" -> period = readPeriod();
                case "units" -> {
                    if (value != JsonToken.START_ARRAY) {
                        throw error(valueAt, ReaderMessages.topLevelNotArray(name));
                    }
                    units = UnitTable.read(readUnits());
                }
                case "officers" -> {
                    if (value != JsonToken.START_ARRAY) {
                        throw error(valueAt, ReaderMessages.topLevelNotArray(name));
                    }
                    if (period != null && units != null) {
                        validator = new OfficerValidator(period, units, knownSigns);
                        streaming = true;
                        return true;
                    }
                    buffered = readAllRecords();
                }
                default -> parser.skipChildren(); // name, description, expect of scenario files, $schema …
            }
        }
        if (parser.nextToken() != null) {
            throw error(parser.currentTokenLocation(), ReaderMessages.trailingContent());
        }
        return false;
    }

    /** Reads the whole {@code units} array, whose start is the current token. */
    private List<Object> readUnits() throws IOException {
        List<Object> records = new ArrayList<>();
        for (JsonToken token = nextInArray(); token != JsonToken.END_ARRAY; token = nextInArray()) {
            Object unit = RawObject.readRecord(parser, token, RecordShape.UNIT);
            if (unit instanceof RawObject raw && raw.firstRepeated() != null) {
                // a field of a unit given twice: which value counts cannot be told, so the file is refused
                throw error(raw.firstRepeatedAt(), ReaderMessages.unitFieldGivenTwice(raw.firstRepeated()));
            }
            records.add(unit);
        }
        return records;
    }

    private Period readPeriod() throws IOException {
        JsonLocation at = parser.currentTokenLocation();
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            throw error(at, ReaderMessages.periodNotObject());
        }
        Integer year = null;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonLocation nameAt = parser.currentTokenLocation();
            parser.nextToken();
            JsonLocation valueAt = parser.currentTokenLocation();
            if (!name.equals("year")) {
                throw error(nameAt, ReaderMessages.periodUnknownField(name));
            }
            if (year != null) {
                throw error(nameAt, ReaderMessages.duplicateTopLevel("period.year"));
            }
            String tooLong = ReadLimits.numberTooLong(parser.currentToken(), parser);
            if (tooLong != null) {
                throw error(valueAt, "period.year: " + tooLong);
            }
            JsonNode value = TREES.readTree(parser);
            if (value == null || !value.isNumber() || !value.canConvertToExactIntegral()) {
                throw error(valueAt, ReaderMessages.periodYear());
            }
            if (!value.canConvertToInt() || value.intValue() < Period.FIRST_YEAR || value.intValue() > Period.LAST_YEAR) {
                throw error(valueAt, ReaderMessages.periodYearRange(value.bigIntegerValue().toString()));
            }
            year = value.intValue();
        }
        if (year == null) {
            throw error(at, ReaderMessages.periodYear());
        }
        return new Period(year);
    }

    private Optional<Parsed> readRecord() throws IOException {
        Object record;
        if (buffered != null) {
            if (nextIndex >= buffered.size()) {
                return Optional.empty();
            }
            record = buffered.get(nextIndex);
        } else {
            if (!streaming) {
                return Optional.empty();
            }
            JsonToken token = nextInArray();
            if (token == JsonToken.END_ARRAY) {
                streaming = false;
                readTopLevelFields(); // the rest of the file: only checked, officers cannot come twice
                return Optional.empty();
            }
            record = RawObject.readRecord(parser, token);
        }
        int index = nextIndex++;
        return Optional.of(new Parsed(validator.validate(record, index), OfficerValidator.unitKey(record)));
    }

    /** Reads the whole {@code officers} array, whose start is the current token, to check it later. */
    private List<Object> readAllRecords() throws IOException {
        List<Object> records = new ArrayList<>();
        for (JsonToken token = nextInArray(); token != JsonToken.END_ARRAY; token = nextInArray()) {
            records.add(RawObject.readRecord(parser, token));
        }
        return records;
    }

    /** @return the next token inside {@code officers} or {@code units}: a record's first token or the array's end */
    private JsonToken nextInArray() throws IOException {
        JsonToken token = parser.nextToken();
        if (token == null) { // a parser over text fails before this, on the missing ']'
            throw new JsonParseException(parser, "Unexpected end-of-input: expected close marker for Array");
        }
        return token;
    }

    private DossierFormatException notJson(JsonProcessingException e) {
        if (e instanceof StreamConstraintsException) {
            // valid JSON, but a value beyond the parser's caps (ReadLimits): where the parser stopped, if not said
            JsonLocation at = e.getLocation() != null ? e.getLocation() : parser.currentLocation();
            return error(at, ReaderMessages.beyondParserLimits(e.getOriginalMessage()));
        }
        return error(e.getLocation(), ReaderMessages.notJson(e.getOriginalMessage()));
    }

    /**
     * Bytes that are not text in the encoding the input announced (an invalid UTF-32 code point, say): a whole-file
     * problem like malformed JSON, at the last position the parser knows; not an I/O failure.
     */
    private DossierFormatException notText(CharConversionException e) {
        return error(parser.currentLocation(), ReaderMessages.notJson(e.getMessage()));
    }

    private DossierFormatException error(JsonLocation at, String reason) {
        int line = at == null ? 0 : Math.max(0, at.getLineNr());
        int column = at == null ? 0 : Math.max(0, at.getColumnNr());
        return new DossierFormatException(source, line, column, reason);
    }
}
