package org.chuanmuc.cli.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.chuanmuc.assess.Flag;
import org.chuanmuc.assess.Reason;
import org.chuanmuc.assess.RuleSetComparison;
import org.chuanmuc.assess.RuleSetComparison.Standing;
import org.chuanmuc.io.FieldError;
import org.chuanmuc.io.RejectedOfficer;
import org.chuanmuc.model.RatingLevel;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.DocumentType;
import org.jsoup.nodes.Element;

/**
 * The comparison as one self-contained HTML page (no external style sheet, script or font), styled like
 * {@link HtmlReport}: both rule sets, the level matrices in total and per unit, and a table of the officers
 * whose outcome differs with the reasons and flags that appeared and disappeared. Built as a DOM, so every
 * value from the input is escaped; equal input gives equal bytes.
 */
public final class ComparisonHtml {
    private static final String CSS = HtmlReport.CSS + """
            table.matrix { width: auto; }
            table.matrix td { text-align: right; min-width: 3.5rem; }
            table.matrix td.same { color: #666; background: #f4f5f7; }
            table.matrix td.moved { font-weight: 700; background: #fdecc8; }
            .badge.not-rated { background: #eceff1; color: #37474f; border: 1px dashed #90a4ae; }
            ul.added li::marker { content: "+ "; color: #1b7f3b; }
            ul.removed li::marker { content: "− "; color: #c62828; }
            ul.removed li { text-decoration: line-through; text-decoration-color: #c6282880; }
            """;

    private ComparisonHtml() {
    }

    /**
     * Writes the page as UTF-8. The stream is flushed, not closed.
     *
     * @param input the comparison
     * @param out   where to write
     * @throws IOException when writing fails
     */
    public static void write(ComparisonInput input, OutputStream out) throws IOException {
        Objects.requireNonNull(out, "out");
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write(document(input).outerHtml());
        writer.write('\n');
        writer.flush();
    }

    /**
     * @param input the comparison
     * @return the page as a new DOM
     */
    public static Document document(ComparisonInput input) {
        Objects.requireNonNull(input, "input");
        RuleSetComparison.Report report = input.report();
        Document doc = Document.createShell("");
        doc.outputSettings().charset(StandardCharsets.UTF_8).prettyPrint(true).indentAmount(1);
        doc.prependChild(new DocumentType("html", "", ""));
        doc.selectFirst("html").attr("lang", "vi");
        doc.head().appendElement("meta").attr("charset", "utf-8");
        doc.head().appendElement("meta").attr("name", "viewport").attr("content", "width=device-width, initial-scale=1");
        doc.head().appendElement("title").text(ComparisonWords.title(input.period().year()));
        doc.head().appendElement("style").appendChild(new DataNode(CSS));

        Element body = doc.body();
        Element header = body.appendElement("header");
        header.appendElement("h1").text(ComparisonWords.title(input.period().year()));
        Element sets = header.appendElement("table").addClass("rule-sets");
        ruleSetRow(sets, "base", ComparisonWords.BASE, ComparisonWords.ruleSet(report.base()));
        ruleSetRow(sets, "changed", ComparisonWords.CHANGED, ComparisonWords.ruleSet(report.changed()));
        header.appendElement("p").addClass("summary").text(ComparisonWords.summary(report.officers(),
                report.changes().size(), input.ratingChanges(), input.rejected().size()));

        Element totals = body.appendElement("section").id("tong-hop");
        totals.appendElement("h2").text(ReportText.SUMMARY);
        matrix(totals, "state", ComparisonWords.STATE_MATRIX, report.state());
        if (report.party().total() > 0) {
            matrix(totals, "party", ComparisonWords.PARTY_MATRIX, report.party());
        }

        units(body.appendElement("section").id("don-vi"), report.units());
        officers(body.appendElement("section").id("can-bo"), report.changes());
        if (!report.renamedRules().isEmpty()) {
            Element renamed = body.appendElement("section").id("doi-ten");
            renamed.appendElement("h2").text(ComparisonWords.RENAMED);
            Element list = renamed.appendElement("ul");
            report.renamedRules().forEach(r -> list.appendElement("li").addClass("renamed-rule")
                    .text(ComparisonWords.renamed(r)));
        }
        if (!input.rejected().isEmpty()) {
            rejected(body.appendElement("section").id("rejected"), input);
        }
        List<List<FieldError>> unitRecords = UnitRecordErrors.byRecord(input.unitErrors());
        if (!unitRecords.isEmpty()) {
            Element section = body.appendElement("section").id("unit-errors");
            section.appendElement("h2").text(UnitRecordErrors.heading(unitRecords.size()));
            Element list = section.appendElement("ul").addClass("unit-errors");
            unitRecords.forEach(record -> list.appendElement("li").addClass("unit-error")
                    .text(UnitRecordErrors.line(record)));
        }
        body.appendElement("footer").appendElement("p").addClass("disclaimer").text(ReportText.DISCLAIMER);
        return doc;
    }

