package org.chuanmuc.cli.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.chuanmuc.assess.Assessment;
import org.chuanmuc.assess.Flag;
import org.chuanmuc.assess.Reason;
import org.chuanmuc.assess.ReasonKind;
import org.chuanmuc.io.FieldError;
import org.chuanmuc.io.RejectedOfficer;
import org.chuanmuc.model.RatingLevel;
import org.chuanmuc.model.Unit;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.DocumentType;
import org.jsoup.nodes.Element;

/**
 * Writes the report an assessment council opens in a browser: one self-contained HTML file (no external
 * style sheet, script or font; it works offline and prints one unit per page).
 *
 * <p>Per unit it shows the unit's own rating, a bar chart of the officers per rating level, the quota on the
 * top level per group of similar duties (counted from the ratings and the reasons with criterion
 * {@value ReportText#QUOTA_CRITERION}: candidates, final number rated tốt, cap when it bit, kept, moved down,
 * share) and a table of officers with every reason, review flag and data warning. A reason that caps the
 * state and the party rating alike is listed once, marked for both. Rejected records and their errors follow, and
 * a footer names the rule set and the period.
 *
 * <p>The page is built as a DOM and every value from the input is set as text or as an attribute value,
 * so the builder escapes it: a name such as {@code <script>} shows as those characters, never as markup.
 * The output depends only on the input (no clock, no locale of the machine), so equal input gives equal
 * bytes.
 */
public final class HtmlReport {
    private static final int BAR_HEIGHT = 22;
    private static final int ROW_HEIGHT = 30;
    private static final int LABEL_WIDTH = 210;
    private static final int BAR_MAX_WIDTH = 300;
    private static final int CHART_WIDTH = LABEL_WIDTH + BAR_MAX_WIDTH + 60;

    private static final Map<RatingLevel, String> COLOURS = new EnumMap<>(Map.of(
            RatingLevel.HOAN_THANH_XUAT_SAC, "#1b7f3b",
            RatingLevel.HOAN_THANH_TOT, "#2f6fc6",
            RatingLevel.HOAN_THANH, "#b7791f",
            RatingLevel.KHONG_HOAN_THANH, "#c62828"));
    /** The bar of the officers not rated this year: its {@code data-level} and colour. */
    private static final String NOT_RATED_LEVEL = "KHONG_XEP_LOAI";
    private static final String NOT_RATED_COLOUR = "#78909c";

    static final String CSS = """
            :root { color-scheme: light; }
            body { font-family: "Segoe UI", "Noto Sans", "DejaVu Sans", Arial, sans-serif; margin: 1.5rem;
                   color: #1d1d1f; line-height: 1.4; font-size: 14px; }
            h1 { font-size: 1.6rem; margin-bottom: .25rem; }
            h2 { font-size: 1.3rem; border-bottom: 2px solid #2f6fc6; padding-bottom: .2rem; margin-top: 2rem; }
            h3 { font-size: 1.05rem; margin-bottom: .3rem; }
            nav ul { columns: 3; padding-left: 1.2rem; }
            table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; }
            th, td { border: 1px solid #c8ccd2; padding: .3rem .45rem; vertical-align: top; text-align: left; }
            th { background: #eef2f7; }
            td ul, td ol { margin: 0; padding-left: 1.1rem; }
            code { font-family: "DejaVu Sans Mono", Consolas, monospace; font-size: .92em; white-space: nowrap; }
            table.totals { width: auto; min-width: 24rem; }
            table.totals caption { text-align: left; font-weight: 600; }
            td.reasons { width: 38%; }
            .badge { display: inline-block; padding: .05rem .4rem; border-radius: .3rem; color: #fff;
                     font-weight: 600; }
            .rating-HOAN_THANH_XUAT_SAC { background: #1b7f3b; }
            .rating-HOAN_THANH_TOT { background: #2f6fc6; }
            .rating-HOAN_THANH { background: #b7791f; }
            .rating-KHONG_HOAN_THANH { background: #c62828; }
            .cap { color: #8a1c1c; font-size: .9em; }
            .review { color: #7a4b00; }
            .warning { color: #555; }
            .quota { background: #f7f4ea; border-left: 4px solid #b7791f; padding: .3rem .8rem; }
            table.quota-groups { width: auto; background: #fff; }
            table.quota-groups td { text-align: right; }
            table.quota-groups th[scope=row] { font-weight: normal; }
            figure { margin: .5rem 0; }
            svg text { font-size: 13px; fill: #1d1d1f; }
            .muted { color: #666; }
            footer { margin-top: 2rem; border-top: 1px solid #c8ccd2; padding-top: .5rem; font-size: .9em;
                     color: #444; word-break: break-all; }
            @media print {
              body { margin: 0; font-size: 10pt; }
              nav { display: none; }
              section.unit { break-before: page; }
              thead { display: table-header-group; }
              tr { break-inside: avoid; }
              * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
            }
            """;

