package org.chuanmuc.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.chuanmuc.cli.progress.Progress;
import org.chuanmuc.cli.spill.IntColumn;
import org.chuanmuc.cli.spill.LongColumn;
import org.chuanmuc.cli.spill.RecordFile;
import org.chuanmuc.cli.spill.SpillFolder;
import org.chuanmuc.io.DossierBatch;
import org.chuanmuc.io.DossierEntry;
import org.chuanmuc.io.DossierReader;
import org.chuanmuc.io.DossierStream;
import org.chuanmuc.io.FieldError;
import org.chuanmuc.io.RejectedOfficer;
import org.chuanmuc.model.Period;
import org.chuanmuc.model.Unit;

/**
 * An input whose units are not contiguous (an export sorted by name, say), assessed in memory bounded by its
 * largest unit, with every outcome delivered in input order, exactly as for a grouped input:
 * <ol>
 *   <li>{@link #read}: the file is read and validated once, as usual; each accepted dossier goes to a spill
 *       file, and a few bytes per record say which unit it belongs to and where its dossier is;</li>
 *   <li>{@link #assess}: unit by unit (on {@code --threads} threads), the unit's dossiers are read back and
 *       assessed together; the outcomes go to a second spill file, one unit after another;</li>
 *   <li>{@link #deliver}: the records are walked in input order, taking each unit's next outcome from its
 *       stretch of the second file (rejected records come from memory: they are held until the end anyway).</li>
 * </ol>
 * Memory: about 16 bytes per record, the rejected records, a small read buffer per unit and the units being
 * assessed. The spill files live in a {@link SpillFolder} that the caller removes.
 */
final class UngroupedInput implements AutoCloseable {
    /** Read-ahead for all units' outcome cursors together; each gets a share, at least 512 bytes. */
    private static final int CURSOR_MEMORY = 16 << 20;
    private static final int NO_UNIT = -1;

    private final String source;
    private final Period period;
    private final List<Unit> units;
    private final List<FieldError> unitErrors;
    private final SpillCodec codec;
    private final RecordFile dossiers;
    private final RecordFile outcomes;
    /** Per input record: its unit's number in order of first appearance, or NO_UNIT when rejected. */
    private final IntColumn unitOf = new IntColumn();
    /** Per input record: where its dossier is in {@code dossiers}; -1 when rejected. */
    private final LongColumn dossierAt = new LongColumn();
    private final List<RejectedOfficer> rejected = new ArrayList<>();
    private final List<String> unitIds = new ArrayList<>();
    private long[] outcomesFrom;
    private long[] outcomesTo;

    private UngroupedInput(DossierStream in, SpillFolder folder, SpillCodec codec) throws IOException {
        this.source = in.source();
        this.period = in.period();
        this.units = in.units();
        this.unitErrors = in.unitErrors();
        this.codec = codec;
        this.dossiers = folder.newFile("dossiers.bin");
        this.outcomes = folder.newFile("outcomes.bin");
    }

    /**
     * Reads and validates the whole input, spilling its accepted dossiers.
     *
     * @throws org.chuanmuc.io.DossierFormatException when the input is malformed anywhere
     * @throws IOException                             when a spill file cannot be written
     */
    static UngroupedInput read(DossierReader reader, Path input, SpillFolder folder, SpillCodec codec)
            throws IOException {
        try (DossierStream in = reader.open(input)) {
            UngroupedInput spilled = new UngroupedInput(in, folder, codec);
            try {
                spilled.spill(in);
                return spilled;
            } catch (IOException | RuntimeException | Error e) {
                spilled.close();
                throw e;
            }
        }
    }

    private void spill(DossierStream in) throws IOException {
        Map<String, Integer> numbers = new HashMap<>();
        for (DossierBatch batch : in) {
            for (DossierEntry entry : batch.entries()) {
                if (unitOf.size() != entry.index()) {
                    throw new IllegalStateException("record " + entry.index() + " out of order, expected "
                            + unitOf.size());
                }
                if (entry instanceof DossierEntry.Accepted a) {
                    String unitId = a.dossier().unit().id();
                    Integer number = numbers.get(unitId);
                    if (number == null) {
                        number = unitIds.size();
                        numbers.put(unitId, number);
                        unitIds.add(unitId);
                    }
                    unitOf.add(number);
                    dossierAt.add(dossiers.append(codec.dossier(a.dossier())));
                } else {
                    unitOf.add(NO_UNIT);
                    dossierAt.add(-1);
                    rejected.add(((DossierEntry.Rejected) entry).officer());
                }
            }
        }
        dossiers.flush();
    }

