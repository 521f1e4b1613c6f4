package org.chuanmuc.io.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@link FirstIndexById} attacked: ids whose {@link String#hashCode} is equal (an input file is untrusted), bytes of
 * one id split over two chunks, offsets past 2^31 bytes.
 */
class FirstIndexByIdHostileTest {

    /** "C1" and "BP" have the same hash code (67 * 31 + 49 == 66 * 31 + 80): any sequence of them too. */
    static List<String> equalHashCodes(int blocks) {
        List<String> ids = new ArrayList<>();
        for (int bits = 0; bits < 1 << blocks; bits++) {
            StringBuilder id = new StringBuilder("CA-");
            for (int b = 0; b < blocks; b++) {
                id.append((bits >>> b & 1) == 0 ? "C1" : "BP");
            }
            ids.add(id.toString());
        }
        return ids;
    }

    @Test
    void idsWithEqualHashCodes_agreeWithAHashMap() {
        List<String> ids = equalHashCodes(11);
        assertThat(ids).extracting(String::hashCode).containsOnly(ids.get(0).hashCode());
        FirstIndexById table = new FirstIndexById();
        Map<String, Integer> oracle = new HashMap<>();
        int index = 0;
        for (int round = 0; round < 2; round++) {
            for (int i = round; i < ids.size(); i += 2) { // odd ones first, the whole lot again afterwards
                String id = new String(ids.get(i).toCharArray());
                Integer expected = oracle.putIfAbsent(id, index);
                assertThat(table.putIfAbsent(id, index)).as(id).isEqualTo(expected == null ? -1 : expected);
                index++;
            }
        }
        for (String id : ids) {
            assertThat(table.putIfAbsent(id, index++)).as(id).isEqualTo(oracle.get(id));
        }
        assertThat(table.size()).isEqualTo(ids.size());
    }

    @Test
    void idsWithEqualHashCodes_doNotPileUpInOneRunOfTheTable() throws Exception {
        // An input file of officers whose ids all have one hash code: a HashMap keeps String keys of one bucket in a
        // tree (log n compareTo per id). Here every id probes past all the earlier ones, n^2 / 2 comparisons: 2^17
        // such ids (a file of a few MB) are some 8.6 billion probes, the reader stuck for minutes on one input.
        // Measured as the longest run of occupied slots, not as time.
        FirstIndexById table = new FirstIndexById();
        for (String id : equalHashCodes(13)) {
            table.putIfAbsent(id, 0);
        }
        assertThat(longestRun(table)).as("longest run of occupied slots, 8192 ids in %d slots", slots(table))
                .isLessThan(256);
    }

    @Test
    void wideIdSplitOverTwoChunks_andOffsetsPast2GiB_compareByCharacter() throws Exception {
        FirstIndexById table = new FirstIndexById();
        // skip ahead to 3 bytes before 2^31 without storing 2 GiB: the chunks below are never read
        set(table, "chunks", new byte[(1 << 13) + 2][]);
        set(table, "used", (1L << 31) - 3);
        String narrow = "ab"; // leaves one byte in the chunk: the next id's first character is split over two chunks
        String wide = "\u4141\u0142\uD800x";
        assertThat(table.putIfAbsent(narrow, 0)).isEqualTo(-1);
        assertThat(table.putIfAbsent(wide, 1)).isEqualTo(-1);
        assertThat(table.putIfAbsent("\u4141\u0142\uD800y", 2)).isEqualTo(-1);
        assertThat(table.putIfAbsent("AA\u0142\uD800x", 3)).isEqualTo(-1);
        assertThat(table.putIfAbsent(new String(wide.toCharArray()), 4)).isEqualTo(1);
        assertThat(table.putIfAbsent("ab", 5)).isZero();
        assertThat(table.putIfAbsent("a", 6)).isEqualTo(-1);
        assertThat(table.putIfAbsent("y".repeat(70_000), Integer.MAX_VALUE)).isEqualTo(-1);
        assertThat(table.putIfAbsent("y".repeat(70_000), 7)).isEqualTo(Integer.MAX_VALUE);
        assertThat(table.size()).isEqualTo(6);
    }

    private static int longestRun(FirstIndexById table) throws Exception {
        int[] slots = (int[]) get(table, "table");
        int longest = 0;
        int run = 0;
        for (int i = 0; i < 2 * slots.length; i++) { // twice round: a run may wrap
            run = slots[i % slots.length] != 0 ? run + 1 : 0;
            longest = Math.max(longest, Math.min(run, slots.length));
        }
        return longest;
    }

    private static int slots(FirstIndexById table) throws Exception {
        return ((int[]) get(table, "table")).length;
    }

    private static Object get(Object target, String name) throws Exception {
        Field field = target.getClass().getDeclaredField(name);
        field.setAccessible(true);
        return field.get(target);
    }

    private static void set(Object target, String name, Object value) throws Exception {
        Field field = target.getClass().getDeclaredField(name);
        field.setAccessible(true);
        field.set(target, value);
    }
}