    private HtmlReport() {
    }

    /**
     * Writes the report as UTF-8 HTML. The stream is flushed, not closed.
     *
     * @param input the assessment run to report
     * @param out   where to write
     * @throws IOException          when writing fails
     * @throws NullPointerException when an argument is null
     */
    public static void write(ReportInput input, OutputStream out) throws IOException {
        Objects.requireNonNull(out, "out");
        Document doc = document(input);
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write(doc.outerHtml());
        writer.write('\n');
        writer.flush();
    }

    /**
     * Builds the report as a DOM, for callers that embed it or post-process it.
     *
     * @param input the assessment run to report
     * @return a new document
     * @throws NullPointerException when input is null
     */
    public static Document document(ReportInput input) {
        Objects.requireNonNull(input, "input");
        Document doc = Document.createShell("");
        doc.outputSettings().charset(StandardCharsets.UTF_8).prettyPrint(true).indentAmount(1);
        doc.prependChild(new DocumentType("html", "", ""));
        Element html = doc.selectFirst("html");
        html.attr("lang", "vi");
        Element head = doc.head();
        head.appendElement("meta").attr("charset", "utf-8");
        head.appendElement("meta").attr("name", "viewport").attr("content", "width=device-width, initial-scale=1");
        head.appendElement("title").text(ReportText.title(input.period().year()));
        head.appendElement("style").appendChild(new DataNode(CSS));

        Element body = doc.body();
        Map<String, List<ReportRow>> units = input.rowsByUnit();
        List<Unit> empty = input.unitsWithoutRows();
        header(body.appendElement("header"), input, units, empty);
        Element main = body.appendElement("main");
        int ordinal = 0;
        for (List<ReportRow> rows : units.values()) {
            unitSection(main, ++ordinal, rows);
        }
        for (Unit unit : empty) {
            emptyUnitSection(main, ++ordinal, unit, input.rejected().stream()
                    .filter(r -> r.unitId().equals(unit.id())).count());
        }
        rejectedSection(body, input.rejected(), input.unitErrors());
        footer(body.appendElement("footer"), input);
        return doc;
    }

    private static void header(Element header, ReportInput input, Map<String, List<ReportRow>> units,
                               List<Unit> empty) {
        header.appendElement("h1").text(ReportText.title(input.period().year()));
        header.appendElement("p").addClass("summary")
                .text(ReportText.summary(input.rows().size(), input.rejected().size(), units.size()));

        Map<RatingLevel, Integer> counts = countByLevel(input.rows());
        Element table = header.appendElement("table").addClass("totals");
        table.appendElement("caption").text(ReportText.SUMMARY);
        Element headRow = table.appendElement("thead").appendElement("tr");
        headRow.appendElement("th").attr("scope", "col").text(ReportText.COL_LEVEL);
        headRow.appendElement("th").attr("scope", "col").text(ReportText.COL_COUNT);
        Element tbody = table.appendElement("tbody");
        for (RatingLevel level : RatingLevel.values()) {
            Element tr = tbody.appendElement("tr");
            tr.appendElement("th").attr("scope", "row").text(level.label());
            tr.appendElement("td").text(ReportText.number(counts.get(level)));
        }
        long notRated = input.rows().stream().filter(r -> r.assessment().notRated()).count();
        if (notRated > 0) {
            Element tr = tbody.appendElement("tr").addClass("not-rated");
            tr.appendElement("th").attr("scope", "row").text(ReportText.NOT_RATED_ROW);
            tr.appendElement("td").text(ReportText.number(notRated));
        }

        // the sections' order: units with assessed officers, then the file's units without
        List<Unit> sections = new ArrayList<>(units.size() + empty.size());
        units.values().forEach(rows -> sections.add(rows.get(0).dossier().unit()));
        sections.addAll(empty);
        if (!sections.isEmpty()) {
            Element nav = header.appendElement("nav").attr("aria-label", ReportText.UNITS_NAV);
            nav.appendElement("h2").text(ReportText.UNITS_NAV);
            Element list = nav.appendElement("ul");
            int ordinal = 0;
            for (Unit unit : sections) {
                list.appendElement("li").appendElement("a").attr("href", "#" + anchor(++ordinal))
                        .text(ReportText.unitHeading(unit.id(), unit.name()));
            }
        }
    }

