package org.chuanmuc.io.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FirstIndexByIdTest {

    @Test
    void theFirstIndexOfAnIdIsKeptAndLaterOnesAreReportedAgainstIt() {
        FirstIndexById ids = new FirstIndexById();
        assertThat(ids.putIfAbsent("CA-001", 0)).isEqualTo(-1);
        assertThat(ids.putIfAbsent("CA-002", 1)).isEqualTo(-1);
        assertThat(ids.putIfAbsent("CA-001", 2)).isZero();
        assertThat(ids.putIfAbsent("CA-001", 3)).isZero();
        assertThat(ids.putIfAbsent("CA-002", 4)).isEqualTo(1);
        assertThat(ids.size()).isEqualTo(2);
    }

    @Test
    void idsWithTheSameHashCodeOrTheSameBytesInAnotherWidthStayApart() {
        FirstIndexById ids = new FirstIndexById();
        assertThat("Aa".hashCode()).isEqualTo("BB".hashCode());
        assertThat(ids.putIfAbsent("Aa", 0)).isEqualTo(-1);
        assertThat(ids.putIfAbsent("BB", 1)).isEqualTo(-1);
        // "\u4141" is stored as the two bytes 0x41 0x41, like "AA" in one byte per character
        assertThat(ids.putIfAbsent("AA", 2)).isEqualTo(-1);
        assertThat(ids.putIfAbsent("\u4141", 3)).isEqualTo(-1);
        assertThat(ids.putIfAbsent("", 4)).isEqualTo(-1);
        // lone surrogates are characters like any other, not replaced by '?' as an encoder would
        assertThat(ids.putIfAbsent("\uD800", 5)).isEqualTo(-1);
        assertThat(ids.putIfAbsent("\uDC00", 6)).isEqualTo(-1);
        assertThat(ids.putIfAbsent("?", 7)).isEqualTo(-1);
        assertThat(ids.putIfAbsent("Công an Hà Nội-01", 8)).isEqualTo(-1);
        assertThat(ids.putIfAbsent("Công an Hà Nội-01", 9)).isEqualTo(8);
        assertThat(ids.putIfAbsent("Cong an Ha Noi-01", 10)).isEqualTo(-1);
        assertThat(ids.putIfAbsent("ÿ", 11)).isEqualTo(-1); // U+00FF, the widest one-byte character
        assertThat(ids.putIfAbsent("\u00FF", 12)).isEqualTo(11);
        assertThat(ids.size()).isEqualTo(11);
    }

    @Test
    void agreesWithAHashMapOnManyIdsAcrossChunkBoundariesAndRehashes() {
        Random random = new Random(42);
        List<String> pool = new ArrayList<>();
        for (int i = 0; i < 60_000; i++) {
            pool.add(randomId(random, i));
        }
        pool.add("x".repeat(300_000)); // longer than a chunk of bytes
        pool.add("ộ".repeat(200_000));
        FirstIndexById ids = new FirstIndexById();
        Map<String, Integer> oracle = new HashMap<>();
        for (int index = 0; index < 200_000; index++) {
            String id = index % 1000 == 999 ? pool.get(pool.size() - 1 - random.nextInt(2))
                    : new String(pool.get(random.nextInt(pool.size())).toCharArray()); // not the same object
            Integer expected = oracle.putIfAbsent(id, index);
            assertThat(ids.putIfAbsent(id, index)).as("officers[%d]", index)
                    .isEqualTo(expected == null ? -1 : expected);
        }
        assertThat(ids.size()).isEqualTo(oracle.size());
    }

    private static String randomId(Random random, int i) {
        return switch (random.nextInt(4)) {
            case 0 -> "CA-" + i; // the usual shape: a prefix and a counter
            case 1 -> "Đội " + (char) ('Ạ' + random.nextInt(40)) + "-" + i;
            case 2 -> Integer.toString(random.nextInt(1_000_000)); // many duplicates
            default -> {
                StringBuilder s = new StringBuilder();
                int length = random.nextInt(12);
                for (int k = 0; k < length; k++) {
                    s.append((char) random.nextInt(0x10000)); // any UTF-16 unit, surrogates included
                }
                yield s.toString();
            }
        };
    }
}
