package org.chuanmuc.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Keeps the README's embedding example compiling: it must be the code of {@link EmbeddingExample}. */
class EmbeddingExampleTest {

    @Test
    void readme_embeddingExample_isTheCompiledExample() throws Exception {
        String readme = Files.readString(Path.of("..", "README.md"));
        int marker = readme.indexOf("<!-- embedding-example");
        assertThat(marker).as("README marker").isPositive();
        int start = readme.indexOf("```java\n", marker) + "```java\n".length();
        String block = readme.substring(start, readme.indexOf("```", start));

        String source = Files.readString(Path.of("src/main/java/org/chuanmuc/examples/EmbeddingExample.java"));
        String region = source.substring(source.indexOf("// README:start") + "// README:start".length(),
                source.indexOf("// README:end"));

        assertThat(normalise(block)).isEqualTo(normalise(region)).hasSizeLessThanOrEqualTo(15);
    }

    @Test
    void main_printsTheRatingThenReasons() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream saved = System.out;
        System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        try {
            EmbeddingExample.main(new String[0]);
        } finally {
            System.setOut(saved);
        }
        List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines.get(0)).isEqualTo("Không hoàn thành nhiệm vụ");
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("NQ4-DD-03: ").contains("Nghị quyết 04-NQ/TW"));
    }

    private static List<String> normalise(String code) {
        return code.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }
}
