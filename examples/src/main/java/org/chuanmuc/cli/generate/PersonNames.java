package org.chuanmuc.cli.generate;

import java.util.List;
import java.util.Random;

/**
 * Vietnamese full names (họ, tên đệm, tên), drawn with surname frequencies close to the population's: about
 * four in ten people are Nguyễn. All strings are in Unicode NFC, as typed on a Vietnamese keyboard.
 */
final class PersonNames {
    /** Surnames with their weight in percent (roughly the population's shares; the rest spread out). */
    private static final List<Weighted<String>> SURNAMES = List.of(
            new Weighted<>("Nguyễn", 38), new Weighted<>("Trần", 11), new Weighted<>("Lê", 9),
            new Weighted<>("Phạm", 7), new Weighted<>("Hoàng", 4), new Weighted<>("Huỳnh", 3),
            new Weighted<>("Phan", 4), new Weighted<>("Vũ", 3), new Weighted<>("Võ", 3),
            new Weighted<>("Đặng", 2), new Weighted<>("Bùi", 2), new Weighted<>("Đỗ", 2),
            new Weighted<>("Hồ", 2), new Weighted<>("Ngô", 2), new Weighted<>("Dương", 1),
            new Weighted<>("Lý", 1), new Weighted<>("Đinh", 1), new Weighted<>("Trịnh", 1),
            new Weighted<>("Lương", 1), new Weighted<>("Mai", 1), new Weighted<>("Tạ", 1),
            new Weighted<>("Đoàn", 1));

    private static final List<String> MALE_MIDDLE = List.of("Văn", "Văn", "Văn", "Đức", "Minh", "Quang", "Hữu",
            "Thanh", "Công", "Ngọc", "Xuân", "Trọng", "Quốc", "Mạnh", "Tiến", "Duy", "Hoàng", "Thế");
    private static final List<String> FEMALE_MIDDLE = List.of("Thị", "Thị", "Thị", "Ngọc", "Thu", "Thanh",
            "Phương", "Minh", "Hồng", "Khánh", "Thị Thu", "Thị Ngọc", "Thị Thanh", "Bảo", "Mỹ");
    private static final List<String> MALE_GIVEN = List.of("Anh", "Bình", "Cường", "Dũng", "Đạt", "Hải", "Hiếu",
            "Hùng", "Huy", "Khánh", "Long", "Mạnh", "Nam", "Phong", "Phúc", "Quân", "Sơn", "Thắng", "Thành",
            "Trung", "Tuấn", "Tùng", "Việt", "Vinh", "Hoàng", "Kiên", "Lâm", "Nghĩa", "Quyết", "Thịnh", "Toàn",
            "Trí", "Đông", "Hưng", "Lộc", "Tâm");
    private static final List<String> FEMALE_GIVEN = List.of("Anh", "Châu", "Dung", "Giang", "Hà", "Hằng",
            "Hạnh", "Hoa", "Hương", "Lan", "Linh", "Mai", "Ngân", "Nhung", "Phương", "Quỳnh", "Thảo", "Trang",
            "Uyên", "Yến", "Huyền", "Loan", "Nga", "Oanh", "Thủy", "Vân", "Ánh", "Hiền");

    private PersonNames() {
    }

    /**
     * @param random the generator's random source
     * @param female whether to draw a woman's name (tên đệm and tên differ)
     * @return a full name such as {@code "Nguyễn Thị Thu Hương"}
     */
    static String draw(Random random, boolean female) {
        String surname = Weighted.draw(random, SURNAMES);
        String middle = pick(random, female ? FEMALE_MIDDLE : MALE_MIDDLE);
        String given = pick(random, female ? FEMALE_GIVEN : MALE_GIVEN);
        return surname + " " + middle + " " + given;
    }

    private static <T> T pick(Random random, List<T> items) {
        return items.get(random.nextInt(items.size()));
    }
}
