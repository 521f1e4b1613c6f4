package org.chuanmuc.assess;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.chuanmuc.model.Period;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kie.api.io.ResourceType;
import org.kie.api.runtime.KieSession;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.io.ResourceFactory;

/**
 * The control for {@link HostileRulesTest}: a few hostile files compiled straight into Drools, past the guard,
 * really do what they attempt (aimed at a separate folder). So the corpus is live code, not files that would fail
 * anyway, and the guard is what stops them.
 */
class HostilePayloadsAreLiveTest {
    private static final Path CONTROL = Path.of("target", "hostile-control");

    @BeforeEach
    void emptyControlFolder() throws IOException {
        if (Files.exists(CONTROL)) {
            try (Stream<Path> files = Files.walk(CONTROL)) {
                for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(f);
                }
            }
        }
        Files.createDirectories(CONTROL);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "write-file-nio.drl, nio",
        "write-file-filewriter.drl, filewriter",
        "annotation-compile-time.drl, annotation",
        "single-quote-rewrite.drl, quote"})
    void withoutTheGuard_payloadWritesItsMarker(String file, String marker) {
        String drl = RuleFiles.text(RuleFiles.list("hostile", file).get(0))
                .replace("target/hostile-marker-", CONTROL.toString().replace('\\', '/') + "/marker-");
        KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder();
        builder.add(ResourceFactory.newByteArrayResource(drl.getBytes(StandardCharsets.UTF_8)), ResourceType.DRL);
        assertThat(builder.getErrors()).isEmpty();

        KieSession session = builder.newKieBase().newKieSession();
        try {
            session.insert(new Period(2025));
            session.fireAllRules();
        } finally {
            session.dispose();
        }

        assertThat(CONTROL.resolve("marker-" + marker)).exists();
    }
}
