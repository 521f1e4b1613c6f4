package org.chuanmuc.cli.report;

import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.chuanmuc.assess.Reason;
import org.chuanmuc.assess.RuleSetComparison;

/**
 * The officers whose outcome differs, one CSV row each, for Excel: RFC 4180, UTF-8 with a byte-order mark,
 * cells that look like formulas neutralised, several reasons or flags in one cell joined with {@code "; "}
 * (as {@link CsvReport} writes). The last two columns name the criteria of the reasons added or removed, with their
 * labels, and those criteria's legal citations, so that a council can filter the rows by criterion or article; they
 * come last so that the columns before keep their places. The level matrices are in the text, JSON and HTML formats.
 */
public final class ComparisonCsv {
    /** The header row, in column order. */
    public static final List<String> HEADER = List.of(ReportText.COL_OFFICER_ID, ReportText.COL_NAME,
            ReportText.COL_UNIT, ComparisonWords.COL_BASE_RATING, ComparisonWords.COL_CHANGED_RATING,
            ComparisonWords.COL_BASE_PARTY, ComparisonWords.COL_CHANGED_PARTY, ComparisonWords.COL_REASONS_ADDED,
            ComparisonWords.COL_REASONS_REMOVED, ComparisonWords.COL_REVIEW_ADDED, ComparisonWords.COL_REVIEW_REMOVED,
            ComparisonWords.COL_WARNINGS_ADDED, ComparisonWords.COL_WARNINGS_REMOVED, ComparisonWords.COL_CRITERIA,
            ComparisonWords.COL_CITATIONS);

    private static final String JOIN = "; ";
    private static final CsvFactory FACTORY = CsvFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

    private ComparisonCsv() {
    }

    /**
     * Writes the rows. The stream is flushed, not closed.
     *
     * @param input the comparison
     * @param out   where to write
     * @throws IOException when writing fails
     */
    public static void write(ComparisonInput input, OutputStream out) throws IOException {
        Objects.requireNonNull(input, "input");
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        try (CsvGenerator csv = (CsvGenerator) FACTORY.createGenerator(writer)) {
            csv.setSchema(CsvSchema.emptySchema().withLineSeparator("\r\n"));
            row(csv, HEADER);
            for (RuleSetComparison.OfficerChange c : input.report().changes()) {
                row(csv, List.of(c.officerId(), c.name(), c.unitId(),
                        ComparisonWords.rating(c.baseRating(), c.baseNotRated()),
                        ComparisonWords.rating(c.changedRating(), c.changedNotRated()), c.baseParty().map(l -> ComparisonWords.rating(l, c.baseNotRated())).orElse(""),
                        c.changedParty().map(l -> ComparisonWords.rating(l, c.changedNotRated())).orElse(""),
                        c.reasonsAdded().stream().map(ReportText::reason).collect(Collectors.joining(JOIN)),
                        c.reasonsRemoved().stream().map(ReportText::reason).collect(Collectors.joining(JOIN)),
                        c.reviewFlagsAdded().stream().map(ReportText::flag).collect(Collectors.joining(JOIN)),
                        c.reviewFlagsRemoved().stream().map(ReportText::flag).collect(Collectors.joining(JOIN)),
                        c.warningsAdded().stream().map(ReportText::flag).collect(Collectors.joining(JOIN)),
                        c.warningsRemoved().stream().map(ReportText::flag).collect(Collectors.joining(JOIN)),
                        criteria(c, Reason::label, true), criteria(c, Reason::citation, false)));
            }
        }
        writer.flush();
    }

    /**
     * @param part      what to show of each criterion: its label or its citation
     * @param codeAlone whether a criterion without that part is shown by its code alone, or left out
     * @return the criteria of the reasons added, then removed, each once: {@code "code — part"}, joined
     */
    private static String criteria(RuleSetComparison.OfficerChange c, Function<Reason, String> part,
                                   boolean codeAlone) {
        return Stream.concat(c.reasonsAdded().stream(), c.reasonsRemoved().stream())
                .filter(r -> codeAlone || !part.apply(r).isBlank())
                .map(r -> part.apply(r).isBlank() ? r.criterion()
                        : r.criterion() + ReportText.SEPARATOR + part.apply(r))
                .distinct().collect(Collectors.joining(JOIN));
    }

    private static void row(CsvGenerator csv, List<String> cells) throws IOException {
        csv.writeStartArray();
        for (String cell : cells) {
            csv.writeString(CsvReport.neutralised(cell));
        }
        csv.writeEndArray();
    }
}
