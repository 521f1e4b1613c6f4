package org.chuanmuc.cli.report;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.chuanmuc.assess.Flag;
import org.chuanmuc.assess.Reason;
import org.chuanmuc.assess.RuleSetComparison;
import org.chuanmuc.assess.RuleSetComparison.Standing;
import org.chuanmuc.assess.RuleSetInfo;
import org.chuanmuc.io.FieldError;
import org.chuanmuc.io.RejectedOfficer;
import org.chuanmuc.model.RatingLevel;

/**
 * The comparison as JSON for programs: {@code period}, {@code base} and {@code changed} (name, version,
 * SHA-256), {@code summary}, the matrices {@code state} and {@code party} (base standing → changed standing →
 * officers, all 25 cells: the four levels and {@code KHONG_XEP_LOAI}), {@code units} (the same per unit), {@code changes} (one object per officer whose
 * outcome differs), {@code renamedRules} (rules that gave the same reasons and flags under another name, not counted
 * as changes) and {@code rejected}. UTF-8, two-space indents, fixed field order, so equal input gives
 * equal bytes. The format is described in {@code docs/formats.md}.
 */
public final class ComparisonJson {
    private static final JsonFactory JSON = JsonFactory.builder().build();

    private ComparisonJson() {
    }

    /**
     * Writes the comparison. The stream is flushed, not closed.
     *
     * @param input the comparison
     * @param out   where to write
     * @throws IOException when writing fails
     */
    public static void write(ComparisonInput input, OutputStream out) throws IOException {
        Objects.requireNonNull(input, "input");
        RuleSetComparison.Report report = input.report();
        try (JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
            g.setPrettyPrinter(new DefaultPrettyPrinter()
                    .withSeparators(Separators.createDefaultInstance()
                            .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                    .withObjectIndenter(indenter).withArrayIndenter(indenter));
            g.writeStartObject();
            g.writeObjectFieldStart("period");
            g.writeNumberField("year", input.period().year());
            g.writeEndObject();
            ruleSet(g, "base", report.base());
            ruleSet(g, "changed", report.changed());
            g.writeObjectFieldStart("summary");
            g.writeNumberField("officers", report.officers());
            g.writeNumberField("changed", report.changes().size());
            g.writeNumberField("ratingChanged", input.ratingChanges());
            g.writeNumberField("rejected", input.rejected().size());
            g.writeEndObject();
            matrix(g, "state", report.state());
            matrix(g, "party", report.party());
            g.writeArrayFieldStart("units");
            for (RuleSetComparison.UnitCounts unit : report.units()) {
                g.writeStartObject();
                g.writeStringField("unitId", unit.unitId());
                g.writeStringField("name", unit.unitName());
                g.writeNumberField("officers", unit.state().total());
                g.writeNumberField("moved", unit.state().moved());
                matrix(g, "state", unit.state());
                matrix(g, "party", unit.party());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("changes");
            for (RuleSetComparison.OfficerChange c : report.changes()) {
                change(g, c);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("renamedRules");
            for (RuleSetComparison.RenamedRule r : report.renamedRules()) {
                g.writeStartObject();
                g.writeStringField("base", r.baseRule());
                g.writeStringField("changed", r.changedRule());
                g.writeNumberField("items", r.items());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("rejected");
            for (RejectedOfficer r : input.rejected()) {
                g.writeStartObject();
                g.writeStringField("officerId", r.officerId());
                g.writeStringField("side", input.side(r).json());
                g.writeArrayFieldStart("errors");
                errors(g, r.errors());
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            if (!input.unitErrors().isEmpty()) {
                g.writeArrayFieldStart("unitErrors");
                errors(g, input.unitErrors());
                g.writeEndArray();
            }
            g.writeEndObject();
            g.writeRaw('\n');
        }
        out.flush();
    }

    private static void errors(JsonGenerator g, List<FieldError> errors) throws IOException {
        for (FieldError e : errors) {
            g.writeStartObject();
            g.writeStringField("path", e.path());
            g.writeStringField("message", e.message());
            g.writeEndObject();
        }
    }

    private static void ruleSet(JsonGenerator g, String field, RuleSetInfo info) throws IOException {
        g.writeObjectFieldStart(field);
        g.writeStringField("name", info.name());
        g.writeStringField("version", info.version());
        g.writeStringField("sha256", info.sha256());
        g.writeEndObject();
    }

    private static void matrix(JsonGenerator g, String field, RuleSetComparison.LevelMatrix m) throws IOException {
        g.writeObjectFieldStart(field);
        for (Standing from : Standing.values()) {
            g.writeObjectFieldStart(from.name());
            for (Standing to : Standing.values()) {
                g.writeNumberField(to.name(), m.count(from, to));
            }
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    private static void change(JsonGenerator g, RuleSetComparison.OfficerChange c) throws IOException {
        g.writeStartObject();
        g.writeStringField("officerId", c.officerId());
        g.writeStringField("name", c.name());
        g.writeStringField("unitId", c.unitId());
        g.writeObjectFieldStart("rating");
        g.writeStringField("base", c.baseRating().name());
        g.writeStringField("changed", c.changedRating().name());
        g.writeEndObject();
        g.writeObjectFieldStart("standing");
        g.writeStringField("base", c.baseStanding().name());
        g.writeStringField("changed", c.changedStanding().name());
        g.writeEndObject();
        if (c.baseParty().isPresent() || c.changedParty().isPresent()) {
            g.writeObjectFieldStart("partyRating");
            level(g, "base", c.baseParty());
            level(g, "changed", c.changedParty());
            g.writeEndObject();
            g.writeObjectFieldStart("partyStanding");
            standing(g, "base", c.basePartyStanding());
            standing(g, "changed", c.changedPartyStanding());
            g.writeEndObject();
        }
        reasons(g, "reasonsAdded", c.reasonsAdded());
        reasons(g, "reasonsRemoved", c.reasonsRemoved());
        flags(g, "reviewFlagsAdded", c.reviewFlagsAdded());
        flags(g, "reviewFlagsRemoved", c.reviewFlagsRemoved());
        flags(g, "warningsAdded", c.warningsAdded());
        flags(g, "warningsRemoved", c.warningsRemoved());
        g.writeEndObject();
    }

    private static void level(JsonGenerator g, String field, Optional<RatingLevel> level) throws IOException {
        if (level.isPresent()) {
            g.writeStringField(field, level.get().name());
        } else {
            g.writeNullField(field);
        }
    }

    private static void standing(JsonGenerator g, String field, Optional<Standing> standing) throws IOException {
        if (standing.isPresent()) {
            g.writeStringField(field, standing.get().name());
        } else {
            g.writeNullField(field);
        }
    }

    private static void reasons(JsonGenerator g, String field, List<Reason> reasons) throws IOException {
        g.writeArrayFieldStart(field);
        for (Reason r : reasons) {
            g.writeStartObject();
            g.writeStringField("rule", r.rule());
            g.writeStringField("criterion", r.criterion());
            g.writeStringField("label", r.label());
            g.writeStringField("citation", r.citation());
            g.writeStringField("message", r.message());
            g.writeStringField("kind", r.kind().name());
            if (r.cap().isPresent()) {
                g.writeStringField("cap", r.cap().get().name());
            }
            g.writeStringField("track", r.track().name());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void flags(JsonGenerator g, String field, List<Flag> flags) throws IOException {
        g.writeArrayFieldStart(field);
        for (Flag f : flags) {
            g.writeStartObject();
            g.writeStringField("code", f.code());
            g.writeStringField("message", f.message());
            g.writeStringField("rule", f.rule());
            g.writeEndObject();
        }
        g.writeEndArray();
    }
}
