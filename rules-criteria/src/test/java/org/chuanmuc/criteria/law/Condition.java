package org.chuanmuc.criteria.law;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One condition of Không hoàn thành nhiệm vụ that a dossier proves, and how a reason's citation must name it:
 * the decree's number and the letter of the point ("điểm b"), following the convention the rule files use.
 *
 * @param decrees  accepted decree numbers, e.g. {@code 335/2025}
 * @param letters  accepted point letters, e.g. {@code b}
 * @param phrases  other accepted ways to name the clause, e.g. {@code khoản 5 điều 2}
 * @param required true when the dossier proves the condition; false when the dossier cannot settle it, so a
 *                 reason citing it is accepted but not demanded
 * @param words    what the condition is, in plain words, for the failure message
 */
record Condition(List<String> decrees, List<String> letters, List<String> phrases, boolean required, String words) {
    private static final Pattern POINTS = Pattern.compile(
            "điểm\\s+(\\p{L}(?:\\s*(?:,|và|hoặc)\\s*\\p{L}(?!\\p{L}))*)(?!\\p{L})");

    static Condition required(String decree, String letter, String words) {
        return new Condition(List.of(decree), List.of(letter), List.of(), true, words);
    }

    /** @return e.g. {@code "335/2025 điểm b"}: the key under which counter-examples are grouped */
    String key() {
        return decrees.get(0) + " điểm " + letters.get(0);
    }

    /** @return true when the citation names the decree and the point (or one of the other phrases) */
    boolean citedBy(String citation) {
        String c = normalize(citation);
        if (decrees.stream().noneMatch(c::contains)) {
            return false;
        }
        return phrases.stream().anyMatch(p -> c.contains(normalize(p))) || pointsNamed(c).stream().anyMatch(letters::contains);
    }

    /** @return the letters named by "điểm x", "điểm x, y" or "điểm x và y" in the text */
    static Set<String> pointsNamed(String text) {
        Set<String> out = new HashSet<>();
        Matcher m = POINTS.matcher(normalize(text));
        while (m.find()) {
            for (String part : m.group(1).split("\\s*(?:,|và|hoặc)\\s*")) {
                out.add(part.strip());
            }
        }
        return out;
    }

    static String normalize(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFC).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }
}
