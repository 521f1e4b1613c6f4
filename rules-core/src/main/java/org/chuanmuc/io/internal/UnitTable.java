package org.chuanmuc.io.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.chuanmuc.io.FieldError;
import org.chuanmuc.model.RatingLevel;
import org.chuanmuc.model.Unit;

/**
 * The {@code units} of an input, validated. A unit with any error, and every unit whose id is given more
 * than once, is broken: officers naming it are rejected with an error on their {@code unitId} and the
 * unit's own errors (whose paths start with {@code units[i]}), because which data would apply to them is
 * unknown. Errors of units that no officer names are still kept in {@link #errors()}.
 */
final class UnitTable {
    private final List<Unit> valid;
    private final Map<String, Unit> byId;
    private final Map<String, List<Integer>> brokenIndexes;
    private final Map<String, List<FieldError>> brokenErrors;
    private final List<FieldError> errors;

    private UnitTable(List<Unit> valid, Map<String, List<Integer>> brokenIndexes,
                      Map<String, List<FieldError>> brokenErrors, List<FieldError> errors) {
        this.valid = List.copyOf(valid);
        Map<String, Unit> map = new LinkedHashMap<>();
        valid.forEach(u -> map.put(u.id(), u));
        this.byId = map;
        this.brokenIndexes = brokenIndexes;
        this.brokenErrors = brokenErrors;
        this.errors = List.copyOf(errors);
    }

    /**
     * @param units the records of the {@code units} array, each as {@link RawObject#readRecord} read it with the
     *              shape {@link RecordShape#UNIT}
     */
    static UnitTable read(List<Object> units) {
        Map<String, List<Integer>> indexesById = new LinkedHashMap<>();
        Map<Integer, List<FieldError>> errorsByIndex = new LinkedHashMap<>();
        Map<Integer, Unit> parsed = new LinkedHashMap<>();
        for (int i = 0; i < units.size(); i++) {
            List<FieldError> unitErrors = new ArrayList<>();
            errorsByIndex.put(i, unitErrors);
            if (!(units.get(i) instanceof RawObject raw)) {
                unitErrors.add(RecordFields.notObject("units", i, units.get(i)));
                continue;
            }
            RecordFields f = RecordFields.unit(raw, i, unitErrors);
            String id = f.requiredText("id");
            String name = f.optionalText("name");
            RatingLevel rating = f.optionalEnum("rating", RatingLevel.class);
            boolean outstanding = f.optionalBoolean("outstanding", false);
            f.rejectUnknownFields();
            if (id == null) {
                continue;
            }
            List<Integer> same = indexesById.computeIfAbsent(id, k -> new ArrayList<>());
            if (!same.isEmpty()) {
                unitErrors.add(new FieldError(f.pathOf("id"), ReaderMessages.duplicateUnit(id, same.get(0))));
            }
            same.add(i);
            if (unitErrors.isEmpty()) {
                parsed.put(i, new Unit(id, name == null ? id : name, Optional.ofNullable(rating), outstanding));
            }
        }
        List<Unit> valid = new ArrayList<>();
        Map<String, List<Integer>> brokenIndexes = new LinkedHashMap<>();
        Map<String, List<FieldError>> brokenErrors = new LinkedHashMap<>();
        // indexesById is in order of first appearance, so valid stays in input order
        indexesById.forEach((id, indexes) -> {
            List<FieldError> found = indexes.stream().flatMap(i -> errorsByIndex.get(i).stream()).toList();
            if (found.isEmpty()) {
                valid.add(parsed.get(indexes.get(0)));
            } else {
                brokenIndexes.put(id, List.copyOf(indexes));
                brokenErrors.put(id, found);
            }
        });
        List<FieldError> all = errorsByIndex.values().stream().flatMap(List::stream).toList();
        return new UnitTable(valid, brokenIndexes, brokenErrors, all);
    }

    /** @return the units without errors, in input order */
    List<Unit> units() {
        return valid;
    }

    /** @return every error found in {@code units}, in input order */
    List<FieldError> errors() {
        return errors;
    }

    /**
     * @param unitId an officer's {@code unitId}
     * @return the unit without errors of that id; null when there is none (see {@link #unresolved})
     */
    Unit find(String unitId) {
        return byId.get(unitId);
    }

    /**
     * Reports a {@code unitId} that {@link #find} found no unit for.
     *
     * @param unitId the officer's {@code unitId}
     * @param path   the path of that field, for the error
     * @param own    receives the error on the officer's own field
     * @return the errors of the named unit when it exists but is broken; else empty
     */
    List<FieldError> unresolved(String unitId, String path, List<FieldError> own) {
        List<Integer> broken = brokenIndexes.get(unitId);
        if (broken == null) {
            own.add(new FieldError(path, ReaderMessages.noSuchUnit(unitId)));
            return List.of();
        }
        own.add(new FieldError(path, ReaderMessages.brokenUnit(unitId, broken)));
        return brokenErrors.get(unitId);
    }
}
