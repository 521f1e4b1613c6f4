package org.chuanmuc.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Builds an {@link Officer} step by step, with defaults for everything not set: a full year worked,
 * no tasks, no findings. Not thread-safe; each {@link #build()} returns a new immutable record.
 */
public final class OfficerBuilder {
    private final String id;
    private final String unitId;
    private final Role role;
    private String name;
    private String group;
    private boolean partyMember;
    private int monthsWorked = 12;
    private Tasks tasks = Tasks.NONE;
    private Scores scores;
    private final List<SignFinding> signs = new ArrayList<>();
    private final List<DisciplineRecord> disciplines = new ArrayList<>();
    private final List<StyleEvaluation> styleEvaluations = new ArrayList<>();
    private final List<CitizenFeedback> citizenFeedback = new ArrayList<>();
    private final List<PriorRating> history = new ArrayList<>();

    OfficerBuilder(String id, String unitId, Role role) {
        this.id = id;
        this.unitId = unitId;
        this.role = role;
        this.name = id;
    }

    /** Sets the full name (defaults to the id). */
    public OfficerBuilder name(String name) {
        this.name = name;
        return this;
    }

    /**
     * Sets the group of officers with similar duties within the unit (nhóm nhiệm vụ tương đồng); the quota on
     * the top level is counted per unit and group. Default: none, the whole unit is one group.
     */
    public OfficerBuilder group(String group) {
        this.group = group;
        return this;
    }

    /** Marks the officer as a party member. */
    public OfficerBuilder partyMember(boolean partyMember) {
        this.partyMember = partyMember;
        return this;
    }

    /** Sets the months worked in the year (default 12). */
    public OfficerBuilder monthsWorked(int monthsWorked) {
        this.monthsWorked = monthsWorked;
        return this;
    }

    /** Sets the task counts. */
    public OfficerBuilder tasks(int assigned, int completed, int onTime, int highQuality) {
        this.tasks = new Tasks(assigned, completed, onTime, highQuality);
        return this;
    }

    /** Sets the points of the general criteria (0–30); task points are computed by the rules. */
    public OfficerBuilder generalScore(double general) {
        this.scores = new Scores(general, Optional.empty());
        return this;
    }

    /** Sets both the general (0–30) and the task (0–70) points. */
    public OfficerBuilder scores(double general, double taskPoints) {
        this.scores = new Scores(general, Optional.of(taskPoints));
        return this;
    }

    /** Adds a sign finding. */
    public OfficerBuilder sign(SignFinding finding) {
        signs.add(finding);
        return this;
    }

    /** Adds a sign finding with no date or evidence. */
    public OfficerBuilder sign(String code, boolean verified) {
        return sign(new SignFinding(code, verified, Optional.empty(), ""));
    }

    /** Adds a discipline decision. */
    public OfficerBuilder discipline(DisciplineRecord discipline) {
        disciplines.add(discipline);
        return this;
    }

    /** Adds a style evaluation. */
    public OfficerBuilder style(String criterion, boolean met) {
        styleEvaluations.add(new StyleEvaluation(criterion, met));
        return this;
    }

    /** Adds a citizen feedback. */
    public OfficerBuilder feedback(CitizenFeedback feedback) {
        citizenFeedback.add(feedback);
        return this;
    }

    /** Adds an earlier year's rating. */
    public OfficerBuilder history(int year, RatingLevel rating) {
        history.add(new PriorRating(year, rating));
        return this;
    }

    /** @return a new immutable officer */
    public Officer build() {
        return new Officer(id, name, unitId, Optional.ofNullable(group), role, partyMember, monthsWorked, tasks, Optional.ofNullable(scores),
                signs, disciplines, styleEvaluations, citizenFeedback, history);
    }
}
