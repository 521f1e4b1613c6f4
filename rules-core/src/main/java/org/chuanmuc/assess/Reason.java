package org.chuanmuc.assess;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.chuanmuc.model.RatingLevel;
import org.chuanmuc.model.Track;

/**
 * One reason behind an assessment: which rule said what, on which criterion, under which law.
 *
 * @param rule      the name of the rule that produced it
 * @param criterion the criterion or rule code
 * @param label     the criterion's Vietnamese label from the catalogue; empty when not in the catalogue
 * @param citation  the legal source
 * @param message   Vietnamese explanation
 * @param kind      what it does to the rating
 * @param cap       for {@link ReasonKind#CAP}: the best level still allowed
 * @param track     which rating it concerns (state or party)
 * @param matched   short descriptions of the facts the rule matched
 */
public record Reason(String rule, String criterion, String label, String citation, String message,
                    ReasonKind kind, Optional<RatingLevel> cap, Track track, List<String> matched) {

    /** @throws NullPointerException when a component is null */
    public Reason {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(criterion, "criterion");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(citation, "citation");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(cap, "cap");
        Objects.requireNonNull(track, "track");
        matched = List.copyOf(matched);
    }
}
