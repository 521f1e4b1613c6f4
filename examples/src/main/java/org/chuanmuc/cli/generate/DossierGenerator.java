package org.chuanmuc.cli.generate;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Random;
import org.chuanmuc.model.DisciplineForm;
import org.chuanmuc.model.DisciplineSystem;
import org.chuanmuc.model.FeedbackKind;
import org.chuanmuc.model.Period;
import org.chuanmuc.model.RatingLevel;
import org.chuanmuc.model.Role;

/**
 * Writes a realistic random input file in the dossier format, for demos and benchmarks.
 *
 * <p>The file holds {@code period}, then {@code units}, then {@code officers} grouped by unit (all officers
 * of {@code DV-01}, then of {@code DV-02}, ...), each unit led by one head ({@code HEAD}) and one to three
 * deputies. Officer ids are {@code CB-000001} onwards. Most units of eight officers or more split them into
 * groups of similar duties for the quota ({@code group}): the head and deputies in {@value DutyGroups#LEADERS},
 * the staff by line of work according to the kind of unit (patrol, investigation, administration…); the other
 * units are one group and carry no {@code group}. The data is shaped to exercise every rule:
 * Vietnamese names, about 60 % party members, mostly full years worked (a few under six months), task
 * counts that yield all four rating levels, rare signs of the 27 (about 2.5 %, some unverified) and rare
 * disciplines (about 2 %, forms valid for their system), style evaluations (mostly met), citizen feedback
 * (some officers with three or more verified complaints), one to three years of history (some
 * {@code KHONG_HOAN_THANH}), and {@code scores.general} from 2026 on.
 *
 * <p>Output is streamed: memory does not grow with the number of officers. The same arguments give the
 * same bytes on every machine and Java version ({@link java.util.Random} is specified exactly).
 */
public final class DossierGenerator {
    /** Criterion groups of the style evaluations, each with codes {@code -01} to {@code -03}. */
    static final List<String> STYLE_GROUPS = List.of("PC-CT", "PC-CV", "PC-CD", "PC-NV");
    static final List<String> SIGN_GROUPS = List.of("NQ4-CT", "NQ4-DD", "NQ4-TDB");
    static final List<String> FEEDBACK_CRITERIA = List.of("BIET-01", "BIET-02", "BIET-03", "BIET-04",
            "PC-NV-01", "PC-NV-02", "PC-NV-03");

    private static final List<Weighted<TaskProfile>> STAFF_PROFILES = List.of(
            new Weighted<>(TaskProfile.EXCELLENT, 16), new Weighted<>(TaskProfile.GOOD, 50),
            new Weighted<>(TaskProfile.ADEQUATE, 28), new Weighted<>(TaskProfile.POOR, 6));
    private static final List<Weighted<TaskProfile>> LEADER_PROFILES = List.of(
            new Weighted<>(TaskProfile.EXCELLENT, 22), new Weighted<>(TaskProfile.GOOD, 58),
            new Weighted<>(TaskProfile.ADEQUATE, 17), new Weighted<>(TaskProfile.POOR, 3));
    private static final List<Weighted<RatingLevel>> UNIT_RATINGS = List.of(
            new Weighted<>(RatingLevel.HOAN_THANH_XUAT_SAC, 15), new Weighted<>(RatingLevel.HOAN_THANH_TOT, 55),
            new Weighted<>(RatingLevel.HOAN_THANH, 20), new Weighted<>(RatingLevel.KHONG_HOAN_THANH, 3),
            new Weighted<>(null, 7));
    private static final List<Weighted<DisciplineForm>> STATE_FORMS = List.of(
            new Weighted<>(DisciplineForm.KHIEN_TRACH, 45), new Weighted<>(DisciplineForm.CANH_CAO, 30),
            new Weighted<>(DisciplineForm.HA_BAC_LUONG, 8), new Weighted<>(DisciplineForm.GIANG_CAP_BAC_HAM, 7),
            new Weighted<>(DisciplineForm.TUOC_DANH_HIEU_CAND, 2), new Weighted<>(DisciplineForm.BUOC_THOI_VIEC, 1));
    private static final List<Weighted<DisciplineForm>> STATE_FORMS_LEADERS = List.of(
            new Weighted<>(DisciplineForm.KHIEN_TRACH, 40), new Weighted<>(DisciplineForm.CANH_CAO, 30),
            new Weighted<>(DisciplineForm.HA_BAC_LUONG, 6), new Weighted<>(DisciplineForm.GIANG_CAP_BAC_HAM, 6),
            new Weighted<>(DisciplineForm.GIANG_CHUC, 10), new Weighted<>(DisciplineForm.CACH_CHUC, 6),
            new Weighted<>(DisciplineForm.TUOC_DANH_HIEU_CAND, 2));
    private static final List<Weighted<DisciplineForm>> PARTY_FORMS = List.of(
            new Weighted<>(DisciplineForm.KHIEN_TRACH, 55), new Weighted<>(DisciplineForm.CANH_CAO, 35),
            new Weighted<>(DisciplineForm.KHAI_TRU, 5));
    private static final List<Weighted<DisciplineForm>> PARTY_FORMS_LEADERS = List.of(
            new Weighted<>(DisciplineForm.KHIEN_TRACH, 50), new Weighted<>(DisciplineForm.CANH_CAO, 35),
            new Weighted<>(DisciplineForm.CACH_CHUC, 10), new Weighted<>(DisciplineForm.KHAI_TRU, 5));

