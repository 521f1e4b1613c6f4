package org.chuanmuc.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.chuanmuc.assess.Assessment;
import org.chuanmuc.assess.AssessmentException;
import org.chuanmuc.assess.Assessor;
import org.chuanmuc.io.DossierEntry;
import org.chuanmuc.io.FieldError;
import org.chuanmuc.io.RejectedOfficer;
import org.chuanmuc.model.Dossier;

/**
 * Assesses input records unit by unit, so that a rule failing on one unit (a loop, the time limit)
 * rejects that unit's officers with the reason instead of stopping the whole run. Anything else that goes
 * wrong while a unit is assessed (out of memory, a bug) is not a rejection: it stops the run with a
 * {@link UnitFailedException} naming the unit.
 */
final class UnitAssessment {
    /** One input record's outcome, in input order. */
    sealed interface Outcome permits Assessed, Refused {
        int index();
    }

    record Assessed(int index, Dossier dossier, Assessment assessment) implements Outcome {
    }

    record Refused(int index, RejectedOfficer officer) implements Outcome {
    }

    private final Assessor assessor;

    UnitAssessment(Assessor assessor) {
        this.assessor = assessor;
    }

    /**
     * @param entries records in input order (any mix of units)
     * @return every record's outcome, in input order
     */
    List<Outcome> assess(List<DossierEntry> entries) {
        List<Outcome> outcomes = new ArrayList<>(entries.size());
        assess(entries, outcomes::add);
        return outcomes;
    }

    /**
     * @param entries records in input order (any mix of units)
     * @param sink    receives every record's outcome, in input order
     */
    void assess(List<DossierEntry> entries, Consumer<Outcome> sink) {
        Map<String, List<DossierEntry.Accepted>> byUnit = new LinkedHashMap<>();
        for (DossierEntry e : entries) {
            if (e instanceof DossierEntry.Accepted a) {
                byUnit.computeIfAbsent(a.dossier().unit().id(), k -> new ArrayList<>()).add(a);
            }
        }
        Map<Integer, Outcome> outcomes = new java.util.HashMap<>();
        for (List<DossierEntry.Accepted> unit : byUnit.values()) {
            try {
                List<Assessment> results = assessor.assessAll(unit.stream().map(DossierEntry.Accepted::dossier)
                        .toList()).assessments();
                for (int i = 0; i < unit.size(); i++) {
                    outcomes.put(unit.get(i).index(), new Assessed(unit.get(i).index(), unit.get(i).dossier(),
                            results.get(i)));
                }
            } catch (AssessmentException failure) {
                if (CliErrors.virtualMachineError(failure).isPresent()) {
                    throw new UnitFailedException(unit.get(0).dossier().unit().id(), failure);
                }
                for (DossierEntry.Accepted a : unit) {
                    FieldError error = new FieldError("officers[" + a.index() + "]", "không đánh giá được đơn vị "
                            + a.dossier().unit().id() + " vì quy tắc lỗi (the rules failed on this unit): "
                            + failure.getMessage());
                    outcomes.put(a.index(), new Refused(a.index(), new RejectedOfficer(a.index(), a.officerId(),
                            a.dossier().officer().name(), a.dossier().unit().id(), List.of(error))));
                }
            } catch (RuntimeException | Error e) {
                // not the rules' fault (out of memory, a bug): the run stops, naming the unit
                throw new UnitFailedException(unit.get(0).dossier().unit().id(), e);
            }
        }
        for (DossierEntry e : entries) {
            if (e instanceof DossierEntry.Rejected r) {
                sink.accept(new Refused(r.index(), r.officer()));
            } else {
                sink.accept(outcomes.get(e.index()));
            }
        }
    }
}
