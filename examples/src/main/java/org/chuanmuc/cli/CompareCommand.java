package org.chuanmuc.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.Callable;
import org.chuanmuc.assess.Assessor;
import org.chuanmuc.assess.RuleSetComparison;
import org.chuanmuc.cli.output.CommandOutput;
import org.chuanmuc.cli.output.OutputTarget;
import org.chuanmuc.cli.report.ComparisonCsv;
import org.chuanmuc.cli.report.ComparisonHtml;
import org.chuanmuc.cli.report.ComparisonInput;
import org.chuanmuc.cli.report.ComparisonJson;
import org.chuanmuc.cli.report.ComparisonSummary;
import org.chuanmuc.io.DossierBatch;
import org.chuanmuc.io.DossierEntry;
import org.chuanmuc.io.DossierFile;
import org.chuanmuc.io.DossierReader;
import org.chuanmuc.io.DossierStream;
import org.chuanmuc.io.RejectedOfficer;
import org.chuanmuc.model.Period;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code compare INPUT.json --criteria DIR [--base DIR] [--rules DIR]... [--format text|json|csv|html]
 * [--output FILE]}: assesses every officer of the input under the base criteria (the standard ones, or
 * {@code --base DIR}) and under the edited {@code --criteria DIR}, both with the same {@code --rules}
 * folders, and reports whose outcome would change. Exit code 0 when nothing changes, 1 when something does,
 * 2 on errors (rules that do not compile are reported as {@code file:line:column: message}).
 *
 * <p>Memory holds the counts and the officers that changed; a file whose units are contiguous is read one
 * unit at a time, as {@code assess} does.
 */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = "So sánh kết quả xếp loại theo bộ tiêu chí gốc và bộ tiêu chí đã sửa (compare the ratings"
                + " under the base and the edited criteria). Mã thoát: 0 không khác, 1 có khác, 2 lỗi.")
final class CompareCommand implements Callable<Integer> {
    enum Format { text, json, csv, html }