    /** Mixed into the seed of the second generator, which draws only the groups. */
    private static final long GROUP_SEED = 0x6e68_6f6d_5f6e_7674L;
    /** Units smaller than this are one group for the quota (no {@code group} written). */
    static final int MIN_GROUPED_UNIT = 8;
    /** Share, in percent, of the units large enough that split their officers into groups. */
    static final int GROUPED_UNITS_PERCENT = 75;

    private final Random random;
    /** Draws only the groups, so that every other field is the same as without them for the same seed. */
    private final Random groups;
    private final int year;
    private final JsonGenerator json;

    private DossierGenerator(long seed, int year, JsonGenerator json) {
        this.random = new Random(seed);
        this.groups = new Random(seed ^ GROUP_SEED);
        this.year = year;
        this.json = json;
    }

    /**
     * Writes a generated input file as UTF-8 JSON. The stream is flushed, not closed.
     *
     * @param officers how many officers, ≥ {@code units}
     * @param units    how many units, ≥ 1 (each gets a head, so at least one officer each)
     * @param seed     the random seed: equal arguments give equal bytes
     * @param year     the assessment year, {@value Period#FIRST_YEAR}–{@value Period#LAST_YEAR}
     * @param out      where to write
     * @throws IllegalArgumentException when the counts or the year are out of range
     * @throws IOException              when writing fails
     */
    public static void generate(int officers, int units, long seed, int year, OutputStream out) throws IOException {
        Objects.requireNonNull(out, "out");
        if (units < 1) {
            throw new IllegalArgumentException("cần ít nhất 1 đơn vị (units must be ≥ 1), was " + units);
        }
        if (officers < units) {
            throw new IllegalArgumentException("mỗi đơn vị cần ít nhất một cán bộ đứng đầu (officers must be ≥ units): "
                    + officers + " < " + units);
        }
        if (year < Period.FIRST_YEAR || year > Period.LAST_YEAR) {
            throw new IllegalArgumentException("năm phải từ " + Period.FIRST_YEAR + " đến " + Period.LAST_YEAR
                    + " (year must be " + Period.FIRST_YEAR + "–" + Period.LAST_YEAR + "), was " + year);
        }
        JsonFactory factory = JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();
        try (JsonGenerator json = factory.createGenerator(out, JsonEncoding.UTF8)) {
            json.setPrettyPrinter(new OneRecordPerLine());
            new DossierGenerator(seed, year, json).write(officers, units);
        }
        out.write('\n'); // a text file ends with a line end
        out.flush();
    }