    private static void ruleSetRow(Element table, String role, String label, String value) {
        Element tr = table.appendElement("tr").attr("data-role", role);
        tr.appendElement("th").attr("scope", "row").text(label);
        tr.appendElement("td").text(value);
    }

    private static void matrix(Element parent, String kind, String caption, RuleSetComparison.LevelMatrix m) {
        Element table = parent.appendElement("table").addClass("matrix").attr("data-kind", kind);
        table.appendElement("caption").text(caption);
        Element head = table.appendElement("thead").appendElement("tr");
        head.appendElement("th").attr("scope", "col").text(ComparisonWords.BASE + " \\ " + ComparisonWords.CHANGED);
        List<Standing> shown = ComparisonWords.shown(m);
        for (Standing to : shown) {
            head.appendElement("th").attr("scope", "col").attr("title", ComparisonWords.label(to))
                    .text(ComparisonWords.shortLabel(to));
        }
        head.appendElement("th").attr("scope", "col").text(ComparisonWords.TOTAL);
        Element tbody = table.appendElement("tbody");
        for (Standing from : shown) {
            Element tr = tbody.appendElement("tr").attr("data-from", from.name());
            tr.appendElement("th").attr("scope", "row").text(ComparisonWords.label(from));
            for (Standing to : shown) {
                int n = m.count(from, to);
                tr.appendElement("td").addClass(from == to ? "same" : n > 0 ? "moved" : "none")
                        .attr("data-to", to.name()).text(ReportText.number(n));
            }
            tr.appendElement("td").addClass("row-total").text(ReportText.number(m.before(from)));
        }
        Element total = tbody.appendElement("tr").addClass("totals");
        total.appendElement("th").attr("scope", "row").text(ComparisonWords.TOTAL);
        for (Standing to : shown) {
            total.appendElement("td").text(ReportText.number(m.after(to)));
        }
        total.appendElement("td").addClass("grand-total").text(ReportText.number(m.total()));
    }

    private static void units(Element section, List<RuleSetComparison.UnitCounts> units) {
        section.appendElement("h2").text(ComparisonWords.UNITS);
        Element table = section.appendElement("table").addClass("units");
        Element head = table.appendElement("thead").appendElement("tr");
        for (String column : List.of(ReportText.COL_UNIT, ReportText.COL_COUNT, ComparisonWords.MOVED)) {
            head.appendElement("th").attr("scope", "col").text(column);
        }
        Element tbody = table.appendElement("tbody");
        for (RuleSetComparison.UnitCounts unit : units) {
            Element tr = tbody.appendElement("tr").attr("data-unit-id", unit.unitId());
            tr.appendElement("td").text(ReportText.unitHeading(unit.unitId(), unit.unitName()));
            tr.appendElement("td").text(ReportText.number(unit.state().total()));
            tr.appendElement("td").text(ReportText.number(unit.state().moved()));
        }
        for (RuleSetComparison.UnitCounts unit : units) {
            if (unit.state().moved() + unit.party().moved() == 0) {
                continue;
            }
            Element part = section.appendElement("section").addClass("unit").attr("data-unit-id", unit.unitId());
            part.appendElement("h3").text(ReportText.unitHeading(unit.unitId(), unit.unitName()));
            matrix(part, "state", ComparisonWords.STATE_MATRIX, unit.state());
            if (unit.party().moved() > 0) {
                matrix(part, "party", ComparisonWords.PARTY_MATRIX, unit.party());
            }
        }
    }

    private static void officers(Element section, List<RuleSetComparison.OfficerChange> changes) {
        section.appendElement("h2").text(ComparisonWords.OFFICERS);
        if (changes.isEmpty()) {
            section.appendElement("p").addClass("muted").text(ComparisonWords.NO_CHANGES);
            return;
        }
        Element table = section.appendElement("table").addClass("changes");
        Element head = table.appendElement("thead").appendElement("tr");
        for (String column : List.of(ReportText.COL_OFFICER_ID, ReportText.COL_NAME, ReportText.COL_UNIT,
                ReportText.COL_RATING, ReportText.COL_PARTY_RATING, ReportText.COL_REASONS, ComparisonWords.COL_FLAGS)) {
            head.appendElement("th").attr("scope", "col").text(column);
        }
        Element tbody = table.appendElement("tbody");
        for (RuleSetComparison.OfficerChange c : changes) {
            Element tr = tbody.appendElement("tr").addClass("change").attr("data-officer-id", c.officerId());
            tr.appendElement("td").appendElement("code").text(c.officerId());
            tr.appendElement("td").addClass("name").text(c.name());
            tr.appendElement("td").text(c.unitId());
            rating(tr.appendElement("td").addClass("rating"), c);
            party(tr.appendElement("td").addClass("party-rating"), c);
            Element reasons = tr.appendElement("td").addClass("reasons");
            reasons(reasons, "added", c.reasonsAdded());
            reasons(reasons, "removed", c.reasonsRemoved());
            Element flags = tr.appendElement("td").addClass("flags");
            flags(flags, "added", c.reviewFlagsAdded(), c.warningsAdded());
            flags(flags, "removed", c.reviewFlagsRemoved(), c.warningsRemoved());
        }
    }