    String source() {
        return source;
    }

    Period period() {
        return period;
    }

    List<Unit> units() {
        return units;
    }

    List<FieldError> unitErrors() {
        return unitErrors;
    }

    /** @return the number of records accepted by the reader */
    long accepted() {
        return unitOf.size() - rejected.size();
    }

    /**
     * Assesses every unit as a whole, in parallel, spilling the outcomes.
     *
     * @throws IOException when a spill file cannot be read or written
     */
    void assess(UnitAssessment assessment, int threads, Progress progress) throws IOException {
        int unitCount = unitIds.size();
        int[][] members = members(unitCount);
        outcomesFrom = new long[unitCount];
        outcomesTo = new long[unitCount];
        try (InOrder pipeline = new InOrder(threads)) {
            for (int u = 0; u < unitCount; u++) {
                int unit = u;
                int[] records = members[u];
                members[u] = null;
                pipeline.submit(() -> assessUnit(assessment, records), encoded -> {
                    outcomesFrom[unit] = outcomes.end();
                    for (byte[] outcome : encoded) {
                        append(outcome);
                    }
                    outcomesTo[unit] = outcomes.end();
                    progress.advance(encoded.size());
                });
            }
            pipeline.finish();
        }
        outcomes.flush();
    }

    /** @return for each unit, its records' input indexes in input order */
    private int[][] members(int unitCount) {
        int[] counts = new int[unitCount];
        for (long i = 0; i < unitOf.size(); i++) {
            int u = unitOf.get(i);
            if (u != NO_UNIT) {
                counts[u]++;
            }
        }
        int[][] members = new int[unitCount][];
        for (int u = 0; u < unitCount; u++) {
            members[u] = new int[counts[u]];
            counts[u] = 0;
        }
        for (int i = 0; i < unitOf.size(); i++) {
            int u = unitOf.get(i);
            if (u != NO_UNIT) {
                members[u][counts[u]++] = i;
            }
        }
        return members;
    }

    /** Runs on an assessment thread: reads one unit's dossiers back and assesses them together. */
    private List<byte[]> assessUnit(UnitAssessment assessment, int[] records) throws IOException {
        List<DossierEntry> entries = new ArrayList<>(records.length);
        for (int index : records) {
            entries.add(new DossierEntry.Accepted(index, codec.dossier(dossiers.read(dossierAt.get(index)))));
        }
        List<UnitAssessment.Outcome> results = assessment.assess(entries);
        List<byte[]> encoded = new ArrayList<>(results.size());
        for (UnitAssessment.Outcome outcome : results) {
            encoded.add(codec.outcome(outcome));
        }
        return encoded;
    }

    private void append(byte[] outcome) {
        try {
            outcomes.append(outcome);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write spill file", e);
        }
    }

    /**
     * Hands every record's outcome to {@code sink} in input order: assessments and refusals of a unit the rules
     * failed on from the spill, rejected records as the reader gave them.
     *
     * @throws IOException when the spill cannot be read
     */
    void deliver(Consumer<UnitAssessment.Outcome> sink) throws IOException {
        int unitCount = unitIds.size();
        int share = Math.max(512, CURSOR_MEMORY / Math.max(1, unitCount));
        List<RecordFile.Cursor> cursors = new ArrayList<>(unitCount);
        for (int u = 0; u < unitCount; u++) {
            cursors.add(outcomes.cursor(outcomesFrom[u], outcomesTo[u], share));
        }
        Iterator<RejectedOfficer> refused = rejected.iterator();
        for (long i = 0; i < unitOf.size(); i++) {
            int u = unitOf.get(i);
            UnitAssessment.Outcome outcome = u == NO_UNIT
                    ? new UnitAssessment.Refused((int) i, refused.next())
                    : codec.outcome(cursors.get(u).next());
            if (outcome.index() != i) {
                throw new IllegalStateException("outcome of record " + outcome.index() + " where record " + i
                        + " belongs");
            }
            sink.accept(outcome);
        }
    }

    @Override
    public void close() {
        closeQuietly(dossiers);
        closeQuietly(outcomes);
    }

    private static void closeQuietly(RecordFile file) {
        try {
            file.close();
        } catch (IOException e) {
            // the spill folder is removed next
        }
    }
}
