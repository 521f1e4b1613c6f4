package org.chuanmuc.io.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.chuanmuc.io.DossierEntry;
import org.chuanmuc.io.FieldError;
import org.chuanmuc.io.RejectedOfficer;
import org.chuanmuc.model.CitizenFeedback;
import org.chuanmuc.model.DisciplineForm;
import org.chuanmuc.model.DisciplineRecord;
import org.chuanmuc.model.DisciplineSystem;
import org.chuanmuc.model.Dossier;
import org.chuanmuc.model.FeedbackKind;
import org.chuanmuc.model.Officer;
import org.chuanmuc.model.Period;
import org.chuanmuc.model.PriorRating;
import org.chuanmuc.model.RatingLevel;
import org.chuanmuc.model.Regime;
import org.chuanmuc.model.Role;
import org.chuanmuc.model.Scores;
import org.chuanmuc.model.SignFinding;
import org.chuanmuc.model.StyleEvaluation;
import org.chuanmuc.model.Tasks;
import org.chuanmuc.model.Unit;

/**
 * Turns one record of {@code officers} into an accepted dossier or a rejection carrying every error.
 * Remembers the ids seen so far to find duplicates across the file: one map entry per officer (about
 * 100 bytes each, so ~100 MB for a million officers); the first record with an id is kept, later ones
 * are rejected. Not thread-safe: one instance per input.
 */
final class OfficerValidator {
    private static final int MAX_COUNT = Integer.MAX_VALUE;

    /** Runs of whitespace inside a group name, compiled once: the reader calls this for every officer. */
    private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s+");

    private final Period period;
    private final UnitTable units;
    private final Set<String> knownSigns;
    private final Map<String, Integer> firstIndexById = new HashMap<>();

    OfficerValidator(Period period, UnitTable units, Set<String> knownSigns) {
        this.period = period;
        this.units = units;
        this.knownSigns = knownSigns;
    }

    /** @return the key that groups records into batches: the unitId as written, or "" */
    static String unitKey(JsonNode record) {
        JsonNode unitId = record.get("unitId");
        return unitId != null && unitId.isTextual() ? unitId.textValue() : "";
    }

    DossierEntry validate(JsonNode record, int index) {
        List<FieldError> errors = new ArrayList<>();
        JsonNode idNode = record.get("id");
        String officerId = idNode != null && idNode.isTextual() ? idNode.textValue() : "";
        Optional<Fields> fields = Fields.of(record, "officers[" + index + "]", errors);
        if (fields.isEmpty()) {
            return new DossierEntry.Rejected(new RejectedOfficer(index, officerId, errors));
        }
        Fields f = fields.get();
        List<FieldError> unitErrors = new ArrayList<>();

        Optional<String> id = f.requiredText("id");
        id.ifPresent(value -> {
            Integer first = firstIndexById.putIfAbsent(value, index);
            if (first != null) {
                f.error("id", ReaderMessages.duplicateOfficer(value, first));
            }
        });
        Optional<String> name = f.optionalText("name");
        Optional<Unit> unit = f.requiredText("unitId")
                .flatMap(u -> units.resolve(u, f.pathOf("unitId"), errors, unitErrors));
        // one group however it was typed: composed or decomposed diacritics, stray or repeated spaces
        Optional<String> group = f.optionalNonBlankText("group", ReaderMessages.blankGroup())
                .map(OfficerValidator::normaliseGroup);
        Optional<Role> role = f.requiredEnum("role", Role.class);
        boolean partyMember = f.optionalBoolean("partyMember", false);
        Optional<Integer> monthsWorked = f.requiredInt("monthsWorked", 0, 12);
        Optional<Tasks> tasks = f.requiredObject("tasks").flatMap(OfficerValidator::tasks);
        Optional<Scores> scores = scores(f);
        List<SignFinding> signs = f.optionalObjects("signs").stream().map(this::sign)
                .flatMap(Optional::stream).toList();
        List<DisciplineRecord> disciplines = f.optionalObjects("disciplines").stream()
                .map(OfficerValidator::discipline).flatMap(Optional::stream).toList();
        List<StyleEvaluation> styles = f.optionalObjects("styleEvaluations").stream()
                .map(OfficerValidator::style).flatMap(Optional::stream).toList();
        List<CitizenFeedback> feedback = f.optionalObjects("citizenFeedback").stream()
                .map(OfficerValidator::feedback).flatMap(Optional::stream).toList();
        List<PriorRating> history = f.optionalObjects("history").stream()
                .map(this::history).flatMap(Optional::stream).toList();
        f.rejectUnknownFields();
        errors.addAll(unitErrors);

        if (!errors.isEmpty()) {
            return new DossierEntry.Rejected(new RejectedOfficer(index, officerId, errors));
        }
        // every Optional below but group is present: an empty one always came with an error
        Officer officer = new Officer(id.orElseThrow(), name.orElse(id.orElseThrow()), unit.orElseThrow().id(),
                group, role.orElseThrow(), partyMember, monthsWorked.orElseThrow(), tasks.orElseThrow(), scores, signs,
                disciplines, styles, feedback, history);
        return new DossierEntry.Accepted(index, new Dossier(period, unit.orElseThrow(), officer));
    }