    private static void unitSection(Element main, int ordinal, List<ReportRow> rows) {
        Unit unit = rows.get(0).dossier().unit();
        Element section = unitHeader(main, ordinal, unit, rows.size());
        chart(section.appendElement("figure").addClass("chart"), ordinal, unit.id(), countByLevel(rows),
                (int) rows.stream().filter(r -> r.assessment().notRated()).count());
        boolean grouped = rows.stream().anyMatch(r -> r.group().isPresent());
        quota(section.appendElement("section").addClass("quota"), unit, rows, grouped);
        section.appendElement("h3").text(ReportText.OFFICERS_HEADING);
        officers(section, rows, grouped);
    }

    /** A unit of the file with no assessed officer: said so, with how many of its records were rejected. */
    private static void emptyUnitSection(Element main, int ordinal, Unit unit, long rejected) {
        Element section = unitHeader(main, ordinal, unit, 0).addClass("unit-empty");
        section.appendElement("p").addClass("unit-none").text(ReportText.unitWithoutOfficers(rejected));
    }

    /** @return a unit's section with its heading, the unit's own rating and its number of assessed officers */
    private static Element unitHeader(Element main, int ordinal, Unit unit, int officers) {
        Element section = main.appendElement("section").addClass("unit").id(anchor(ordinal))
                .attr("data-unit-id", unit.id());
        section.appendElement("h2").text(ReportText.unitHeading(unit.id(), unit.name()));
        section.appendElement("p").addClass("unit-rating").text(ReportText.unitRating(unit.rating()));
        section.appendElement("p").addClass("unit-count").text(ReportText.unitCount(officers));
        return section;
    }

    /**
     * A horizontal bar per rating level, always four bars, each with its label and its number as text; a fifth for
     * the officers not rated this year when the unit has any, so that the bars add up to the unit's officers.
     */
    private static void chart(Element figure, int ordinal, String unitId, Map<RatingLevel, Integer> counts,
                              int notRated) {
        int max = Math.max(notRated, counts.values().stream().mapToInt(Integer::intValue).max().orElse(0));
        int height = ROW_HEIGHT * (RatingLevel.values().length + (notRated > 0 ? 1 : 0)) + 8;
        String titleId = "chart-title-" + ordinal;
        Element svg = figure.appendElement("svg").attr("xmlns", "http://www.w3.org/2000/svg")
                .attr("width", Integer.toString(CHART_WIDTH)).attr("height", Integer.toString(height))
                .attr("role", "img").attr("aria-labelledby", titleId);
        // put directly: Element.attr lower-cases names, and SVG wants the camel case
        svg.attributes().put("viewBox", "0 0 " + CHART_WIDTH + " " + height);
        String described = java.util.Arrays.stream(RatingLevel.values())
                .map(level -> level.label() + ": " + counts.get(level)).collect(Collectors.joining("; "))
                + (notRated > 0 ? "; " + ReportText.NOT_RATED_BAR + ": " + notRated : "");
        svg.appendElement("title").id(titleId).text(ReportText.chartTitle(unitId, described));
        int row = 0;
        for (RatingLevel level : RatingLevel.values()) {
            bar(svg, row++, max, level.name(), level.label(), counts.get(level), COLOURS.get(level));
        }
        if (notRated > 0) {
            bar(svg, row, max, NOT_RATED_LEVEL, ReportText.NOT_RATED_BAR, notRated, NOT_RATED_COLOUR);
        }
        figure.appendElement("figcaption").addClass("muted").text(ReportText.CHART_CAPTION);
    }

