package org.chuanmuc.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.chuanmuc.io.internal.DossierParser;
import org.chuanmuc.io.internal.ReadLimits;
import org.chuanmuc.io.internal.ReaderMessages;

/**
 * Reads and validates dossier input files (the format of {@code docs/formats.md} and
 * {@code org/chuanmuc/schema/dossiers.schema.json}).
 *
 * <p>What callers may rely on:
 * <ul>
 *   <li>Every record of {@code officers} comes back exactly once, in input order: accepted as a
 *       {@link org.chuanmuc.model.Dossier}, or rejected with <em>every</em> error found in it, each a
 *       {@link FieldError} with the exact JSON path ({@code officers[1].tasks.completed}) and a Vietnamese
 *       message with an English gloss. One bad record never stops the others.</li>
 *   <li>A file that is not JSON, is not an object, or lacks a valid {@code period} (year 2023–2100), or a
 *       {@code units} or {@code officers} array, fails whole with a {@link DossierFormatException} that
 *       names the line and column.</li>
 *   <li>Limits: a value of an officer or a unit over the reader's limits (a number of more than 1,000 characters,
 *       a string of more than a million, a field name of more than 1,000, arrays and objects nested more than 1,000
 *       levels deep) rejects that record, or breaks that unit, with an error at its path, as above. Only a value far
 *       beyond them, which the parser cannot step over without holding it in memory (a number, or a string the
 *       format defines, of more than 50 million characters, a field name of more than 100,000, nesting more than
 *       100,000 levels deep), fails the whole file. See {@code docs/formats.md}, "Limits".</li>
 *   <li>Defaults: {@code partyMember} false, {@code relatedToDuties} true, {@code name} the id,
 *       no {@code group} (the whole unit is one group for the quota).
 *       Fields the format does not define are errors inside records (so a misspelt optional field
 *       cannot silently take its default); unknown top-level fields are skipped, which lets scenario
 *       files carry {@code name}, {@code description} and {@code expect}.</li>
 *   <li>Officer ids: the first record with an id is accepted, later ones are rejected as duplicates.</li>
 *   <li>Units: a unit with any error (or whose id is given twice) is broken. Its officers are rejected
 *       with an error on {@code officers[i].unitId} naming the unit plus the unit's own errors (paths
 *       {@code units[j]…}); all unit errors are also listed in {@link DossierFile#unitErrors()}.</li>
 * </ul>
 *
 * <p>Immutable and thread-safe; each call reads independently.
 */
