package org.chuanmuc.model;

import java.util.Optional;

/**
 * Points under Nghị định 335/2025/NĐ-CP (years from 2026).
 *
 * @param general points for the general criteria, 0–30
 * @param tasks   task points computed upstream, 0–70; empty when the rules compute them from {@link Tasks}
 */
public record Scores(double general, Optional<Double> tasks) {

    /** @throws IllegalArgumentException when a value is out of range or not a number (NaN) */
    public Scores {
        if (!(general >= 0 && general <= 30)) { // written so that NaN, which no comparison holds for, is out too
            throw new IllegalArgumentException("general must be 0–30, was " + general);
        }
        if (tasks == null) {
            tasks = Optional.empty();
        }
        tasks.ifPresent(t -> {
            if (!(t >= 0 && t <= 70)) {
                throw new IllegalArgumentException("tasks must be 0–70, was " + t);
            }
        });
    }

    /** @return true when task points were given in the dossier */
    public boolean hasTasks() {
        return tasks.isPresent();
    }

    /** @return the given task points, or -1 when absent (for rule conditions) */
    public double tasksOrMinusOne() {
        return tasks.orElse(-1.0);
    }
}