    @ParentCommand
    private Main main;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "INPUT.json", description = "Tệp hồ sơ (dossier file).")
    private Path input;

    @Mixin
    private RuleOptions rules;

    @Option(names = "--base", paramLabel = "DIR",
            description = "Bộ tiêu chí gốc để so sánh (base criteria folder; default: the standard criteria).")
    private Path base;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (mặc định), json, csv (chỉ các cán bộ có thay đổi) hoặc html: ${COMPLETION-CANDIDATES}")
    private Format format;

    @Option(names = "--output", paramLabel = "FILE", description = "Ghi kết quả vào tệp thay vì stdout; tệp chỉ bị thay khi chạy xong (written whole or not at all).")
    private Path output;

    @Mixin
    private ThreadsOption threads;

    /** Errors of the input's unit records, reported on stderr: they make the outcome partial (exit code 1). */
    private UnitErrors unitErrors;

    @Override
    public Integer call() throws IOException {
        unitErrors = new UnitErrors(main.err, input);
        if (rules.criteria == null) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "thiếu --criteria DIR: thư mục tiêu chí đã sửa (missing --criteria DIR, the edited criteria)");
        }
        refuseOutputOverAnInput();
        Assessor before = RuleOptions.build(RuleOptions.bundle(base), rules.folders);
        Assessor after = rules.build();
        // each side reads the records as assess with its criteria would: a sign code only one catalogue knows
        // rejects the record on the other side, and there the unit is assessed without it
        DossierReader beforeReader = DossierReader.withKnownSigns(RuleOptions.catalogue(base).signCodes());
        DossierReader afterReader = DossierReader.withKnownSigns(rules.catalogue().signCodes());
        SideReaders readers = beforeReader.knownSigns().equals(afterReader.knownSigns())
                ? new SideReaders(beforeReader, null) : new SideReaders(beforeReader, afterReader);

        RuleSetComparison comparison = RuleSetComparison.between(before, after);
        NotCompared notCompared = new NotCompared(new ArrayList<>(), new HashMap<>());
        Period period = compare(readers, before, after, comparison, notCompared);
        ComparisonInput result = new ComparisonInput(period, comparison.report(), notCompared.records(),
                notCompared.refusedBy(), unitErrors.all());
        List<RejectedOfficer> rejected = result.rejected();
        try (CommandOutput output = CommandOutput.of(this.output, main.out)) {
            OutputStream out = output.stream();
            switch (format) {
                case text -> ComparisonSummary.write(result, out);
                case json -> ComparisonJson.write(result, out);
                case csv -> ComparisonCsv.write(result, out);
                case html -> ComparisonHtml.write(result, out);
                default -> throw new IllegalStateException("format " + format);
            }
            output.commit();
        }
        if (!rejected.isEmpty()) {
            main.err.println("có " + rejected.size() + " hồ sơ không so sánh được, xem mục rejected ("
                    + rejected.size() + " records not compared)");
        }
        int changed = result.report().changes().size();
        if (changed > 0) {
            main.err.println(changed + " cán bộ có kết quả khác, " + result.ratingChanges() + " đổi mức xếp loại ("
                    + changed + " officers' outcomes change)");
        } else if (rejected.isEmpty()) {
            main.err.println("Không cán bộ nào có kết quả khác (no officer's outcome changes)");
        } else {
            // not "no change": an edited folder whose rules fail on every unit compares nothing at all
            main.err.println("Không cán bộ nào trong số được so sánh có kết quả khác, nhưng " + rejected.size()
                    + " hồ sơ không so sánh được (no compared officer's outcome changes, but " + rejected.size()
                    + " records could not be compared)");
        }
        unitErrors.printCount();
        // records not compared are a partial outcome to look at, as rejected records are for assess: a folder that
        // makes units fail must not pass for one that changes nothing; so is a broken unit record
        return changed == 0 && rejected.isEmpty() && !unitErrors.any() ? Main.OK : Main.PARTIAL;
    }

    /**
     * The readers of the two sides.
     *
     * @param before reads the records for the base criteria
     * @param after  reads them for the edited criteria; null when both catalogues know the same sign codes, so that
     *               the input is read once
     */
    private record SideReaders(DossierReader before, DossierReader after) {
    }

    /**
     * The records that were not compared, as they are found.
     *
     * @param records   each record, with the errors of the rule set that refused it (the base one's when both did)
     * @param refusedBy for a record only one rule set refused, that set, by the record's position
     */
    private record NotCompared(List<RejectedOfficer> records, Map<Integer, ComparisonInput.Side> refusedBy) {
    }

    /** Reads the input unit by unit when its units are contiguous, else whole; returns the period. */
    private Period compare(SideReaders readers, Assessor before, Assessor after, RuleSetComparison comparison,
                           NotCompared rejected) {
        UnitAssessment first = new UnitAssessment(before);
        UnitAssessment second = new UnitAssessment(after);
        if (!Readers.scan(readers.before(), input).groupedByUnit()) {
            main.err.println("tệp không xếp cán bộ theo từng đơn vị liền nhau: đọc toàn bộ vào bộ nhớ"
                    + " (input not grouped by unit: reading it whole)");
            DossierFile file = readers.before().read(input);
            DossierFile edited = readers.after() == null ? file : readers.after().read(input);
            unitErrors.report(file.unitErrors());
            record(first.assess(file.entries()), second.assess(edited.entries()), comparison, rejected);
            return file.period();
        }
        try (DossierStream in = readers.before().open(input);
             DossierStream edited = readers.after() == null ? null : readers.after().open(input);
             InOrder pipeline = new InOrder(threads.get())) {
            unitErrors.report(in.unitErrors());
            Iterator<DossierBatch> editedBatches = edited == null ? null : edited.iterator();
            for (DossierBatch batch : in) {
                List<DossierEntry> entries = batch.entries();
                // both streams group the same records into the same batches: grouping reads only the unitId
                List<DossierEntry> editedEntries = editedBatches == null ? entries : editedBatches.next().entries();
                pipeline.submit(() -> List.of(first.assess(entries), second.assess(editedEntries)),
                        both -> record(both.get(0), both.get(1), comparison, rejected));
            }
            pipeline.finish();
            return in.period();
        }
    }

    /**
     * Pairs each record's two outcomes: compared when both assessed it, else rejected with the reason and the rule set
     * that refused it.
     */
    private static void record(List<UnitAssessment.Outcome> before, List<UnitAssessment.Outcome> after,
                               RuleSetComparison comparison, NotCompared rejected) {
        for (int i = 0; i < before.size(); i++) {
            UnitAssessment.Outcome b = before.get(i);
            UnitAssessment.Outcome a = after.get(i);
            if (b instanceof UnitAssessment.Assessed x && a instanceof UnitAssessment.Assessed y) {
                comparison.add(x.dossier(), x.assessment(), y.assessment());
            } else if (b instanceof UnitAssessment.Refused r) {
                rejected.records().add(r.officer());
                if (a instanceof UnitAssessment.Assessed) {
                    rejected.refusedBy().put(r.officer().index(), ComparisonInput.Side.BASE);
                }
            } else {
                RejectedOfficer r = ((UnitAssessment.Refused) a).officer();
                rejected.records().add(r);
                rejected.refusedBy().put(r.index(), ComparisonInput.Side.CHANGED);
            }
        }
    }

    /**
     * Refuses an {@code --output} that would overwrite the input or land among the rule files (also through a
     * link), before anything is compiled or written.
     */
    private void refuseOutputOverAnInput() {
        if (output == null) {
            return;
        }
        List<Path> inputs = new ArrayList<>(rules.folders);
        inputs.add(rules.criteria);
        if (base != null) {
            inputs.add(base);
        }
        if (!Files.isDirectory(input)) { // a folder given as the input is refused when read, as a folder: not here,
            inputs.add(input);            // where an output inside it would be called inside a rule folder
        }
        OutputTarget.refuseInputs(output, inputs);
    }
}