    private static Optional<Tasks> tasks(Fields f) {
        Optional<Integer> assigned = f.requiredInt("assigned", 0, MAX_COUNT);
        Optional<Integer> completed = f.requiredInt("completed", 0, MAX_COUNT);
        Optional<Integer> onTime = f.requiredInt("onTime", 0, MAX_COUNT);
        Optional<Integer> highQuality = f.requiredInt("highQuality", 0, MAX_COUNT);
        f.rejectUnknownFields();
        boolean consistent = notAbove(f, "completed", completed, "assigned", assigned);
        // onTime and highQuality must be ≤ both; one error each, naming the tighter bound
        boolean completedBinds = completed.isPresent()
                && (assigned.isEmpty() || completed.get() <= assigned.get());
        String bound = completedBinds ? "completed" : "assigned";
        Optional<Integer> boundValue = completedBinds ? completed : assigned;
        consistent &= notAbove(f, "onTime", onTime, bound, boundValue);
        consistent &= notAbove(f, "highQuality", highQuality, bound, boundValue);
        if (!consistent || assigned.isEmpty() || completed.isEmpty() || onTime.isEmpty() || highQuality.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Tasks(assigned.get(), completed.get(), onTime.get(), highQuality.get()));
    }

    /** @return false (after recording an error on {@code field}) when field's value exceeds bound's */
    private static boolean notAbove(Fields f, String field, Optional<Integer> value, String bound,
                                    Optional<Integer> boundValue) {
        if (value.isPresent() && boundValue.isPresent() && value.get() > boundValue.get()) {
            f.error(field, ReaderMessages.above(bound, boundValue.get()));
            return false;
        }
        return true;
    }

    private Optional<Scores> scores(Fields officer) {
        Optional<Fields> scores = officer.optionalObject("scores");
        if (scores.isEmpty()) {
            if (period.regime() == Regime.ND_335_2025) {
                officer.error("scores.general", ReaderMessages.generalScoreRequired(period.year()));
            }
            return Optional.empty();
        }
        Fields f = scores.get();
        Optional<Double> general = f.requiredNumber("general", 0, 30);
        Optional<Double> tasks = f.optionalNumber("tasks", 0, 70);
        f.rejectUnknownFields();
        return general.map(g -> new Scores(g, tasks));
    }

    private Optional<SignFinding> sign(Fields f) {
        Optional<String> code = f.requiredText("code").filter(c -> {
            if (!knownSigns.isEmpty() && !knownSigns.contains(c)) {
                f.error("code", ReaderMessages.unknownSign(c));
                return false;
            }
            return true;
        });
        Optional<Boolean> verified = f.requiredBoolean("verified");
        Optional<LocalDate> date = f.optionalDate("date");
        Optional<String> evidence = f.optionalText("evidence");
        f.rejectUnknownFields();
        if (code.isEmpty() || verified.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new SignFinding(code.get(), verified.get(), date, evidence.orElse("")));
    }

    private static Optional<DisciplineRecord> discipline(Fields f) {
        Optional<DisciplineForm> form = f.requiredEnum("form", DisciplineForm.class);
        Optional<DisciplineSystem> system = f.requiredEnum("system", DisciplineSystem.class);
        Optional<LocalDate> decidedOn = f.requiredDate("decidedOn");
        Optional<String> decision = f.optionalText("decision");
        boolean relatedToDuties = f.optionalBoolean("relatedToDuties", true);
        f.rejectUnknownFields();
        if (form.isEmpty() || system.isEmpty() || decidedOn.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new DisciplineRecord(form.get(), system.get(), decidedOn.get(), decision.orElse(""),
                relatedToDuties));
    }

    private static Optional<StyleEvaluation> style(Fields f) {
        Optional<String> criterion = f.requiredText("criterion");
        Optional<Boolean> met = f.requiredBoolean("met");
        f.rejectUnknownFields();
        if (criterion.isEmpty() || met.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new StyleEvaluation(criterion.get(), met.get()));
    }

    private static Optional<CitizenFeedback> feedback(Fields f) {
        Optional<LocalDate> date = f.requiredDate("date");
        Optional<FeedbackKind> kind = f.requiredEnum("kind", FeedbackKind.class);
        Optional<String> criterion = f.requiredText("criterion");
        Optional<Boolean> verified = f.requiredBoolean("verified");
        f.rejectUnknownFields();
        if (date.isEmpty() || kind.isEmpty() || criterion.isEmpty() || verified.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new CitizenFeedback(date.get(), kind.get(), criterion.get(), verified.get()));
    }

    /** A prior rating: of a year before the assessed one (the year itself is what is being assessed). */
    private Optional<PriorRating> history(Fields f) {
        Optional<Integer> year = f.requiredInt("year", 1900, period.year() - 1);
        Optional<RatingLevel> rating = f.requiredEnum("rating", RatingLevel.class);
        f.rejectUnknownFields();
        if (year.isEmpty() || rating.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new PriorRating(year.get(), rating.get()));
    }

    /** @return {@code group} in Unicode NFC, without leading or trailing whitespace, inner runs of it as one space */
    static String normaliseGroup(String group) {
        return WHITESPACE.matcher(java.text.Normalizer.normalize(group, java.text.Normalizer.Form.NFC).strip())
                .replaceAll(" ");
    }
}
