package org.chuanmuc.cli.report;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.chuanmuc.assess.Reason;
import org.chuanmuc.model.Track;

/**
 * A reason as people read it in a report or an explanation. A rule that caps the state rating and the party
 * rating for the same fact gives two {@link Reason}s that differ only in their {@link Reason#track()}; they
 * are shown once, marked for both ratings, instead of twice.
 *
 * @param reason the reason, as it first appeared
 * @param tracks the ratings it concerns: one track, or both
 */
public record ShownReason(Reason reason, Set<Track> tracks) {

    /**
     * @throws NullPointerException     when a component is null
     * @throws IllegalArgumentException when tracks is empty or does not hold the reason's own track
     */
    public ShownReason {
        Objects.requireNonNull(reason, "reason");
        tracks = Set.copyOf(tracks);
        if (!tracks.contains(reason.track())) {
            throw new IllegalArgumentException("tracks " + tracks + " leave out the reason's own " + reason.track());
        }
    }

    /**
     * Merges the reasons that are equal in everything but their track (rule, criterion, label, citation,
     * message, kind, cap and matched facts), keeping the order in which they first appear. Reasons on the
     * same track are never merged.
     *
     * @param reasons an assessment's reasons, in their order
     * @return the reasons to show, in the same order
     */
    public static List<ShownReason> of(List<Reason> reasons) {
        List<Reason> first = new ArrayList<>();
        List<Set<Track>> tracks = new ArrayList<>();
        for (Reason reason : reasons) {
            int same = -1;
            for (int i = 0; i < first.size() && same < 0; i++) {
                if (!tracks.get(i).contains(reason.track()) && sameButTrack(first.get(i), reason)) {
                    same = i;
                }
            }
            if (same >= 0) {
                tracks.get(same).add(reason.track());
            } else {
                first.add(reason);
                tracks.add(EnumSet.of(reason.track()));
            }
        }
        List<ShownReason> shown = new ArrayList<>(first.size());
        for (int i = 0; i < first.size(); i++) {
            shown.add(new ShownReason(first.get(i), tracks.get(i)));
        }
        return List.copyOf(shown);
    }

    private static boolean sameButTrack(Reason a, Reason b) {
        return a.rule().equals(b.rule()) && a.criterion().equals(b.criterion()) && a.label().equals(b.label())
                && a.citation().equals(b.citation()) && a.message().equals(b.message()) && a.kind() == b.kind()
                && a.cap().equals(b.cap()) && a.matched().equals(b.matched());
    }

    /** @return true when this shows {@code other}: the same reason on one of its tracks */
    public boolean shows(Reason other) {
        return tracks.contains(other.track()) && sameButTrack(reason, other);
    }

    /** @return true when the reason concerns both the state and the party rating */
    public boolean forBoth() {
        return tracks.size() == 2;
    }

    /** @return true when the reason concerns the party rating only */
    public boolean partyOnly() {
        return tracks.equals(Set.of(Track.PARTY));
    }

    /** @return true when the reason concerns the state rating (alone or with the party rating) */
    public boolean concernsState() {
        return tracks.contains(Track.STATE);
    }

    /**
     * @return the Vietnamese note on which ratings the reason concerns: empty for the state rating alone,
     *         {@code "xếp loại đảng viên"} or {@code "xếp loại chính quyền và đảng viên"}
     */
    public String trackNote() {
        return forBoth() ? ReportText.BOTH_TRACKS : partyOnly() ? ReportText.PARTY_TRACK : "";
    }
}
