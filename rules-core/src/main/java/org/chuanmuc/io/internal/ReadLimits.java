package org.chuanmuc.io.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.IOException;

/**
 * How large one value of a dossier input may be, in two tiers (docs/formats.md, "Limits").
 *
 * <p><b>Per record.</b> A value of an officer or a unit over one of the {@code MAX_} limits rejects that record, at the
 * value's path, like any bad value; the other records are read as usual. The reader checks these itself, where it
 * knows the path. The limits are far above anything the format needs (its longest number is a count, its deepest
 * object two levels below the record). Those on numbers and nesting are the ones Jackson applied to the whole file
 * by default (it counted a number's digits, the reader counts its characters as written).
 *
 * <p><b>Per file.</b> The parser cannot step over a value without holding part of it: the characters of a number, a
 * field name or a string it is asked for, one context per level of nesting. {@link #parserConstraints()} caps these
 * far above the per-record limits, so that a value a little or a lot over them costs only its record, while a value
 * beyond the caps (a single value of tens of megabytes) refuses the file, with its position, instead of taking memory
 * in proportion to it. Strings the reader does not need (of unknown fields, of the wrong type) are stepped over
 * without being decoded, whatever their length.
 */
public final class ReadLimits {
    /** Characters of a number as written, sign, point and exponent included (Jackson's former default). */
    public static final int MAX_NUMBER_LENGTH = 1_000;
    /** Characters of a string the format defines (an id, a name, a piece of evidence …): some 300 pages of text. */
    public static final int MAX_TEXT_LENGTH = 1_000_000;
    /** Characters of a field name; the format's longest is 16, so only an unknown name is ever this long. */
    public static final int MAX_NAME_LENGTH = 1_000;
    /**
     * Levels of arrays and objects, the file's root object being level 1 and an officer or a unit level 3
     * (Jackson's former default, counted the same way).
     */
    public static final int MAX_DEPTH = 1_000;

    /** The parser's cap on a string it decodes, and on a number's digits (buffered alike): about 100 MB of chars. */
    public static final int PARSER_MAX_STRING_LENGTH = 50_000_000;
    /** The parser's cap on a field name, which it always decodes (and keeps in its table of names). */
    public static final int PARSER_MAX_NAME_LENGTH = 100_000;
    /** The parser's cap on nesting: it keeps one small context object per open level. */
    public static final int PARSER_MAX_DEPTH = 100_000;

    private static final StreamReadConstraints PARSER = StreamReadConstraints.builder()
            // a number's digits are buffered like a string's, so PARSER_MAX_STRING_LENGTH bounds them; the length is
            // checked against MAX_NUMBER_LENGTH by the reader, after the token, where a failure costs only the record
            .maxNumberLength(Integer.MAX_VALUE)
            .maxStringLength(PARSER_MAX_STRING_LENGTH)
            .maxNameLength(PARSER_MAX_NAME_LENGTH)
            .maxNestingDepth(PARSER_MAX_DEPTH)
            .build();

    private ReadLimits() {
    }

    /**
     * Measures a number before anything parses it: parsing a number of a million digits could take a time quadratic
     * in its length.
     *
     * @param token  the parser's current token
     * @param parser the parser
     * @return the error for a number written with more than {@link #MAX_NUMBER_LENGTH} characters; null for any other
     *         token, or a number within the limit
     */
    public static String numberTooLong(JsonToken token, JsonParser parser) throws IOException {
        if (token == null || !token.isNumeric()) {
            return null;
        }
        int length = parser.getTextLength();
        return length > MAX_NUMBER_LENGTH ? ReaderMessages.numberTooLong(length, MAX_NUMBER_LENGTH) : null;
    }

    /**
     * @return the constraints of the dossier parser: Jackson throws mid-token, which can only refuse the whole file,
     *         so its limits are the per-file caps above, not the per-record limits
     */
    public static StreamReadConstraints parserConstraints() {
        return PARSER;
    }
}
