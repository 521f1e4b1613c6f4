package org.chuanmuc.io;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.chuanmuc.assess.Assessment;
import org.chuanmuc.assess.AssessmentReport;
import org.chuanmuc.assess.Flag;
import org.chuanmuc.assess.Reason;
import org.chuanmuc.assess.RuleSetInfo;
import org.chuanmuc.io.internal.AtomicFile;
import org.chuanmuc.model.Dossier;
import org.chuanmuc.model.Period;
import org.chuanmuc.model.RatingLevel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes the results JSON of {@code docs/formats.md} (schema {@code org/chuanmuc/schema/results.schema.json})
 * as assessments arrive: {@code period} and {@code ruleSet} at once, each result as it is written, then on
 * {@link #finish()} the rejected records (held in memory until then; they are few), the errors of unit records
 * ({@link #unitErrors}) and the {@code summary}. Memory stays constant in the number of results.
 *
 * <p>Only {@link #finish()} makes a results document whole. Closing the writer without it (an exception left
 * the {@code try} block: a unit's rules failed, the input broke off) abandons the results: a file target is left
 * as it was before, byte for byte, and a stream target is left with an unfinished document that no JSON reader
 * takes for complete results. A file target is written to a temporary file beside it and renamed into place by
 * {@link #finish()}, so a run that is killed never leaves a part of a file either.
 *
 * <pre>{@code
 * try (ResultWriter out = ResultWriter.to(Path.of("ket-qua.json"), period, assessor.ruleSet())) {
 *     out.write(assessor.assessAll(dossiers));
 *     out.reject(rejected);
 *     out.finish();            // without this line, ket-qua.json is left as it was
 * }
 * }</pre>
 *
 * <p>Output is UTF-8, pretty-printed with two-space indents and {@code \n} line ends, with Vietnamese
 * text as real characters (no {@code \\u} escapes). Field order is fixed, so equal input gives equal bytes.
 *
 * <p>Callers write results in input order ({@link AssessmentReport} and {@link DossierBatch} keep it);
 * rejected records are written sorted by their index in the input. Not thread-safe.
 */
public final class ResultWriter implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ResultWriter.class);
    /**
     * The generator never closes its target (the writer decides what becomes of it) and never ends an open
     * document on its own (only {@link #finish()} does).
     */
    private static final JsonFactory JSON = JsonFactory.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .disable(StreamWriteFeature.AUTO_CLOSE_CONTENT)
            .build();
    /** Enough for the criteria's rule names, labels and citations, units and groups of a large batch. */
    private static final int ENCODED_STRINGS = 4096;

    // field names of a result, their bytes made once
    private static final SerializableString OFFICER_ID = new SerializedString("officerId");
    private static final SerializableString UNIT_ID = new SerializedString("unitId");
    private static final SerializableString GROUP = new SerializedString("group");
    private static final SerializableString RATING = new SerializedString("rating");
    private static final SerializableString RATING_LABEL = new SerializedString("ratingLabel");
    private static final SerializableString PARTY_RATING = new SerializedString("partyRating");
    private static final SerializableString REASONS = new SerializedString("reasons");
    private static final SerializableString RULE = new SerializedString("rule");
    private static final SerializableString CRITERION = new SerializedString("criterion");
    private static final SerializableString LABEL = new SerializedString("label");
    private static final SerializableString CITATION = new SerializedString("citation");
    private static final SerializableString MESSAGE = new SerializedString("message");
    private static final SerializableString KIND = new SerializedString("kind");
    private static final SerializableString REVIEW_FLAGS = new SerializedString("reviewFlags");
    private static final SerializableString WARNINGS = new SerializedString("warnings");
    private static final SerializableString CODE = new SerializedString("code");
    private static final SerializableString LOCAL_RULES = new SerializedString("localRules");

    private final JsonGenerator out;
    /** The file being written, or null for a stream target. */
    private final AtomicFile file;
    /** Strings that repeat across results; messages about one officer are written without it. */
    private final EncodedStrings repeated = new EncodedStrings(JSON, ENCODED_STRINGS);
    private final List<RejectedOfficer> rejected = new ArrayList<>();
    /** Errors of the input's unit records, written on {@link #finish()}. */
    private final List<FieldError> unitErrors = new ArrayList<>();
    /** Results per rating level, by ordinal. */
    private final int[] byRating = new int[RatingLevel.values().length];
    /** Officers not rated this year: counted apart from {@link #byRating}. */
    private int notRated;
    private int assessed;
    private boolean closed;

    private ResultWriter(JsonGenerator out, AtomicFile file, Period period, RuleSetInfo ruleSet)
            throws IOException {
        this.out = out;
        this.file = file;
        out.setPrettyPrinter(new TwoSpacePrettyPrinter());
        out.writeStartObject();
        out.writeObjectFieldStart("period");
        out.writeNumberField("year", period.year());
        out.writeEndObject();
        out.writeObjectFieldStart("ruleSet");
        out.writeStringField("name", ruleSet.name());
        out.writeStringField("version", ruleSet.version());
        out.writeStringField("sha256", ruleSet.sha256());
        out.writeEndObject();
        out.writeArrayFieldStart("results");
    }

    /**
     * Starts writing to a stream. {@link #finish()} and {@link #close()} flush {@code out} but do not close it
     * (so it may be {@code System.out}).
     *
     * @param out     where to write
     * @param period  the assessment period
     * @param ruleSet the rules that produced the results ({@code assessor.ruleSet()})
     * @return the writer, with {@code period} and {@code ruleSet} written
     * @throws UncheckedIOException when writing fails
     */
    public static ResultWriter to(OutputStream out, Period period, RuleSetInfo ruleSet) {
        Objects.requireNonNull(out, "out");
        try {
            return start(JSON.createGenerator(out, JsonEncoding.UTF8), null, period, ruleSet);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write results", e);
        }
    }

    /**
     * Starts writing a file whole or not at all. The results go to a temporary file beside {@code file}
     * (named {@code .<name>.<process id>.chuanmuc-tmp}); {@link #finish()} forces it to disk and renames it over
     * {@code file} in one step. Until then {@code file} keeps its earlier content, whatever happens: an
     * exception ({@link #close()} without {@link #finish()} removes the temporary file), Ctrl-C or SIGTERM (a
     * shutdown hook removes it) or SIGKILL (the temporary file stays, and the next writer to the same file
     * removes it). When {@code file} is a symbolic link, the file it points to is replaced and the link stays.
     * A {@code file} that is a named pipe or a device ({@code /dev/null}) is written to directly, never replaced.
     *
     * @param file    the file; its folder must exist
     * @param period  the assessment period
     * @param ruleSet the rules that produced the results
     * @return the writer, with {@code period} and {@code ruleSet} written
     * @throws UncheckedIOException when the temporary file cannot be created or written
     */
    public static ResultWriter to(Path file, Period period, RuleSetInfo ruleSet) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(ruleSet, "ruleSet");
        AtomicFile atomic;
        try {
            atomic = AtomicFile.create(file);
        } catch (IOException e) {
            throw cannotWrite(file, e);
        }
        try {
            return start(JSON.createGenerator(atomic.stream(), JsonEncoding.UTF8), atomic, period, ruleSet);
        } catch (IOException e) {
            atomic.close();
            throw cannotWrite(file, e);
        } catch (RuntimeException e) {
            atomic.close();
            throw e;
        }
    }

    private static UncheckedIOException cannotWrite(Path file, IOException e) {
        return new UncheckedIOException("không ghi được tệp (cannot write) " + file, e);
    }

    private static ResultWriter start(JsonGenerator generator, AtomicFile file, Period period, RuleSetInfo ruleSet)
            throws IOException {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(ruleSet, "ruleSet");
        try {
            return new ResultWriter(generator, file, period, ruleSet);
        } catch (IOException | RuntimeException e) {
            generator.close();
            throw e;
        }
    }

    /**
     * Writes one result without {@code group} (an assessment does not know it; use
     * {@link #write(Dossier, Assessment)} to include it).
     *
     * @param assessment the officer's assessment
     * @return this writer
     * @throws IllegalStateException when the writer is closed
     * @throws UncheckedIOException  when writing fails
     */
    public ResultWriter write(Assessment assessment) {
        Objects.requireNonNull(assessment, "assessment");
        return write(assessment, Optional.empty());
    }

    /**
     * Writes one result with the officer's {@code group} of similar duties, when the dossier has one, so that
     * readers of the results can count the quota on the top level per unit and group.
     *
     * @param dossier    the dossier that was assessed
     * @param assessment the officer's assessment
     * @return this writer
     * @throws IllegalArgumentException when the assessment is not about the dossier's officer
     * @throws IllegalStateException    when the writer is closed
     * @throws UncheckedIOException     when writing fails
     */
    public ResultWriter write(Dossier dossier, Assessment assessment) {
        Objects.requireNonNull(dossier, "dossier");
        Objects.requireNonNull(assessment, "assessment");
        if (!dossier.officer().id().equals(assessment.officerId())) {
            throw new IllegalArgumentException("assessment of " + assessment.officerId()
                    + " paired with the dossier of " + dossier.officer().id());
        }
        return write(assessment, dossier.officer().group());
    }

    private ResultWriter write(Assessment assessment, Optional<String> group) {
        checkOpen();
        try {
            writeResult(assessment, group);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write results", e);
        }
        assessed++;
        if (assessment.notRated()) {
            notRated++;
        } else {
            byRating[assessment.rating().ordinal()]++;
        }
        return this;
    }

    /**
     * Writes every result of a report, in its order.
     *
     * @param report the assessments of a batch
     * @return this writer
     * @throws IllegalStateException when the writer is closed
     * @throws UncheckedIOException  when writing fails
     */
    public ResultWriter write(AssessmentReport report) {
        Objects.requireNonNull(report, "report");
        checkOpen(); // also for a report without assessments: a closed writer takes nothing
        report.assessments().forEach(this::write);
        return this;
    }

    /**
     * Records a rejected officer, written on {@link #finish()}.
     *
     * @param officer the rejected record
     * @return this writer
     * @throws IllegalStateException when the writer is closed
     */
    public ResultWriter reject(RejectedOfficer officer) {
        Objects.requireNonNull(officer, "officer");
        checkOpen();
        rejected.add(officer);
        return this;
    }

    /**
     * Records rejected officers, written on {@link #finish()}.
     *
     * @param officers the rejected records
     * @return this writer
     * @throws IllegalStateException when the writer is closed
     */
    public ResultWriter reject(Collection<RejectedOfficer> officers) {
        Objects.requireNonNull(officers, "officers");
        checkOpen();
        officers.forEach(this::reject);
        return this;
    }

    /**
     * Records the errors of the input's unit records ({@link DossierFile#unitErrors()}, {@link
     * DossierStream#unitErrors()}), written on {@link #finish()} as {@code unitErrors}, after {@code rejected}, so
     * that a broken unit record shows in the results even when no officer names that unit. Nothing is written for
     * an empty list: results of a clean input keep their bytes.
     *
     * @param errors the errors, in input order; each keeps its JSON path ({@code units[1]}, {@code units[2].id})
     * @return this writer
     * @throws IllegalStateException when the writer is closed
     */
    public ResultWriter unitErrors(Collection<FieldError> errors) {
        Objects.requireNonNull(errors, "errors");
        checkOpen();
        errors.forEach(e -> unitErrors.add(Objects.requireNonNull(e, "error")));
        return this;
    }

    /** @return the number of results written so far */
    public int assessedCount() {
        return assessed;
    }

    /** @return the number of rejected officers recorded so far */
    public int rejectedCount() {
        return rejected.size();
    }

    /**
     * Writes {@code rejected} and {@code summary} and ends the document: the results are complete. A stream
     * target is flushed (not closed); a file target is forced to disk and renamed over the file. The writer is
     * closed afterwards.
     *
     * @throws IllegalStateException when the writer is already finished or closed
     * @throws UncheckedIOException  when writing fails; a file target then keeps its earlier content
     */
    public void finish() {
        checkOpen();
        closed = true;
        try {
            writeEnd();
            if (file != null) {
                file.commit();
            }
        } catch (IOException e) {
            throw file == null ? new UncheckedIOException("cannot write results", e) : cannotWrite(file.target(), e);
        } finally {
            if (file != null) {
                file.close(); // removes the temporary file when the commit did not happen
            }
        }
    }

    /**
     * Closes the writer. After {@link #finish()} it does nothing more. Without it the results are abandoned: a
     * file target keeps its earlier content (the temporary file is removed) and a stream target is flushed as
     * it is, an unfinished document; a warning is logged. Calling it again does nothing. Never throws.
     */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        LOG.warn("ResultWriter closed without finish(): {} results and {} rejected records abandoned; {}",
                assessed, rejected.size(), file == null ? "the stream holds an unfinished document"
                        : file.target() + " is left as it was");
        try {
            out.close(); // flushes; neither ends the document nor closes the target (see JSON)
        } catch (IOException e) {
            LOG.debug("flushing abandoned results failed", e);
        } finally {
            if (file != null) {
                file.close();
            }
        }
    }

    private void writeEnd() throws IOException {
        try (JsonGenerator g = out) {
            g.writeEndArray();
            g.writeArrayFieldStart("rejected");
            for (RejectedOfficer r : rejected.stream().sorted(Comparator.comparingInt(RejectedOfficer::index))
                    .toList()) {
                g.writeStartObject();
                g.writeStringField("officerId", r.officerId());
                g.writeArrayFieldStart("errors");
                writeErrors(g, r.errors());
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            if (!unitErrors.isEmpty()) {
                g.writeArrayFieldStart("unitErrors");
                writeErrors(g, unitErrors);
                g.writeEndArray();
            }
            g.writeObjectFieldStart("summary");
            g.writeNumberField("assessed", assessed);
            g.writeNumberField("rejected", rejected.size());
            g.writeObjectFieldStart("byRating");
            for (RatingLevel level : RatingLevel.values()) {
                if (byRating[level.ordinal()] > 0) {
                    g.writeNumberField(level.name(), byRating[level.ordinal()]);
                }
            }
            g.writeEndObject();
            if (notRated > 0) {
                g.writeNumberField("notRated", notRated);
            }
            g.writeEndObject();
            g.writeEndObject();
            g.writeRaw('\n');
        }
    }

    private static void writeErrors(JsonGenerator g, List<FieldError> errors) throws IOException {
        for (FieldError e : errors) {
            g.writeStartObject();
            g.writeStringField("path", e.path());
            g.writeStringField("message", e.message());
            g.writeEndObject();
        }
    }

    private void checkOpen() {
        if (closed) {
            throw new IllegalStateException("ResultWriter is finished or closed");
        }
    }

    private void writeResult(Assessment a, Optional<String> group) throws IOException {
        out.writeStartObject();
        out.writeFieldName(OFFICER_ID);
        out.writeString(a.officerId());
        writeRepeated(UNIT_ID, a.unitId());
        if (group.isPresent()) {
            writeRepeated(GROUP, group.get());
        }
        writeRepeated(RATING, a.rating().name());
        writeRepeated(RATING_LABEL, a.ratingLabel());
        if (a.partyRating().isPresent()) {
            writeRepeated(PARTY_RATING, a.partyRating().get().name());
        }
        out.writeFieldName(REASONS);
        out.writeStartArray();
        for (Reason r : a.reasons()) {
            out.writeStartObject();
            writeRepeated(RULE, r.rule());
            writeRepeated(CRITERION, r.criterion());
            writeRepeated(LABEL, r.label());
            writeRepeated(CITATION, r.citation());
            out.writeFieldName(MESSAGE);
            out.writeString(r.message());
            writeRepeated(KIND, r.kind().name());
            out.writeEndObject();
        }
        out.writeEndArray();
        writeFlags(REVIEW_FLAGS, a.reviewFlags());
        writeFlags(WARNINGS, a.warnings());
        if (!a.localRules().isEmpty()) {
            out.writeFieldName(LOCAL_RULES);
            out.writeStartArray();
            for (String rule : a.localRules()) {
                writeRepeated(rule);
            }
            out.writeEndArray();
        }
        out.writeEndObject();
    }

    private void writeFlags(SerializableString field, List<Flag> flags) throws IOException {
        out.writeFieldName(field);
        out.writeStartArray();
        for (Flag f : flags) {
            out.writeStartObject();
            writeRepeated(CODE, f.code());
            out.writeFieldName(MESSAGE);
            out.writeString(f.message());
            out.writeEndObject();
        }
        out.writeEndArray();
    }

    /** Writes a field whose value repeats across results, the same bytes as {@code writeStringField}. */
    private void writeRepeated(SerializableString field, String value) throws IOException {
        out.writeFieldName(field);
        writeRepeated(value);
    }

    private void writeRepeated(String value) throws IOException {
        byte[] encoded = repeated.get(value);
        if (encoded == null) {
            out.writeString(value);
        } else {
            out.writeRawUTF8String(encoded, 0, encoded.length);
        }
    }
}
