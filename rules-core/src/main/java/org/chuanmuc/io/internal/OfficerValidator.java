package org.chuanmuc.io.internal;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
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
 * Turns one record of {@code officers}, as {@link RawObject#readRecord} read it, into an accepted dossier or a
 * rejection carrying every error. The checks run in a fixed order (the record's fields as the format lists them,
 * each nested object's fields, its unknown fields, then the record's unknown fields, then the errors of a broken
 * unit it names), which is the order its errors are reported in, whatever order the fields come in.
 * Remembers the ids seen so far to find duplicates across the file ({@link FirstIndexById}: 28 to 46 bytes and
 * the id's characters per officer, 40 to 55 MB for a million officers); the first record with an id is kept, later
 * ones are rejected. Not thread-safe: one instance per input.
 */
final class OfficerValidator {
    private static final int MAX_COUNT = Integer.MAX_VALUE;

    private final Period period;
    private final UnitTable units;
    private final Set<String> knownSigns;
    private final FirstIndexById firstIndexById = new FirstIndexById();

    OfficerValidator(Period period, UnitTable units, Set<String> knownSigns) {
        this.period = period;
        this.units = units;
        this.knownSigns = knownSigns;
    }

    /**
     * @param record what {@link RawObject#readRecord} returned
     * @return the key that groups records into batches: the unitId as written, or ""
     */
    static String unitKey(Object record) {
        return RawObject.textOf(record, "unitId");
    }

    /** @param record what {@link RawObject#readRecord} returned */
    DossierEntry validate(Object record, int index) {
        List<FieldError> errors = new ArrayList<>();
        if (!(record instanceof RawObject raw)) {
            errors.add(RecordFields.notObject("officers", index, record));
            return new DossierEntry.Rejected(new RejectedOfficer(index, "", errors));
        }
        RecordFields f = RecordFields.officer(raw, index, errors);

        String id = f.requiredText("id");
        if (id != null) {
            int first = firstIndexById.putIfAbsent(id, index);
            if (first >= 0) {
                f.error("id", ReaderMessages.duplicateOfficer(id, first));
            }
        }
        String name = f.optionalText("name");
        String unitId = f.requiredText("unitId");
        Unit unit = null;
        List<FieldError> unitErrors = List.of();
        if (unitId != null) {
            unit = units.find(unitId);
            if (unit == null) {
                unitErrors = units.unresolved(unitId, f.pathOf("unitId"), errors);
            }
        }
        // one group however it was typed: composed or decomposed diacritics, stray or repeated spaces
        String group = f.optionalNonBlankText("group", ReaderMessages.blankGroup());
        if (group != null) {
            group = normaliseGroup(group);
            if (group.isEmpty()) { // only no-break or other Unicode spaces
                f.error("group", ReaderMessages.blankGroup());
                group = null;
            }
        }
        Role role = f.requiredEnum("role", Role.class);
        boolean partyMember = f.optionalBoolean("partyMember", false);
        Integer monthsWorked = f.requiredInt("monthsWorked", 0, 12);
        RecordFields tasksFields = f.requiredObject("tasks");
        Tasks tasks = tasksFields == null ? null : tasks(tasksFields);
        Scores scores = scores(f);
        List<SignFinding> signs = elements(f, "signs", this::sign);
        List<DisciplineRecord> disciplines = elements(f, "disciplines", OfficerValidator::discipline);
        List<StyleEvaluation> styles = elements(f, "styleEvaluations", OfficerValidator::style);
        List<CitizenFeedback> feedback = elements(f, "citizenFeedback", OfficerValidator::feedback);
        List<PriorRating> history = elements(f, "history", this::history);
        f.rejectUnknownFields();
        errors.addAll(unitErrors);

        if (!errors.isEmpty()) {
            return new DossierEntry.Rejected(new RejectedOfficer(index, RawObject.textOf(raw, "id"),
                    RawObject.textOf(raw, "name"), RawObject.textOf(raw, "unitId"), errors));
        }
        // every value below but group and scores is present: a missing one always came with an error
        Officer officer = new Officer(id, name == null ? id : name, unit.id(),
                Optional.ofNullable(group), role, partyMember, monthsWorked,
                tasks, Optional.ofNullable(scores), signs, disciplines, styles, feedback, history);
        return new DossierEntry.Accepted(index, new Dossier(period, unit, officer));
    }

    /** @return the valid elements of an optional array of objects, each read by {@code read} (null: invalid) */
    private static <T> List<T> elements(RecordFields f, String field, Function<RecordFields, T> read) {
        List<T> valid = new ArrayList<>();
        for (RecordFields element : f.optionalObjects(field)) {
            T value = read.apply(element);
            if (value != null) {
                valid.add(value);
            }
        }
        return valid;
    }

    private static Tasks tasks(RecordFields f) {
        Integer assigned = f.requiredInt("assigned", 0, MAX_COUNT);
        Integer completed = f.requiredInt("completed", 0, MAX_COUNT);
        Integer onTime = f.requiredInt("onTime", 0, MAX_COUNT);
        Integer highQuality = f.requiredInt("highQuality", 0, MAX_COUNT);
        f.rejectUnknownFields();
        boolean consistent = notAbove(f, "completed", completed, "assigned", assigned);
        // onTime and highQuality must be ≤ both; one error each, naming the tighter bound
        boolean completedBinds = completed != null && (assigned == null || completed <= assigned);
        String bound = completedBinds ? "completed" : "assigned";
        Integer boundValue = completedBinds ? completed : assigned;
        consistent &= notAbove(f, "onTime", onTime, bound, boundValue);
        consistent &= notAbove(f, "highQuality", highQuality, bound, boundValue);
        if (!consistent || assigned == null || completed == null || onTime == null || highQuality == null) {
            return null;
        }
        return new Tasks(assigned, completed, onTime, highQuality);
    }

    /** @return false (after recording an error on {@code field}) when field's value exceeds bound's */
    private static boolean notAbove(RecordFields f, String field, Integer value, String bound, Integer boundValue) {
        if (value != null && boundValue != null && value > boundValue) {
            f.error(field, ReaderMessages.above(bound, boundValue));
            return false;
        }
        return true;
    }

    private Scores scores(RecordFields officer) {
        RecordFields f = officer.optionalObject("scores");
        if (f == null) {
            if (period.regime() == Regime.ND_335_2025) {
                officer.error("scores.general", ReaderMessages.generalScoreRequired(period.year()));
            }
            return null;
        }
        Double general = f.requiredNumber("general", 0, 30);
        Double tasks = f.optionalNumber("tasks", 0, 70);
        f.rejectUnknownFields();
        return general == null ? null : new Scores(general, Optional.ofNullable(tasks));
    }

    private SignFinding sign(RecordFields f) {
        String code = f.requiredText("code");
        if (code != null && !knownSigns.isEmpty() && !knownSigns.contains(code)) {
            f.error("code", ReaderMessages.unknownSign(code, knownSigns));
            code = null;
        }
        Boolean verified = f.requiredBoolean("verified");
        LocalDate date = f.optionalDate("date");
        String evidence = f.optionalText("evidence");
        f.rejectUnknownFields();
        if (code == null || verified == null) {
            return null;
        }
        return new SignFinding(code, verified, Optional.ofNullable(date), evidence == null ? "" : evidence);
    }

    private static DisciplineRecord discipline(RecordFields f) {
        DisciplineForm form = f.requiredEnum("form", DisciplineForm.class);
        DisciplineSystem system = f.requiredEnum("system", DisciplineSystem.class);
        LocalDate decidedOn = f.requiredDate("decidedOn");
        String decision = f.optionalText("decision");
        boolean relatedToDuties = f.optionalBoolean("relatedToDuties", true);
        if (form != null && system != null && !system.allows(form)) {
            f.error("form", ReaderMessages.formNotInSystem(form, system));
            form = null;
        }
        f.rejectUnknownFields();
        if (form == null || system == null || decidedOn == null) {
            return null;
        }
        return new DisciplineRecord(form, system, decidedOn, decision == null ? "" : decision, relatedToDuties);
    }

    private static StyleEvaluation style(RecordFields f) {
        String criterion = f.requiredText("criterion");
        Boolean met = f.requiredBoolean("met");
        f.rejectUnknownFields();
        if (criterion == null || met == null) {
            return null;
        }
        return new StyleEvaluation(criterion, met);
    }

    private static CitizenFeedback feedback(RecordFields f) {
        LocalDate date = f.requiredDate("date");
        FeedbackKind kind = f.requiredEnum("kind", FeedbackKind.class);
        String criterion = f.requiredText("criterion");
        Boolean verified = f.requiredBoolean("verified");
        f.rejectUnknownFields();
        if (date == null || kind == null || criterion == null || verified == null) {
            return null;
        }
        return new CitizenFeedback(date, kind, criterion, verified);
    }

    /** A prior rating: of a year before the assessed one (the year itself is what is being assessed). */
    private PriorRating history(RecordFields f) {
        Integer year = f.requiredInt("year", 1900, period.year() - 1);
        RatingLevel rating = f.requiredEnum("rating", RatingLevel.class);
        f.rejectUnknownFields();
        if (year == null || rating == null) {
            return null;
        }
        return new PriorRating(year, rating);
    }

    /**
     * @return {@code group} in Unicode NFC, without leading or trailing spaces, each inner run of them as one ASCII
     *         space; a space is any Unicode whitespace or space separator, the no-break, em, ideographic and
     *         next-line spaces too, which word processors and encodings put in names and which print like a space
     */
    static String normaliseGroup(String group) {
        if (isNormalGroup(group)) {
            return group; // as nearly every group is written: nothing to change, nothing to copy
        }
        String nfc = Normalizer.normalize(group, Normalizer.Form.NFC);
        StringBuilder b = new StringBuilder(nfc.length());
        boolean pending = false;
        for (int i = 0; i < nfc.length(); ) {
            int cp = nfc.codePointAt(i);
            i += Character.charCount(cp);
            if (isSpace(cp)) {
                pending = b.length() > 0;
            } else {
                if (pending) {
                    b.append(' ');
                    pending = false;
                }
                b.appendCodePoint(cp);
            }
        }
        return b.toString();
    }

    /** Java's whitespace and Unicode's space separators, and the next-line control U+0085 (Unicode White_Space). */
    private static boolean isSpace(int cp) {
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp) || cp == 0x85;
    }

    /** @return true when the slow path of {@link #normaliseGroup} would give back the same text */
    private static boolean isNormalGroup(String group) {
        int last = group.length() - 1;
        if (last < 0 || isSpace(group.charAt(0)) || isSpace(group.charAt(last))) {
            return false; // the slow path would remove it (a surrogate is never a space: it goes to the slow path)
        }
        for (int i = 0; i <= last; i++) {
            char c = group.charAt(i);
            // any space but a single ASCII space between other characters would be replaced
            if (c == ' ' ? isSpace(group.charAt(i + 1)) : isSpace(c)) {
                return false;
            }
            if (Character.isSurrogate(c)) {
                return false; // rare: leave code points outside the BMP to the slow path
            }
        }
        return Normalizer.isNormalized(group, Normalizer.Form.NFC);
    }
}
