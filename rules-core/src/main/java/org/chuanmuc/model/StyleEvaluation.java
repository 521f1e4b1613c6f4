package org.chuanmuc.model;

import java.util.Objects;

/**
 * The evaluation of one style criterion (PC-*, BIET-*, SD-*, CT05).
 *
 * @param criterion the criterion code
 * @param met       whether the officer met it
 */
public record StyleEvaluation(String criterion, boolean met) {

    /** @throws NullPointerException when criterion is null */
    public StyleEvaluation {
        Objects.requireNonNull(criterion, "criterion");
    }
}
