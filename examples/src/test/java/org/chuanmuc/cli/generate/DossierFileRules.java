package org.chuanmuc.cli.generate;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The validation rules of docs/formats.md, checked independently of the library's reader: returns every
 * violation as {@code path: problem}, empty when the file is valid.
 */
final class DossierFileRules {
    private static final Pattern SIGN_CODE = Pattern.compile("NQ4-(CT|DD|TDB)-0[1-9]");
    private static final Set<String> RATINGS = Set.of("HOAN_THANH_XUAT_SAC", "HOAN_THANH_TOT", "HOAN_THANH",
            "KHONG_HOAN_THANH");
    private static final Set<String> ROLES = Set.of("STAFF", "DEPUTY_HEAD", "HEAD");
    /** Discipline forms and the systems that may impose them (criteria.md, "applies to"). */
    private static final Map<String, Set<String>> FORMS = Map.of(
            "KHIEN_TRACH", Set.of("STATE", "PARTY"), "CANH_CAO", Set.of("STATE", "PARTY"),
            "HA_BAC_LUONG", Set.of("STATE"), "GIANG_CAP_BAC_HAM", Set.of("STATE"), "GIANG_CHUC", Set.of("STATE"),
            "CACH_CHUC", Set.of("STATE", "PARTY"), "TUOC_DANH_HIEU_CAND", Set.of("STATE"),
            "BUOC_THOI_VIEC", Set.of("STATE"), "KHAI_TRU", Set.of("PARTY"));

    private final List<String> problems = new ArrayList<>();

    private DossierFileRules() {
    }

    static List<String> violations(JsonNode root) {
        DossierFileRules rules = new DossierFileRules();
        rules.check(root);
        return rules.problems;
    }

    private void check(JsonNode root) {
        int year = root.path("period").path("year").asInt(-1);
        require(root.path("period").path("year").isInt() && year >= 2023 && year <= 2100, "period.year", "2023–2100");
        Set<String> unitIds = new HashSet<>();
        JsonNode units = root.path("units");
        require(units.isArray() && !units.isEmpty(), "units", "a non-empty array");
        for (int i = 0; i < units.size(); i++) {
            JsonNode unit = units.get(i);
            String path = "units[" + i + "]";
            String id = unit.path("id").asText("");
            require(!id.isBlank(), path + ".id", "non-blank");
            require(unitIds.add(id), path + ".id", "unique");
            require(unit.path("name").isTextual(), path + ".name", "text");
            require(!unit.has("rating") || RATINGS.contains(unit.path("rating").asText()), path + ".rating", "a rating code");
            require(!unit.has("outstanding") || unit.path("outstanding").isBoolean(), path + ".outstanding", "boolean");
        }
        Set<String> officerIds = new HashSet<>();
        JsonNode officers = root.path("officers");
        require(officers.isArray(), "officers", "an array");
        for (int i = 0; i < officers.size(); i++) {
            officer(officers.get(i), "officers[" + i + "]", year, unitIds, officerIds);
        }
    }