    private static void bar(Element svg, int row, int max, String level, String label, int count, String colour) {
        int width = max == 0 ? 0 : Math.round((float) BAR_MAX_WIDTH * count / max);
        int y = 4 + row * ROW_HEIGHT;
        int textY = y + BAR_HEIGHT / 2 + 5;
        Element group = svg.appendElement("g").addClass("bar-row").attr("data-level", level);
        group.appendElement("text").addClass("label").attr("x", "0").attr("y", Integer.toString(textY)).text(label);
        group.appendElement("rect").addClass("bar").attr("x", Integer.toString(LABEL_WIDTH))
                .attr("y", Integer.toString(y)).attr("width", Integer.toString(width))
                .attr("height", Integer.toString(BAR_HEIGHT)).attr("fill", colour);
        group.appendElement("text").addClass("count").attr("x", Integer.toString(LABEL_WIDTH + width + 6))
                .attr("y", Integer.toString(textY)).text(Integer.toString(count));
    }

    private static void quota(Element section, Unit unit, List<ReportRow> rows, boolean grouped) {
        section.appendElement("h3").text(ReportText.QUOTA_HEADING);
        if (unit.outstanding()) {
            section.appendElement("p").addClass("quota-lifted").text(ReportText.QUOTA_LIFTED);
        }
        quotaGroups(section, QuotaTally.of(rows));
        List<ReportRow> lowered = rows.stream().filter(r -> !QuotaTally.quotaCaps(r.assessment()).isEmpty()).toList();
        section.appendElement("p").addClass("quota-count").text(ReportText.quotaLowered(lowered.size()));
        if (lowered.isEmpty()) {
            if (!unit.outstanding()) {
                section.appendElement("p").addClass("muted").text(ReportText.QUOTA_NONE);
            }
        } else {
            Element list = section.appendElement("ul").addClass("quota-lowered");
            for (ReportRow row : lowered) {
                Assessment a = row.assessment();
                Element item = list.appendElement("li").attr("data-officer-id", a.officerId());
                item.appendElement("code").text(a.officerId());
                item.appendText(ReportText.SEPARATOR + row.dossier().officer().name() + ReportText.SEPARATOR
                        + (grouped ? ReportText.groupLabel(row.group(), true) + ReportText.SEPARATOR : "")
                        + ReportText.quotaLoweredTo(a.rating()));
                for (Reason reason : QuotaTally.quotaCaps(a)) {
                    if (!reason.message().isBlank()) {
                        item.appendText(ReportText.SEPARATOR + reason.message());
                    }
                }
            }
        }
        // other notes of the quota rules (e.g. why the quota was lifted), each said once
        rows.stream().flatMap(r -> r.assessment().reasonsFor(ReportText.QUOTA_CRITERION).stream())
                .filter(r -> r.kind() != ReasonKind.CAP && !r.message().isBlank())
                .map(Reason::message).distinct()
                .forEach(message -> section.appendElement("p").addClass("quota-note").text(message));
    }

