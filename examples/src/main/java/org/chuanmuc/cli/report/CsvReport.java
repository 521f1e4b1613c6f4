package org.chuanmuc.cli.report;

import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.chuanmuc.assess.Assessment;
import org.chuanmuc.io.FieldError;
import org.chuanmuc.io.RejectedOfficer;
import org.chuanmuc.model.Officer;

/**
 * Writes one CSV row per input officer for Excel and other spreadsheets: RFC 4180 (comma, {@code "}
 * quoting, CRLF line ends), UTF-8 with a byte-order mark so that Excel reads the Vietnamese diacritics.
 *
 * <p>Rows follow the input order; rejected records sit at their position with an empty rating and their
 * errors. The errors of the input's unit records come last, one row per unit record, with only the errors
 * column filled: a broken unit record shows even when no officer names it. Several reasons, flags or errors in one cell are joined with {@code "; "}; a reason about the party
 * rating says so, and one that caps both ratings alike is written once, marked for both. A cell that would
 * start with {@code = + - @}, a tab or a carriage return gets a leading {@code '} so that a spreadsheet
 * shows it as text instead of running it as a formula.
 *
 * <p>For batches too big to hold in memory, {@link #open(OutputStream)} writes row by row.
 */
public final class CsvReport {

    /**
     * The header row, in column order: officer id, name, unit id, group of similar duties (empty when the input
     * gives none), rating code, rating label, party rating label (empty when not a party member), reasons,
     * review flags, warnings, input errors (rejected only).
     */
    public static final List<String> HEADER = List.of(ReportText.COL_OFFICER_ID, ReportText.COL_NAME,
            ReportText.COL_UNIT, ReportText.COL_GROUP, ReportText.COL_RATING_CODE, ReportText.COL_RATING, ReportText.COL_PARTY_RATING,
            ReportText.COL_REASONS, ReportText.COL_REVIEW_SHORT, ReportText.COL_WARNINGS, ReportText.COL_ERRORS);

    private static final String JOIN = "; ";
    private static final CsvFactory FACTORY = CsvFactory.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();
    private static final CsvSchema SCHEMA = CsvSchema.emptySchema().withLineSeparator("\r\n");

    private CsvReport() {
    }

    /**
     * Writes the whole report. The stream is flushed, not closed.
     *
     * @param input the assessment run to report
     * @param out   where to write
     * @throws IOException          when writing fails
     * @throws NullPointerException when an argument is null
     */
    public static void write(ReportInput input, OutputStream out) throws IOException {
        Objects.requireNonNull(input, "input");
        try (Sink sink = open(out)) {
            input.forEachInInputOrder(row -> sink.uncheckedAssessed(row), r -> sink.uncheckedRejected(r));
            sink.unitErrors(input.unitErrors());
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /**
     * Starts a report written row by row: writes the byte-order mark and the header now; the caller adds
     * rows in input order and closes the sink. Closing flushes but does not close {@code out}.
     *
     * @param out where to write
     * @return a sink for the rows
     * @throws IOException when writing the header fails
     */
    public static Sink open(OutputStream out) throws IOException {
        return new Sink(Objects.requireNonNull(out, "out"));
    }

    /** Receives the rows of a CSV report one at a time, in input order. Not thread-safe. */
    public static final class Sink implements Closeable {
        private final Writer writer;
        private final CsvGenerator csv;

        private Sink(OutputStream out) throws IOException {
            writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write('\uFEFF');
            csv = (CsvGenerator) FACTORY.createGenerator(writer);
            csv.setSchema(SCHEMA);
            row(HEADER);
        }

        /**
         * Adds an assessed officer.
         *
         * @param row the officer and the assessment
         * @throws IOException when writing fails
         */
        public void assessed(ReportRow row) throws IOException {
            Officer officer = row.dossier().officer();
            Assessment a = row.assessment();
            row(List.of(officer.id(), officer.name(), a.unitId(), officer.group().orElse(""), a.rating().name(),
                    ReportText.rating(a.rating(), a.notRated()),
                    a.partyRating().map(p -> ReportText.rating(p, a.notRated())).orElse(""),
                    ShownReason.of(a.reasons()).stream().map(ReportText::reason).collect(Collectors.joining(JOIN)),
                    a.reviewFlags().stream().map(ReportText::flag).collect(Collectors.joining(JOIN)),
                    a.warnings().stream().map(ReportText::flag).collect(Collectors.joining(JOIN)),
                    ""));
        }

        /**
         * Adds a rejected record: its id, name and unit as written (empty when unknown), an empty rating and every
         * error.
         *
         * @param rejected the record
         * @throws IOException when writing fails
         */
        public void rejected(RejectedOfficer rejected) throws IOException {
            row(List.of(rejected.officerId(), rejected.name(), rejected.unitId(), "", "", "", "", "", "", "",
                    rejected.errors().stream().map(ReportText::error).collect(Collectors.joining(JOIN))));
        }

        /**
         * Adds the errors of the input's unit records, after the officers: one row per unit record, its errors
         * joined in the errors column, every other cell empty.
         *
         * @param errors the errors, in input order, each with its JSON path ({@code units[1].id})
         * @throws IOException when writing fails
         */
        public void unitErrors(List<FieldError> errors) throws IOException {
            for (List<FieldError> record : UnitRecordErrors.byRecord(errors)) {
                row(List.of("", "", "", "", "", "", "", "", "", "", UnitRecordErrors.line(record)));
            }
        }

        private void uncheckedAssessed(ReportRow row) {
            try {
                assessed(row);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private void uncheckedRejected(RejectedOfficer rejected) {
            try {
                rejected(rejected);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private void row(List<String> cells) throws IOException {
            csv.writeStartArray();
            for (String cell : cells) {
                csv.writeString(neutralised(cell));
            }
            csv.writeEndArray();
        }

        /** Flushes everything written; does not close the underlying stream. */
        @Override
        public void close() throws IOException {
            csv.close();
            writer.flush();
        }
    }

    /** Keeps a spreadsheet from reading a cell as a formula (CSV injection). */
    static String neutralised(String cell) {
        if (cell.isEmpty()) {
            return cell;
        }
        char first = cell.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + cell : cell;
    }
}
