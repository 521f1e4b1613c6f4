package org.chuanmuc.criteria.law;

import java.util.List;
import org.chuanmuc.model.Dossier;
import org.chuanmuc.model.Officer;
import org.chuanmuc.model.Period;
import org.chuanmuc.model.Unit;

/**
 * One random unit for the oracle: a year, the unit and its officers.
 *
 * @param year     the assessment year
 * @param unit     the unit
 * @param officers its officers, ids distinct
 */
public record GeneratedUnit(int year, Unit unit, List<Officer> officers) {
    public GeneratedUnit {
        officers = List.copyOf(officers);
    }

    /** @return the dossiers to assess, in officer order */
    public List<Dossier> dossiers() {
        return dossiers(unit);
    }

    /** @return the same officers in the same unit marked outstanding, which lifts the cap on xuất sắc */
    List<Dossier> dossiersWhenOutstanding() {
        return dossiers(new Unit(unit.id(), unit.name(), unit.rating(), true));
    }

    private List<Dossier> dossiers(Unit u) {
        Period period = new Period(year);
        return officers.stream().map(o -> new Dossier(period, u, o)).toList();
    }

    GeneratedUnit withOfficers(List<Officer> replaced) {
        return new GeneratedUnit(year, unit, replaced);
    }

    GeneratedUnit withUnit(Unit replaced) {
        return new GeneratedUnit(year, replaced, officers);
    }
}
