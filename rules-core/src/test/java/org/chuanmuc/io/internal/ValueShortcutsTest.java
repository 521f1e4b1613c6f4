package org.chuanmuc.io.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The reader's shortcuts for dates and group names give what the general way gives: the JDK's ISO parser behind
 * a {@code yyyy-MM-dd} pattern, and NFC plus strip plus one space for each run of whitespace.
 */
class ValueShortcutsTest {
    private static final Pattern ISO_DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
    private static final Pattern SPACES = Pattern.compile("[\\p{javaWhitespace}\\p{Z}\\u0085]+");

    @Test
    void isoDate_monthAndDayNumbers_agreeWithLocalDateParse() {
        List<String> texts = new ArrayList<>();
        for (String year : new String[] {"0000", "0001", "1900", "2000", "2023", "2024", "2025", "2100", "9999"}) {
            for (int month = 0; month < 16; month++) { // beyond 15 and 35 nothing new fails
                for (int day = 0; day < 36; day++) {
                    texts.add("%s-%02d-%02d".formatted(year, month, day));
                }
            }
        }
        texts.addAll(List.of("2025-99-99", "2025-01-99", "", "2025-01-1", "2025-1-01", "+2025-01-01", "+12025-01-01", "20250101", "2025/01/01",
                "2025-01-01 ", " 2025-01-01", "2025-01-01T00:00", "２０２５-01-01", "2025-0a-01", "-025-01-01",
                "2025--1-01", "2025-01-+1"));

        int valid = 0;
        List<String> disagreements = new ArrayList<>();
        for (String text : texts) {
            LocalDate expected = generalWay(text);
            if (!Objects.equals(Fields.isoDate(text), expected)) {
                disagreements.add(text);
            }
            valid += expected == null ? 0 : 1;
        }
        assertThat(disagreements).isEmpty();
        // of the nine years, 0000, 2000 and 2024 are leap years
        assertThat(valid).as("real days among them").isEqualTo(6 * 365 + 3 * 366);
    }

    @Test
    void normaliseGroup_namesTypedEveryWay_agreesWithTheGeneralWay() {
        List<String> names = new ArrayList<>(List.of("Lãnh đạo", "Tuần tra, kiểm soát", "Đội 1", "A", "a b c",
                " Lãnh đạo", "Lãnh đạo ", "Lãnh  đạo", "Lãnh\tđạo", "Lãnh\u000Bđạo", "Lãnh\nđạo", "Lãnh\u00A0đạo",
                "Lãnh\u2003đạo", "\u2003Lãnh", "Lãnh\u2003", "La\u0303nh đa\u0323o", "Tô\u0309 1", "\uD83D\uDE00 Tổ",
                "Tổ \uD83D\uDE00", "\u00A0Tổ", "Tổ\u00A0", "\u3000Tổ\u3000\u3000Đội", "x\u001Fy", "\u001F", "Ǆ", "\u212B", "A\u030A"));
        // and random mixes of the characters that matter
        String alphabet = "aÁ ồ\u0300\u0303\u0323 \t\n\u000B\f\r\u0085\u00A0\u2003\u1680\u001C.-\uD83D\uDE00";
        Random random = new Random(13);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder name = new StringBuilder();
            for (int n = 1 + random.nextInt(8); n > 0; n--) {
                name.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            names.add(name.toString());
        }

        List<String> disagreements = new ArrayList<>();
        for (String name : names) {
            // the definition: NFC, every run of Unicode whitespace or space separators (no-break, em, ideographic
            // spaces) one ASCII space, none at either end
            String expected = SPACES.matcher(Normalizer.normalize(name, Normalizer.Form.NFC)).replaceAll(" ");
            expected = expected.startsWith(" ") ? expected.substring(1) : expected;
            expected = expected.endsWith(" ") ? expected.substring(0, expected.length() - 1) : expected;
            // the reader rejects a blank group before it would normalise it
            if (!name.isBlank() && !OfficerValidator.normaliseGroup(name).equals(expected)) {
                disagreements.add(name);
            }
        }
        assertThat(disagreements).isEmpty();
    }

    private static LocalDate generalWay(String text) {
        if (!ISO_DATE.matcher(text).matches()) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
