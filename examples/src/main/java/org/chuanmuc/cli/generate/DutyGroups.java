package org.chuanmuc.cli.generate;

import java.util.List;
import java.util.Locale;

/**
 * Groups of officers with similar duties (nhóm nhiệm vụ tương đồng) as a unit of each kind might define
 * them for the quota on the top level: the leaders in one group, the staff by line of work. The kind of a
 * unit is read from its name ({@link UnitNames}).
 */
final class DutyGroups {
    /** The group of heads and deputies. */
    static final String LEADERS = "Lãnh đạo";
    static final String ADMINISTRATION = "Hành chính, tổng hợp";

    private static final List<Weighted<String>> TRAFFIC = List.of(
            new Weighted<>("Tuần tra, kiểm soát", 50), new Weighted<>("Xử lý vi phạm", 25),
            new Weighted<>(ADMINISTRATION, 25));
    private static final List<Weighted<String>> INVESTIGATION = List.of(
            new Weighted<>("Điều tra", 40), new Weighted<>("Trinh sát", 40), new Weighted<>(ADMINISTRATION, 20));
    private static final List<Weighted<String>> LOCAL = List.of(
            new Weighted<>("Cảnh sát khu vực", 45), new Weighted<>("Tuần tra, kiểm soát", 30),
            new Weighted<>(ADMINISTRATION, 25));
    private static final List<Weighted<String>> FIRE = List.of(
            new Weighted<>("Chữa cháy, cứu nạn, cứu hộ", 55), new Weighted<>("Phòng cháy, kiểm tra an toàn", 30),
            new Weighted<>(ADMINISTRATION, 15));
    private static final List<Weighted<String>> MOBILE = List.of(
            new Weighted<>("Cơ động, chiến đấu", 75), new Weighted<>(ADMINISTRATION, 25));
    private static final List<Weighted<String>> DETENTION = List.of(
            new Weighted<>("Quản giáo", 50), new Weighted<>("Canh gác, dẫn giải", 35),
            new Weighted<>(ADMINISTRATION, 15));
    private static final List<Weighted<String>> STAFF_OFFICE = List.of(
            new Weighted<>("Nghiệp vụ", 65), new Weighted<>(ADMINISTRATION, 35));

    private DutyGroups() {
    }

    /** @return the staff groups of a unit with this name, each with its share of the staff */
    static List<Weighted<String>> staffGroups(String unitName) {
        String name = unitName.toLowerCase(Locale.ROOT);
        if (name.contains("giao thông")) {
            return TRAFFIC;
        } else if (name.contains("phòng cháy")) {
            return FIRE;
        } else if (name.contains("cơ động")) {
            return MOBILE;
        } else if (name.contains("tạm giam")) {
            return DETENTION;
        } else if (name.startsWith("công an phường") || name.startsWith("công an xã")
                || name.startsWith("đội cảnh sát khu vực")) {
            return LOCAL;
        } else if (name.contains("hình sự") || name.contains("ma túy") || name.contains("kinh tế")
                || name.contains("môi trường") || name.contains("an ninh")) {
            return INVESTIGATION;
        }
        return STAFF_OFFICE;
    }
}
