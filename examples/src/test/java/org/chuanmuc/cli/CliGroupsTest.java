package org.chuanmuc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A group of similar duties and a reason on both ratings, through the command line with the standard rules plus
 * one local rule (one run: compiling the rules is what costs time).
 */
class CliGroupsTest {
    private static final String BOTH_RULE = "DP-DV đảng viên có biểu hiện đã kết luận: Không hoàn thành nhiệm vụ";

    @TempDir
    Path dir;

    private Path input() throws Exception {
        Path file = dir.resolve("nhom.json");
        Files.writeString(file, """
                {"period": {"year": 2025},
                 "units": [{"id": "PC02", "name": "Phòng Cảnh sát hình sự"}],
                 "officers": [
                  {"id": "CB-1", "name": "Đỗ Văn Trưởng", "unitId": "PC02", "group": "Lãnh đạo", "role": "HEAD",
                   "partyMember": true, "monthsWorked": 12,
                   "tasks": {"assigned": 40, "completed": 40, "onTime": 38, "highQuality": 36}},
                  {"id": "CB-2", "name": "Phan Thị Điều", "unitId": "PC02", "group": "Điều tra", "role": "STAFF",
                   "partyMember": true, "monthsWorked": 12,
                   "tasks": {"assigned": 40, "completed": 40, "onTime": 38, "highQuality": 36},
                   "signs": [{"code": "NQ4-DD-03", "verified": true, "evidence": "Kết luận 7/KL"}]},
                  {"id": "CB-3", "name": "Lê Văn Tra", "unitId": "PC02", "group": "Điều tra", "role": "STAFF",
                   "monthsWorked": 12, "tasks": {"assigned": 40, "completed": 40, "onTime": 38, "highQuality": 36}}
                 ]}
                """, StandardCharsets.UTF_8);
        return file;
    }

    private Path bothTracksRule() throws Exception {
        Path rules = Files.createDirectories(dir.resolve("dia-phuong"));
        Files.writeString(rules.resolve("hai-xep-loai.drl"), """
                package diaphuong;
                import org.chuanmuc.model.*;
                rule "%s"
                when
                    $o: Officer(partyMember)
                    SignFinding(verified) from $o.signs
                then
                    insert(RatingCap.state($o.id(), RatingLevel.KHONG_HOAN_THANH, "DP-DV", "Quy định địa phương",
                            "Đảng viên có biểu hiện đã được kết luận"));
                    insert(RatingCap.party($o.id(), RatingLevel.KHONG_HOAN_THANH, "DP-DV", "Quy định địa phương",
                            "Đảng viên có biểu hiện đã được kết luận"));
                end
                """.formatted(BOTH_RULE), StandardCharsets.UTF_8);
        return rules;
    }

    @Test
    void explain_ruleCappingBothRatings_showsItOnceMarkedForBoth() throws Exception {
        Cli.Run run = Cli.run("explain", input().toString(), "CB-2", "--rules", bothTracksRule().toString());

        assertThat(run.code()).as(run.stderr()).isZero();
        assertThat(run.out()).startsWith("Cán bộ CB-2 Phan Thị Điều — Phòng Cảnh sát hình sự (PC02), nhóm Điều tra,"
                + " năm 2025" + System.lineSeparator());
        assertThat(run.out()).contains("""
                [DP-DV] Đảng viên có biểu hiện đã được kết luận (xếp loại chính quyền và đảng viên)
                     Mức tối đa: Không hoàn thành nhiệm vụ
                     Quy tắc: %s
                     Căn cứ: Quy định địa phương
                """.formatted(BOTH_RULE).replace("\n", System.lineSeparator()));
        assertThat(occurrences(run.out(), "Quy tắc: " + BOTH_RULE)).isEqualTo(1);
    }

    private static int occurrences(String text, String part) {
        return (int) Pattern.compile(Pattern.quote(part)).matcher(text).results().count();
    }
}
