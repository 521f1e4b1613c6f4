package org.chuanmuc.model;

import java.util.List;
import java.util.Objects;

/**
 * Derived fact: the tasks of one unit, summed over its officers. The leader criteria of Nghị định 90/2020
 * (Điều 8, 9, 10, 11 khoản 2) look at the share of the tasks of the unit or field a leader is in charge of; the
 * dossier does not say which field a deputy head directs, so the whole unit stands for it.
 *
 * @param unitId   the unit
 * @param unitName the unit's name, for messages
 * @param tasks    the sums of the officers' task counts
 */
public record UnitTasks(String unitId, String unitName, Tasks tasks) {

    /** @throws NullPointerException when a component is null */
    public UnitTasks {
        Objects.requireNonNull(unitId, "unitId");
        Objects.requireNonNull(unitName, "unitName");
        Objects.requireNonNull(tasks, "tasks");
    }

    /**
     * @param unit     the unit
     * @param officers its officers
     * @return the unit's tasks, summed over the officers
     * @throws ArithmeticException when a sum overflows a long
     */
    public static UnitTasks of(Unit unit, List<Officer> officers) {
        return new UnitTasks(unit.id(), unit.name(), Tasks.sumOf(officers));
    }

    /** @return {@code "UnitTasks(PV01)"}: short, for the facts a reason lists as matched */
    @Override
    public String toString() {
        return "UnitTasks(" + unitId + ")";
    }

    /** @return e.g. {@code "Đơn vị Phòng Tham mưu: hoàn thành 500/520 (96,1%), đúng hạn …"} */
    public String summary() {
        return "Đơn vị " + unitName + ": " + tasks.summary();
    }
}