    private void officer(JsonNode o, String path, int year, Set<String> unitIds, Set<String> officerIds) {
        String id = o.path("id").asText("");
        require(!id.isBlank(), path + ".id", "non-blank");
        require(officerIds.add(id), path + ".id", "unique");
        require(o.path("name").isTextual() && !o.path("name").asText().isBlank(), path + ".name", "a name");
        require(unitIds.contains(o.path("unitId").asText()), path + ".unitId", "a unit in units");
        require(!o.has("group") || o.path("group").isTextual() && !o.path("group").asText().isBlank(),
                path + ".group", "absent or a non-blank string");
        require(ROLES.contains(o.path("role").asText()), path + ".role", "STAFF, DEPUTY_HEAD or HEAD");
        require(!o.has("partyMember") || o.path("partyMember").isBoolean(), path + ".partyMember", "boolean");
        int months = o.path("monthsWorked").asInt(-1);
        require(o.path("monthsWorked").isInt() && months >= 0 && months <= 12, path + ".monthsWorked", "0–12");

        JsonNode t = o.path("tasks");
        int assigned = t.path("assigned").asInt(-1);
        int completed = t.path("completed").asInt(-1);
        int onTime = t.path("onTime").asInt(-1);
        int quality = t.path("highQuality").asInt(-1);
        require(assigned >= 0 && completed >= 0 && onTime >= 0 && quality >= 0, path + ".tasks", "ints ≥ 0");
        require(completed <= assigned, path + ".tasks.completed", "≤ assigned");
        require(onTime <= completed, path + ".tasks.onTime", "≤ completed");
        require(quality <= completed, path + ".tasks.highQuality", "≤ completed");

        if (year >= 2026) {
            JsonNode general = o.path("scores").path("general");
            require(general.isNumber() && general.asDouble() >= 0 && general.asDouble() <= 30,
                    path + ".scores.general", "required from 2026, 0–30");
        }
        JsonNode signs = o.path("signs");
        for (int i = 0; i < signs.size(); i++) {
            JsonNode s = signs.get(i);
            require(SIGN_CODE.matcher(s.path("code").asText()).matches(), path + ".signs[" + i + "].code", "a sign code");
            require(s.path("verified").isBoolean(), path + ".signs[" + i + "].verified", "boolean");
            date(s.path("date"), path + ".signs[" + i + "].date", year);
        }
        JsonNode disciplines = o.path("disciplines");
        for (int i = 0; i < disciplines.size(); i++) {
            JsonNode d = disciplines.get(i);
            String p = path + ".disciplines[" + i + "]";
            Set<String> systems = FORMS.get(d.path("form").asText());
            require(systems != null, p + ".form", "a discipline code");
            require(systems != null && systems.contains(d.path("system").asText()), p + ".system",
                    "a system that imposes " + d.path("form").asText());
            require(!"PARTY".equals(d.path("system").asText()) || o.path("partyMember").asBoolean(), p + ".system",
                    "party discipline only for party members");
            date(d.path("decidedOn"), p + ".decidedOn", year);
            require(d.path("relatedToDuties").isBoolean(), p + ".relatedToDuties", "boolean");
        }
        JsonNode styles = o.path("styleEvaluations");
        for (int i = 0; i < styles.size(); i++) {
            require(styles.get(i).path("criterion").asText().matches("PC-(CT|CV|CD|NV)-0[1-9]"),
                    path + ".styleEvaluations[" + i + "].criterion", "a PC-* code");
            require(styles.get(i).path("met").isBoolean(), path + ".styleEvaluations[" + i + "].met", "boolean");
        }
        JsonNode feedback = o.path("citizenFeedback");
        for (int i = 0; i < feedback.size(); i++) {
            JsonNode f = feedback.get(i);
            String p = path + ".citizenFeedback[" + i + "]";
            require(Set.of("COMPLAINT", "PRAISE").contains(f.path("kind").asText()), p + ".kind", "COMPLAINT or PRAISE");
            require(f.path("criterion").asText().matches("BIET-0[1-4]|PC-NV-0[1-9]"), p + ".criterion", "BIET-* or PC-NV-*");
            date(f.path("date"), p + ".date", year);
        }
        JsonNode history = o.path("history");
        for (int i = 0; i < history.size(); i++) {
            JsonNode h = history.get(i);
            require(h.path("year").asInt() < year, path + ".history[" + i + "].year", "an earlier year");
            require(RATINGS.contains(h.path("rating").asText()), path + ".history[" + i + "].rating", "a rating code");
        }
    }

    private void date(JsonNode node, String path, int year) {
        try {
            require(LocalDate.parse(node.asText()).getYear() == year, path, "a date in " + year);
        } catch (DateTimeParseException e) {
            problems.add(path + ": not an ISO date: " + node);
        }
    }

    private void require(boolean ok, String path, String expected) {
        if (!ok) {
            problems.add(path + ": expected " + expected);
        }
    }
}