    private void write(int officers, int units) throws IOException {
        json.writeStartObject();
        json.writeObjectFieldStart("period");
        json.writeNumberField("year", year);
        json.writeEndObject();

        json.writeArrayFieldStart("units");
        for (int u = 0; u < units; u++) {
            writeUnit(u);
        }
        json.writeEndArray();

        int[] sizes = unitSizes(officers, units);
        json.writeArrayFieldStart("officers");
        int next = 1;
        for (int u = 0; u < units; u++) {
            int deputies = sizes[u] == 1 ? 0 : Math.min(sizes[u] - 1, 1 + random.nextInt(3));
            List<Weighted<String>> staffGroups = sizes[u] >= MIN_GROUPED_UNIT
                    && groups.nextInt(100) < GROUPED_UNITS_PERCENT ? DutyGroups.staffGroups(UnitNames.name(u)) : null;
            for (int i = 0; i < sizes[u]; i++) {
                Role role = i == 0 ? Role.HEAD : i <= deputies ? Role.DEPUTY_HEAD : Role.STAFF;
                String group = staffGroups == null ? null
                        : role.isLeader() ? DutyGroups.LEADERS : Weighted.draw(groups, staffGroups);
                writeOfficer(next++, unitId(u), group, role);
            }
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    static String unitId(int index) {
        return String.format(Locale.ROOT, "DV-%02d", index + 1);
    }

    static String officerId(int number) {
        return String.format(Locale.ROOT, "CB-%06d", number);
    }

    private void writeUnit(int index) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", unitId(index));
        json.writeStringField("name", UnitNames.name(index));
        RatingLevel rating = Weighted.draw(random, UNIT_RATINGS);
        if (rating != null) {
            json.writeStringField("rating", rating.name());
        }
        if (random.nextInt(100) < 6) {
            json.writeBooleanField("outstanding", true);
        }
        json.writeEndObject();
    }

    /** Splits the officers over the units: sizes vary between about half and one and a half times the mean. */
    private int[] unitSizes(int officers, int units) {
        double[] weights = new double[units];
        double total = 0;
        for (int u = 0; u < units; u++) {
            weights[u] = 0.5 + random.nextDouble();
            total += weights[u];
        }
        int[] sizes = new int[units];
        int assigned = 0;
        for (int u = 0; u < units; u++) {
            sizes[u] = Math.max(1, (int) Math.floor(officers * weights[u] / total));
            assigned += sizes[u];
        }
        // settle rounding one officer at a time, never leaving a unit without its head
        for (int u = 0; assigned != officers; u = (u + 1) % units) {
            if (assigned < officers) {
                sizes[u]++;
                assigned++;
            } else if (sizes[u] > 1) {
                sizes[u]--;
                assigned--;
            }
        }
        return sizes;
    }

    /** @param group the officer's group of similar duties; null when the unit is one group */
    private void writeOfficer(int number, String unitId, String group, Role role) throws IOException {
        boolean leader = role.isLeader();
        boolean female = random.nextInt(100) < (leader ? 10 : 18);
        boolean partyMember = random.nextInt(100) < (leader ? 97 : 56);
        int monthsWorked = monthsWorked();
        TaskProfile profile = Weighted.draw(random, leader ? LEADER_PROFILES : STAFF_PROFILES);

        json.writeStartObject();
        json.writeStringField("id", officerId(number));
        json.writeStringField("name", PersonNames.draw(random, female));
        json.writeStringField("unitId", unitId);
        if (group != null) {
            json.writeStringField("group", group);
        }
        json.writeStringField("role", role.name());
        json.writeBooleanField("partyMember", partyMember);
        json.writeNumberField("monthsWorked", monthsWorked);

        int assigned = TaskProfile.between(random, 20, 80);
        int[] done = profile.tasks(random, assigned);
        json.writeObjectFieldStart("tasks");
        json.writeNumberField("assigned", assigned);
        json.writeNumberField("completed", done[0]);
        json.writeNumberField("onTime", done[1]);
        json.writeNumberField("highQuality", done[2]);
        json.writeEndObject();

        if (year >= 2026) {
            json.writeObjectFieldStart("scores");
            json.writeNumberField("general", BigDecimal.valueOf(profile.generalTenths(random), 1));
            json.writeEndObject();
        }
        writeSigns(unitId);
        writeDisciplines(leader, partyMember);
        writeStyleEvaluations();
        writeCitizenFeedback();
        writeHistory(profile);
        json.writeEndObject();
    }

    private int monthsWorked() {
        int draw = random.nextInt(1000);
        if (draw < 15) {
            return 1 + random.nextInt(5); // joined late, long leave: under six months, not rated
        } else if (draw < 45) {
            return 6 + random.nextInt(6);
        }
        return 12;
    }

    private void writeSigns(String unitId) throws IOException {
        json.writeArrayFieldStart("signs");
        if (random.nextInt(1000) < 25) {
            int count = random.nextInt(10) == 0 ? 2 : 1;
            for (int i = 0; i < count; i++) {
                boolean verified = random.nextInt(100) < 55;
                json.writeStartObject();
                json.writeStringField("code", pick(SIGN_GROUPS) + "-0" + (1 + random.nextInt(9)));
                json.writeBooleanField("verified", verified);
                json.writeStringField("date", dayOfYear().toString());
                json.writeStringField("evidence", verified
                        ? "Biên bản số " + (1 + random.nextInt(200)) + "/BB-" + unitId
                        : "Đơn phản ánh số " + (1 + random.nextInt(500)) + ", đang xác minh");
                json.writeEndObject();
            }
        }
        json.writeEndArray();
    }

    private void writeDisciplines(boolean leader, boolean partyMember) throws IOException {
        json.writeArrayFieldStart("disciplines");
        if (random.nextInt(1000) < 20) {
            boolean relatedToDuties = random.nextInt(100) < 80;
            LocalDate decided = dayOfYear();
            writeDiscipline(Weighted.draw(random, leader ? STATE_FORMS_LEADERS : STATE_FORMS), DisciplineSystem.STATE,
                    decided, (1 + random.nextInt(900)) + "/QĐ-CAT", relatedToDuties);
            if (partyMember && random.nextInt(100) < 30) {
                writeDiscipline(Weighted.draw(random, leader ? PARTY_FORMS_LEADERS : PARTY_FORMS), DisciplineSystem.PARTY,
                        decided.plusDays(random.nextInt(30)).withYear(year), (1 + random.nextInt(300)) + "-QĐ/ĐU",
                        relatedToDuties);
            }
        }
        json.writeEndArray();
    }

    private void writeDiscipline(DisciplineForm form, DisciplineSystem system, LocalDate decidedOn, String decision,
                                 boolean relatedToDuties) throws IOException {
        json.writeStartObject();
        json.writeStringField("form", form.name());
        json.writeStringField("system", system.name());
        json.writeStringField("decidedOn", decidedOn.toString());
        json.writeStringField("decision", decision);
        json.writeBooleanField("relatedToDuties", relatedToDuties);
        json.writeEndObject();
    }

    private void writeStyleEvaluations() throws IOException {
        // about 2.5 % fall short on two or three criteria (a cap under rating.md); others miss one rarely
        boolean weak = random.nextInt(1000) < 25;
        List<String> codes = new ArrayList<>();
        for (String group : STYLE_GROUPS) {
            codes.add(group + "-01");
            if (random.nextBoolean()) {
                codes.add(group + "-02");
            }
            if (random.nextInt(5) == 0) {
                codes.add(group + "-03");
            }
        }
        int unmetLeft = weak ? 2 + random.nextInt(2) : 0;
        json.writeArrayFieldStart("styleEvaluations");
        for (int i = 0; i < codes.size(); i++) {
            boolean met;
            if (unmetLeft > 0 && (codes.size() - i <= unmetLeft || random.nextInt(3) == 0)) {
                met = false;
                unmetLeft--;
            } else {
                met = random.nextInt(1000) >= 8;
            }
            json.writeStartObject();
            json.writeStringField("criterion", codes.get(i));
            json.writeBooleanField("met", met);
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private void writeCitizenFeedback() throws IOException {
        json.writeArrayFieldStart("citizenFeedback");
        if (random.nextInt(100) < 15) {
            for (int i = 1 + random.nextInt(2); i > 0; i--) {
                writeFeedback(FeedbackKind.PRAISE, random.nextInt(10) != 0);
            }
        }
        int draw = random.nextInt(1000);
        if (draw < 4) {
            for (int i = 5 + random.nextInt(2); i > 0; i--) { // ≥ 5 verified: a cap
                writeFeedback(FeedbackKind.COMPLAINT, true);
            }
        } else if (draw < 16) {
            for (int i = 3 + random.nextInt(2); i > 0; i--) { // 3–4 verified: an early warning
                writeFeedback(FeedbackKind.COMPLAINT, true);
            }
        } else if (draw < 90) {
            writeFeedback(FeedbackKind.COMPLAINT, random.nextBoolean());
        }
        json.writeEndArray();
    }

    private void writeFeedback(FeedbackKind kind, boolean verified) throws IOException {
        json.writeStartObject();
        json.writeStringField("date", dayOfYear().toString());
        json.writeStringField("kind", kind.name());
        json.writeStringField("criterion", pick(FEEDBACK_CRITERIA));
        json.writeBooleanField("verified", verified);
        json.writeEndObject();
    }

    private void writeHistory(TaskProfile profile) throws IOException {
        json.writeArrayFieldStart("history");
        int years = 1 + random.nextInt(3);
        for (int back = 1; back <= years; back++) {
            json.writeStartObject();
            json.writeNumberField("year", year - back);
            json.writeStringField("rating", priorRating(profile).name());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    /** Past years resemble this one: weak officers were more often rated not completed before. */
    private RatingLevel priorRating(TaskProfile profile) {
        int draw = random.nextInt(100);
        return switch (profile) {
            case EXCELLENT, GOOD -> draw < 20 ? RatingLevel.HOAN_THANH_XUAT_SAC
                    : draw < 80 ? RatingLevel.HOAN_THANH_TOT : draw < 98 ? RatingLevel.HOAN_THANH
                    : RatingLevel.KHONG_HOAN_THANH;
            case ADEQUATE -> draw < 30 ? RatingLevel.HOAN_THANH_TOT : draw < 90 ? RatingLevel.HOAN_THANH
                    : RatingLevel.KHONG_HOAN_THANH;
            case POOR -> draw < 50 ? RatingLevel.HOAN_THANH : RatingLevel.KHONG_HOAN_THANH;
        };
    }

    private <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    private LocalDate dayOfYear() {
        LocalDate first = LocalDate.of(year, 1, 1);
        return first.plusDays(random.nextInt(first.lengthOfYear()));
    }
}