    /** One row per group of similar duties: the numbers the quota was counted from, and what it did. */
    private static void quotaGroups(Element section, List<QuotaGroup> groups) {
        section.appendElement("p").addClass("quota-basis").text(ReportText.QUOTA_BASIS);
        Element table = section.appendElement("table").addClass("quota-groups");
        Element headRow = table.appendElement("thead").appendElement("tr");
        for (String column : List.of(ReportText.COL_GROUP, ReportText.COL_COUNT, ReportText.COL_CANDIDATES,
                ReportText.COL_GOOD_FINAL, ReportText.COL_CAP, ReportText.COL_KEPT, ReportText.COL_LOWERED,
                ReportText.COL_SHARE)) {
            headRow.appendElement("th").attr("scope", "col").text(column);
        }
        Element tbody = table.appendElement("tbody");
        for (QuotaGroup g : groups) {
            Element tr = tbody.appendElement("tr").addClass("quota-group");
            g.group().ifPresent(name -> tr.attr("data-group", name));
            tr.appendElement("th").attr("scope", "row").text(g.label());
            tr.appendElement("td").addClass("officers").text(ReportText.number(g.officers()));
            tr.appendElement("td").addClass("candidates").text(ReportText.number(g.candidates()));
            tr.appendElement("td").addClass("good").text(ReportText.number(g.good()));
            tr.appendElement("td").addClass("quota-cap").text(ReportText.quotaCap(g));
            tr.appendElement("td").addClass("kept").text(ReportText.number(g.kept()));
            tr.appendElement("td").addClass("lowered").text(ReportText.number(g.lowered()));
            tr.appendElement("td").addClass("share").text(ReportText.quotaShare(g));
        }
    }

    private static void officers(Element section, List<ReportRow> rows, boolean grouped) {
        Element table = section.appendElement("table").addClass("officers");
        Element headRow = table.appendElement("thead").appendElement("tr");
        List<String> columns = new java.util.ArrayList<>(List.of(ReportText.COL_OFFICER_ID, ReportText.COL_NAME,
                ReportText.COL_ROLE));
        if (grouped) {
            columns.add(ReportText.COL_GROUP);
        }
        columns.addAll(List.of(ReportText.COL_RATING, ReportText.COL_PARTY_RATING, ReportText.COL_REASONS,
                ReportText.COL_REVIEW, ReportText.COL_WARNINGS));
        for (String column : columns) {
            headRow.appendElement("th").attr("scope", "col").text(column);
        }
        Element tbody = table.appendElement("tbody");
        for (ReportRow row : rows) {
            Assessment a = row.assessment();
            Element tr = tbody.appendElement("tr").addClass("officer").attr("data-officer-id", a.officerId());
            tr.appendElement("td").appendElement("code").text(a.officerId());
            tr.appendElement("td").addClass("name").text(row.dossier().officer().name());
            tr.appendElement("td").text(ReportText.role(row.dossier().officer().role()));
            if (grouped) {
                tr.appendElement("td").addClass("group").text(ReportText.groupLabel(row.group(), true));
            }
            badge(tr.appendElement("td").addClass("rating"), a.rating());
            Element party = tr.appendElement("td").addClass("party-rating");
            a.partyRating().ifPresentOrElse(level -> badge(party, level),
                    () -> party.appendElement("span").addClass("muted").attr("title", ReportText.NOT_PARTY_MEMBER)
                            .text(ReportText.NONE));
            reasons(tr.appendElement("td").addClass("reasons"), a.reasons());
            flags(tr.appendElement("td").addClass("review-flags"), a.reviewFlags(), "review");
            flags(tr.appendElement("td").addClass("warnings"), a.warnings(), "warning");
        }
    }

    private static void badge(Element cell, RatingLevel level) {
        cell.appendElement("span").addClass("badge").addClass("rating-" + level.name())
                .attr("data-rating", level.name()).text(level.label());
    }

    private static void reasons(Element cell, List<Reason> reasons) {
        if (reasons.isEmpty()) {
            cell.text(ReportText.NONE);
            return;
        }
        Element list = cell.appendElement("ul");
        for (ShownReason shown : ShownReason.of(reasons)) {
            Reason reason = shown.reason();
            Element item = list.appendElement("li").addClass("reason").addClass("reason-" + reason.kind().name())
                    .attr("data-criterion", reason.criterion()).attr("title", reason.rule())
                    .attr("data-tracks", shown.tracks().stream().map(Enum::name).sorted()
                            .collect(Collectors.joining(" ")))
                    .text(ReportText.reason(reason));
            Optional<String> cap = ReportText.cap(shown);
            if (cap.isPresent()) {
                item.appendText(" ").appendElement("span").addClass("cap").text("(" + cap.get() + ")");
            } else if (!shown.trackNote().isEmpty()) {
                item.appendText(" ").appendElement("span").addClass("track").text("(" + shown.trackNote() + ")");
            }
        }
    }