public final class DossierReader {
    /**
     * Jackson's default limits (a number of 1,000 characters, nesting 1,000 deep …) throw mid-token, which can only
     * refuse the whole file: the parser gets caps far above them, and the reader checks its own per-record limits
     * where it knows the path ({@link ReadLimits}).
     */
    private static final ObjectMapper TREES = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(ReadLimits.parserConstraints())
            .build());
    private static final JsonFactory JSON = TREES.getFactory();

    private final Set<String> knownSigns;

    private DossierReader(Set<String> knownSigns) {
        this.knownSigns = Set.copyOf(knownSigns);
    }

    /**
     * @param knownSigns the sign codes {@code signs[].code} may use (the criteria catalogue's
     *                   {@code NQ4-CT-01} … {@code NQ4-TDB-09}); when empty, codes are not checked
     * @return a reader
     * @throws NullPointerException when the set or one of its codes is null
     */
    public static DossierReader withKnownSigns(Set<String> knownSigns) {
        return new DossierReader(knownSigns);
    }

    /** @return the sign codes accepted; empty when any code is */
    public Set<String> knownSigns() {
        return knownSigns;
    }

    /**
     * Reads a whole file into memory. For large files prefer {@link #open(Path)}.
     *
     * @param file a UTF-8 (or UTF-16/32) JSON file
     * @return the period, units and every officer record
     * @throws DossierFormatException when the file as a whole cannot be read (see the class comment)
     * @throws UncheckedIOException   when the file cannot be read
     */
    public DossierFile read(Path file) {
        try (DossierStream in = open(file)) {
            return collect(in);
        }
    }

    /**
     * Reads a whole input into memory. The stream is read to its end but not closed.
     *
     * @param in         the JSON input
     * @param sourceName the name used in errors, e.g. the file name or {@code "stdin"}
     * @return the period, units and every officer record
     * @throws DossierFormatException when the input as a whole cannot be read (see the class comment)
     * @throws UncheckedIOException   when the input cannot be read
     */
    public DossierFile read(InputStream in, String sourceName) {
        try (DossierStream stream = open(in, sourceName)) {
            return collect(stream);
        }
    }

    /**
     * Validates an input already parsed into a tree. Positions are unknown there, so a
     * {@link DossierFormatException} reports line 0 and column 0.
     *
     * @param root       the input's root object
     * @param sourceName the name used in errors
     * @return the period, units and every officer record
     * @throws DossierFormatException when {@code period}, {@code units} or {@code officers} is missing or
     *                                malformed, or the root is not an object
     */
    public DossierFile read(JsonNode root, String sourceName) {
        Objects.requireNonNull(root, "root");
        try (DossierStream stream = new DossierStream(
                DossierParser.open(TREES.treeAsTokens(root), sourceName, knownSigns))) {
            return collect(stream);
        }
    }

    /**
     * Opens a file for reading in batches (see {@link DossierStream} for memory use and order).
     * Reads {@code period} and {@code units} before returning.
     *
     * @param file a UTF-8 (or UTF-16/32) JSON file
     * @return the open stream; the caller closes it
     * @throws DossierFormatException when the file as a whole cannot be read (see the class comment);
     *                                the file is then closed
     * @throws UncheckedIOException   when the file cannot be opened or read
     */
    public DossierStream open(Path file) {
        InputStream in;
        try {
            in = Files.newInputStream(file);
        } catch (IOException e) {
            throw new UncheckedIOException("không mở được tệp (cannot open) " + file, e);
        }
        return open(in, file.toString(), true);
    }

    /**
     * Opens an input for reading in batches (see {@link DossierStream}). Closing the returned stream does
     * not close {@code in}.
     *
     * @param in         the JSON input
     * @param sourceName the name used in errors
     * @return the open stream
     * @throws DossierFormatException when the input as a whole cannot be read (see the class comment)
     * @throws UncheckedIOException   when the input cannot be read
     */
    public DossierStream open(InputStream in, String sourceName) {
        return open(in, sourceName, false);
    }

    private DossierStream open(InputStream in, String sourceName, boolean owned) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(sourceName, "sourceName");
        JsonParser parser;
        try {
            parser = JSON.createParser(in);
        } catch (CharConversionException e) {
            // the first bytes announce an encoding Jackson cannot read (UCS-4 in an unusual byte order)
            closeOwned(in, owned, e);
            throw new DossierFormatException(sourceName, 1, 1, ReaderMessages.notJson(e.getMessage()));
        } catch (IOException e) {
            closeOwned(in, owned, e);
            throw new UncheckedIOException("cannot read " + sourceName, e);
        }
        if (!owned) {
            parser.disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);
        }
        return new DossierStream(DossierParser.open(parser, sourceName, knownSigns));
    }

    private static void closeOwned(InputStream in, boolean owned, IOException pending) {
        if (owned) {
            try {
                in.close();
            } catch (IOException e) {
                pending.addSuppressed(e);
            }
        }
    }

    private static DossierFile collect(DossierStream stream) {
        List<DossierEntry> entries = new ArrayList<>();
        for (DossierBatch batch : stream) {
            entries.addAll(batch.entries());
        }
        return new DossierFile(stream.source(), stream.period(), stream.units(), stream.unitErrors(), entries);
    }
}
