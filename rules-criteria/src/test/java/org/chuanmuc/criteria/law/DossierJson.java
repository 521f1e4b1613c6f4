package org.chuanmuc.criteria.law;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.chuanmuc.model.CitizenFeedback;
import org.chuanmuc.model.DisciplineRecord;
import org.chuanmuc.model.Officer;
import org.chuanmuc.model.PriorRating;
import org.chuanmuc.model.SignFinding;
import org.chuanmuc.model.StyleEvaluation;
import org.chuanmuc.model.Unit;

/**
 * Writes a generated unit as an input file of the CLI (the dossier format: period, units, officers), so that a
 * counter-example can be reproduced with {@code java -jar examples/target/chuanmuc-cli.jar assess FILE}.
 */
final class DossierJson {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private DossierJson() {
    }

    static String write(GeneratedUnit u) {
        ObjectNode root = JSON.createObjectNode();
        root.putObject("period").put("year", u.year());
        unit(root.putArray("units").addObject(), u.unit());
        ArrayNode officers = root.putArray("officers");
        for (Officer o : u.officers()) {
            officer(officers.addObject(), o);
        }
        try {
            return JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void unit(ObjectNode n, Unit u) {
        n.put("id", u.id()).put("name", u.name());
        u.rating().ifPresent(r -> n.put("rating", r.name()));
        if (u.outstanding()) {
            n.put("outstanding", true);
        }
    }

    private static void officer(ObjectNode n, Officer o) {
        n.put("id", o.id());
        if (!o.name().equals(o.id())) {
            n.put("name", o.name());
        }
        n.put("unitId", o.unitId());
        o.group().ifPresent(g -> n.put("group", g));
        n.put("role", o.role().name());
        if (o.partyMember()) {
            n.put("partyMember", true);
        }
        n.put("monthsWorked", o.monthsWorked());
        n.putObject("tasks").put("assigned", o.tasks().assigned()).put("completed", o.tasks().completed())
                .put("onTime", o.tasks().onTime()).put("highQuality", o.tasks().highQuality());
        o.scores().ifPresent(s -> {
            ObjectNode scores = n.putObject("scores").put("general", s.general());
            s.tasks().ifPresent(t -> scores.put("tasks", t));
        });
        if (!o.signs().isEmpty()) {
            ArrayNode signs = n.putArray("signs");
            for (SignFinding s : o.signs()) {
                ObjectNode sn = signs.addObject().put("code", s.code()).put("verified", s.verified());
                s.date().ifPresent(d -> sn.put("date", d.toString()));
                if (!s.evidence().isBlank()) {
                    sn.put("evidence", s.evidence());
                }
            }
        }
        if (!o.disciplines().isEmpty()) {
            ArrayNode disciplines = n.putArray("disciplines");
            for (DisciplineRecord k : o.disciplines()) {
                ObjectNode kn = disciplines.addObject().put("form", k.form().name()).put("system", k.system().name())
                        .put("decidedOn", k.decidedOn().toString());
                if (!k.decision().isBlank()) {
                    kn.put("decision", k.decision());
                }
                kn.put("relatedToDuties", k.relatedToDuties());
            }
        }
        if (!o.styleEvaluations().isEmpty()) {
            ArrayNode style = n.putArray("styleEvaluations");
            for (StyleEvaluation e : o.styleEvaluations()) {
                style.addObject().put("criterion", e.criterion()).put("met", e.met());
            }
        }
        if (!o.citizenFeedback().isEmpty()) {
            ArrayNode feedback = n.putArray("citizenFeedback");
            for (CitizenFeedback f : o.citizenFeedback()) {
                feedback.addObject().put("date", f.date().toString()).put("kind", f.kind().name())
                        .put("criterion", f.criterion()).put("verified", f.verified());
            }
        }
        if (!o.history().isEmpty()) {
            ArrayNode history = n.putArray("history");
            for (PriorRating h : o.history()) {
                history.addObject().put("year", h.year()).put("rating", h.rating().name());
            }
        }
    }
}