    private static void flags(Element cell, List<Flag> flags, String cssClass) {
        if (flags.isEmpty()) {
            cell.text(ReportText.NONE);
            return;
        }
        Element list = cell.appendElement("ul");
        for (Flag flag : flags) {
            list.appendElement("li").addClass(cssClass).attr("data-code", flag.code()).attr("title", flag.rule())
                    .text(ReportText.flag(flag));
        }
    }

    private static void rejectedSection(Element body, List<RejectedOfficer> rejected, List<FieldError> unitErrors) {
        Element section = body.appendElement("section").id("rejected").addClass("rejected");
        section.appendElement("h2").text(ReportText.REJECTED_HEADING);
        unitErrorList(section, unitErrors);
        if (rejected.isEmpty()) {
            section.appendElement("p").addClass("muted").text(ReportText.REJECTED_NONE);
            return;
        }
        section.appendElement("p").text(ReportText.rejectedCount(rejected.size()));
        Element table = section.appendElement("table").addClass("rejected-records");
        Element headRow = table.appendElement("thead").appendElement("tr");
        for (String column : List.of(ReportText.COL_POSITION, ReportText.COL_OFFICER_ID, ReportText.COL_ERRORS)) {
            headRow.appendElement("th").attr("scope", "col").text(column);
        }
        Element tbody = table.appendElement("tbody");
        for (RejectedOfficer r : rejected) {
            Element tr = tbody.appendElement("tr").addClass("rejected-record").attr("data-index",
                    Integer.toString(r.index()));
            tr.appendElement("td").appendElement("code").text(ReportText.position(r.index()));
            tr.appendElement("td").appendElement("code").text(r.officerId().isEmpty() ? ReportText.NONE : r.officerId());
            Element list = tr.appendElement("td").appendElement("ul");
            for (FieldError error : r.errors()) {
                Element item = list.appendElement("li").addClass("error");
                item.appendElement("code").addClass("path").text(error.path());
                item.appendText(": " + error.message());
            }
        }
    }

    /** The unit records with errors, one item each with every error: nothing when there are none. */
    private static void unitErrorList(Element section, List<FieldError> unitErrors) {
        List<List<FieldError>> records = UnitRecordErrors.byRecord(unitErrors);
        if (records.isEmpty()) {
            return;
        }
        section.appendElement("p").text(UnitRecordErrors.heading(records.size()));
        Element list = section.appendElement("ul").addClass("unit-errors");
        for (List<FieldError> record : records) {
            Element item = list.appendElement("li").addClass("unit-error");
            for (FieldError error : record) {
                item.appendElement("code").addClass("path").text(error.path());
                item.appendText(": " + error.message() + (error == record.get(record.size() - 1) ? "" : "; "));
            }
        }
    }

    private static void footer(Element footer, ReportInput input) {
        footer.appendElement("p").addClass("rule-set").text(ReportText.ruleSet(input.ruleSet().name(),
                input.ruleSet().version(), input.ruleSet().sha256()));
        footer.appendElement("p").addClass("period").text(ReportText.period(input.period().year(),
                input.period().regime()));
        footer.appendElement("p").addClass("disclaimer").text(ReportText.DISCLAIMER);
    }

    private static Map<RatingLevel, Integer> countByLevel(List<ReportRow> rows) {
        Map<RatingLevel, Integer> counts = new EnumMap<>(RatingLevel.class);
        for (RatingLevel level : RatingLevel.values()) {
            counts.put(level, 0);
        }
        rows.stream().filter(r -> !r.assessment().notRated()) // a proposal for information counts in no level
                .forEach(r -> counts.merge(r.assessment().rating(), 1, Integer::sum));
        return counts;
    }

    private static String anchor(int ordinal) {
        return "don-vi-" + ordinal;
    }
}
