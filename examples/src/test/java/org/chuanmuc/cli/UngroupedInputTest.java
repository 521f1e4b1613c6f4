package org.chuanmuc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.chuanmuc.assess.Assessment;
import org.chuanmuc.assess.Assessor;
import org.chuanmuc.assess.Reason;
import org.chuanmuc.cli.generate.DossierGenerator;
import org.chuanmuc.cli.progress.Progress;
import org.chuanmuc.cli.spill.SpillFolder;
import org.chuanmuc.criteria.StandardCriteria;
import org.chuanmuc.io.DossierFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An input in any order, assessed through spill files, gives exactly the outcomes of assessing each whole unit
 * in memory, in input order: assessments, rejected records and the refusals of a unit the rules failed on.
 */
class UngroupedInputTest {
    private static final int OFFICERS = 600;
    private static final Assessor STANDARD = Assessor.builder().rules(StandardCriteria.rules()).build();
    private static JsonNode generated;

    @TempDir
    Path dir;

    @BeforeAll
    static void generate() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DossierGenerator.generate(OFFICERS, 12, 5, 2025, out);
        generated = Cli.JSON.readTree(out.toByteArray());
    }

    /** The generated officers dealt in a random order, with three broken records among them. */
    private Path shuffledWithBrokenRecords() throws IOException {
        ObjectNode copy = generated.deepCopy();
        List<JsonNode> officers = new ArrayList<>();
        copy.path("officers").forEach(officers::add);
        Collections.shuffle(officers, new Random(13));
        ((ObjectNode) officers.get(10).path("tasks")).put("completed", 10_000);       // more done than assigned
        ((ObjectNode) officers.get(OFFICERS / 2)).put("id", officers.get(20).path("id").asText()); // a duplicate id
        ((ObjectNode) officers.get(OFFICERS - 1)).put("unitId", "KHONG-CO");                  // no such unit
        ArrayNode array = copy.putArray("officers");
        officers.forEach(array::add);
        Path input = dir.resolve("xao-tron.json");
        Cli.JSON.writeValue(input.toFile(), copy);
        return input;
    }

    private static List<UnitAssessment.Outcome> throughSpill(Assessor assessor, Path input, Path spillParent,
                                                             int threads) throws IOException {
        List<UnitAssessment.Outcome> delivered = new ArrayList<>();
        PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        try (SpillFolder folder = SpillFolder.create(spillParent);
             UngroupedInput in = UngroupedInput.read(Readers.standard(), input, folder, new SpillCodec(true));
             Progress progress = Progress.create(quiet, in.accepted(), false, System::nanoTime, "")) {
            in.assess(new UnitAssessment(assessor), threads, progress);
            in.deliver(delivered::add);
        }
        return delivered;
    }

    @Test
    void deliver_shuffledInputWithBrokenRecords_equalsWholeUnitsInMemoryInInputOrder() throws IOException {
        Path input = shuffledWithBrokenRecords();
        DossierFile file = Readers.standard().read(input);
        List<UnitAssessment.Outcome> expected = new UnitAssessment(STANDARD).assess(file.entries());
        Path spill = Files.createDirectory(dir.resolve("tmp"));

        List<UnitAssessment.Outcome> delivered = throughSpill(STANDARD, input, spill, 2);

        assertThat(file.rejected()).hasSize(3);
        assertSame(delivered, expected);
        assertThat(delivered).extracting(UnitAssessment.Outcome::index).isSorted();
        assertThat(spill).isEmptyDirectory();
    }

    @Test
    void deliver_rulesFailOnOneUnit_refusesThatUnitsOfficersWhereTheyStand() throws IOException {
        Path rules = LoopingRule.folder(dir, "DV-07");
        Assessor looping = Assessor.builder().rules(StandardCriteria.rules()).rules(rules).build();
        Path input = shuffledWithBrokenRecords();
        DossierFile file = Readers.standard().read(input);
        List<UnitAssessment.Outcome> expected = new UnitAssessment(looping).assess(file.entries());

        List<UnitAssessment.Outcome> delivered = throughSpill(looping, input, Files.createDirectory(dir.resolve("t")), 1);

        assertSame(delivered, expected);
        assertThat(delivered).filteredOn(o -> o instanceof UnitAssessment.Refused r
                        && r.officer().errors().get(0).message().contains(LoopingRule.NAME))
                .hasSizeGreaterThan(10)
                .allSatisfy(o -> assertThat(((UnitAssessment.Refused) o).officer().errors().get(0).path())
                        .isEqualTo("officers[" + o.index() + "]"));
    }

    /**
     * Equal lists, or a message naming the first record that differs (the whole lists would be megabytes). Two
     * reasons that tie in the engine's order (same rule, criterion and message: one per praise of the same
     * criterion, say) differ only in their matched facts, and the engine does not fix their order even when one
     * unit is assessed twice in a row; so reasons are compared as sets here. Their order in the written results
     * is compared byte for byte by {@link ShuffledInputProcessTest}.
     */
    private static void assertSame(List<UnitAssessment.Outcome> actual, List<UnitAssessment.Outcome> expected) {
        for (int i = 0; i < Math.min(actual.size(), expected.size()); i++) {
            if (!normalized(actual.get(i)).equals(normalized(expected.get(i)))) {
                String a = actual.get(i).toString();
                String e = expected.get(i).toString();
                int at = 0;
                while (at < Math.min(a.length(), e.length()) && a.charAt(at) == e.charAt(at)) {
                    at++;
                }
                int from = Math.max(0, at - 200);
                throw new AssertionError("record " + i + " differs at character " + at + ":\n  actual:   …"
                        + a.substring(from, Math.min(a.length(), at + 300)) + "\n  expected: …"
                        + e.substring(from, Math.min(e.length(), at + 300)));
            }
        }
        assertThat(actual).hasSameSizeAs(expected);
    }

    private static Object normalized(UnitAssessment.Outcome outcome) {
        if (outcome instanceof UnitAssessment.Assessed a) {
            Assessment x = a.assessment();
            return List.of(a.index(), a.dossier(), new Assessment(x.officerId(), x.unitId(), x.year(), x.rating(),
                    x.partyRating(), x.reasons().stream().sorted(Comparator.comparing(Reason::toString)).toList(),
                    x.reviewFlags(), x.warnings(), x.ruleSet()));
        }
        return outcome;
    }
}