    /** The state rating: a badge per side, the second only when it differs; a side not rated says so. */
    private static void rating(Element cell, RuleSetComparison.OfficerChange c) {
        ratingBadge(cell, c.baseRating(), c.baseNotRated()).addClass("before");
        if (c.ratingChanged() || c.baseRating() != c.changedRating()) {
            cell.appendText(" → ");
            ratingBadge(cell, c.changedRating(), c.changedNotRated()).addClass("after");
        }
    }

    private static Element ratingBadge(Element cell, RatingLevel rating, boolean notRated) {
        if (!notRated) {
            return badge(cell, Optional.of(rating));
        }
        return cell.appendElement("span").addClass("badge").addClass("not-rated")
                .attr("data-rating", rating.name()).attr("data-standing", Standing.KHONG_XEP_LOAI.name())
                .text(ComparisonWords.rating(rating, true));
    }

    /** The party rating, as the state rating; “—” on a side where the officer is not a party member. */
    private static void party(Element cell, RuleSetComparison.OfficerChange c) {
        if (c.baseParty().isEmpty() && c.changedParty().isEmpty()) {
            cell.text(ReportText.NONE);
            return;
        }
        partyBadge(cell, c.baseParty(), c.baseNotRated()).addClass("before");
        if (c.partyRatingChanged() || !c.baseParty().equals(c.changedParty())) {
            cell.appendText(" → ");
            partyBadge(cell, c.changedParty(), c.changedNotRated()).addClass("after");
        }
    }

    private static Element partyBadge(Element cell, Optional<RatingLevel> level, boolean notRated) {
        return level.isPresent() ? ratingBadge(cell, level.get(), notRated) : badge(cell, Optional.empty());
    }

    private static Element badge(Element cell, Optional<RatingLevel> level) {
        if (level.isEmpty()) {
            return cell.appendElement("span").addClass("muted").text(ComparisonWords.NOT_PARTY_MEMBER);
        }
        return cell.appendElement("span").addClass("badge").addClass("rating-" + level.get().name())
                .attr("data-rating", level.get().name()).text(level.get().label());
    }

    private static void reasons(Element cell, String kind, List<Reason> reasons) {
        if (reasons.isEmpty()) {
            return;
        }
        Element list = cell.appendElement("ul").addClass(kind)
                .attr("aria-label", kind.equals("added") ? ComparisonWords.ADDED : ComparisonWords.REMOVED);
        for (ShownReason shown : ShownReason.of(reasons)) {
            Reason r = shown.reason();
            Element item = list.appendElement("li").addClass("reason").attr("data-criterion", r.criterion())
                    .attr("title", r.rule()).text(ReportText.reason(shown));
            ReportText.cap(shown).ifPresent(cap -> item.appendText(" ").appendElement("span").addClass("cap")
                    .text("(" + cap + ")"));
        }
    }

    private static void flags(Element cell, String kind, List<Flag> review, List<Flag> warnings) {
        if (review.isEmpty() && warnings.isEmpty()) {
            return;
        }
        Element list = cell.appendElement("ul").addClass(kind)
                .attr("aria-label", kind.equals("added") ? ComparisonWords.ADDED : ComparisonWords.REMOVED);
        review.forEach(f -> list.appendElement("li").addClass("review").attr("data-code", f.code())
                .attr("title", f.rule()).text(ReportText.flag(f)));
        warnings.forEach(f -> list.appendElement("li").addClass("warning").attr("data-code", f.code())
                .attr("title", f.rule()).text(ReportText.flag(f)));
    }

    private static void rejected(Element section, ComparisonInput input) {
        section.appendElement("h2").text(ComparisonWords.REJECTED);
        Element list = section.appendElement("ul");
        for (RejectedOfficer r : input.rejected()) {
            Element item = list.appendElement("li").addClass("rejected-record");
            item.appendElement("code").text(r.officerId().isEmpty() ? ReportText.position(r.index()) : r.officerId());
            item.appendText(ComparisonWords.refusedBy(input.side(r)));
            for (FieldError e : r.errors()) {
                item.appendText(" " + ReportText.error(e));
            }
        }
    }
}
