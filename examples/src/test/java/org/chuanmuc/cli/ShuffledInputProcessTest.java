package org.chuanmuc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.chuanmuc.bench.ShuffleOfficers;
import org.chuanmuc.cli.generate.DossierGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same officers, grouped by unit or shuffled, give byte for byte the same result for every officer, the
 * shuffled run in its own input order and within a small heap (a child JVM with {@code -Xmx64m}).
 */
@Timeout(600)
class ShuffledInputProcessTest {
    @TempDir
    Path dir;

    @Test
    void assess_shuffledInSmallHeap_sameBytesPerOfficerAsGroupedInInputOrder() throws Exception {
        Path grouped = dir.resolve("theo-don-vi.json");
        try (OutputStream out = Files.newOutputStream(grouped)) {
            DossierGenerator.generate(3_000, 30, 21, 2025, out);
        }
        Path shuffled = dir.resolve("xao-tron.json");
        ShuffleOfficers.shuffle(grouped, shuffled, 3);
        Path fromShuffled = dir.resolve("ket-qua-xao-tron.json");

        ChildCli child = ChildCli.start(dir.resolve("logs"), List.of("-Xmx64m", "-Djava.io.tmpdir=" + dir),
                "assess", shuffled.toString(), "--output", fromShuffled.toString());
        Cli.Run fromGrouped = Cli.run("assess", grouped.toString());

        assertThat(child.waitFor()).as(child.stderr()).isZero();
        assertThat(child.stderr()).contains("không xếp cán bộ theo từng đơn vị liền nhau");
        assertThat(fromGrouped.code()).isZero();
        byte[] shuffledBytes = Files.readAllBytes(fromShuffled);
        Map<String, String> expected = results(fromGrouped.stdout());
        Map<String, String> actual = results(shuffledBytes);
        assertThat(actual).hasSize(3_000).containsExactlyInAnyOrderEntriesOf(expected);
        assertThat(new ArrayList<>(actual.keySet())).isEqualTo(officerIds(shuffled));
        JsonNode a = Cli.JSON.readTree(shuffledBytes);
        JsonNode g = fromGrouped.json();
        assertThat(a.path("summary")).isEqualTo(g.path("summary"));
        assertThat(a.path("ruleSet")).isEqualTo(g.path("ruleSet"));
        assertThat(ChildCli.list(dir).map(p -> p.getFileName().toString()))
                .containsExactlyInAnyOrder("theo-don-vi.json", "xao-tron.json", "ket-qua-xao-tron.json", "logs");
    }

    /** @return each result's exact text (bytes as written), by officer id, in output order */
    static Map<String, String> results(byte[] json) throws IOException {
        Map<String, String> texts = new LinkedHashMap<>();
        try (JsonParser p = Cli.JSON.getFactory().createParser(json)) {
            p.nextToken();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                p.nextToken();
                if (!field.equals("results")) {
                    p.skipChildren();
                    continue;
                }
                while (p.nextToken() == JsonToken.START_OBJECT) {
                    int start = (int) p.currentTokenLocation().getByteOffset();
                    JsonNode result = p.readValueAsTree();
                    int end = (int) p.currentLocation().getByteOffset();
                    texts.put(result.path("officerId").asText(),
                            new String(json, start, end - start, StandardCharsets.UTF_8));
                }
            }
        }
        return texts;
    }

    static List<String> officerIds(Path input) throws IOException {
        List<String> ids = new ArrayList<>();
        Cli.JSON.readTree(input.toFile()).path("officers").forEach(o -> ids.add(o.path("id").asText()));
        return ids;
    }
}
