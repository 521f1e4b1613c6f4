package org.chuanmuc.cli.generate;

import java.util.List;

/**
 * Names of public-security units: departments of a provincial police (phòng) and ward or commune police
 * (công an phường, xã). Beyond the list, names are numbered area police teams.
 */
final class UnitNames {
    private static final List<String> NAMES = List.of(
            "Phòng Cảnh sát giao thông",
            "Công an phường Bến Nghé",
            "Phòng Cảnh sát hình sự",
            "Công an phường Hàng Bạc",
            "Phòng An ninh chính trị nội bộ",
            "Công an xã Tân Thông Hội",
            "Phòng Cảnh sát quản lý hành chính về trật tự xã hội",
            "Công an phường Trần Hưng Đạo",
            "Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ",
            "Công an phường Thạch Thang",
            "Phòng Cảnh sát điều tra tội phạm về ma túy",
            "Công an xã Hòa Phước",
            "Phòng Cảnh sát kinh tế",
            "Công an phường Vĩnh Ninh",
            "Phòng Tham mưu",
            "Công an phường Điện Biên",
            "Phòng Tổ chức cán bộ",
            "Công an xã Đông Anh",
            "Phòng Công tác đảng và công tác chính trị",
            "Công an phường Lê Lợi",
            "Phòng Cảnh sát môi trường",
            "Công an phường Ninh Kiều",
            "Phòng Hậu cần",
            "Công an xã Phú Xuân",
            "Phòng Cảnh sát cơ động",
            "Công an phường Hải Châu",
            "Phòng An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao",
            "Công an xã Ea Kao",
            "Trại tạm giam",
            "Công an phường Quang Trung",
            "Phòng Quản lý xuất nhập cảnh",
            "Công an xã Mường Thanh");

    private UnitNames() {
    }

    /** @return the name of the unit at 0-based position {@code index} */
    static String name(int index) {
        return index < NAMES.size() ? NAMES.get(index) : "Đội Cảnh sát khu vực số " + (index - NAMES.size() + 1);
    }
}
