package org.chuanmuc.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.chuanmuc.assess.Assessment;
import org.chuanmuc.assess.Assessor;
import org.chuanmuc.assess.RuleSetInfo;
import org.chuanmuc.cli.output.CommandOutput;
import org.chuanmuc.cli.output.OutputTarget;
import org.chuanmuc.cli.progress.Progress;
import org.chuanmuc.cli.report.CsvReport;
import org.chuanmuc.cli.report.HtmlReport;
import org.chuanmuc.cli.report.ReportInput;
import org.chuanmuc.cli.report.ReportRow;
import org.chuanmuc.cli.spill.SpillFolder;
import org.chuanmuc.io.DossierBatch;
import org.chuanmuc.io.DossierReader;
import org.chuanmuc.io.DossierStream;
import org.chuanmuc.io.FieldError;
import org.chuanmuc.io.RejectedOfficer;
import org.chuanmuc.io.ResultWriter;
import org.chuanmuc.model.Dossier;
import org.chuanmuc.model.Period;
import org.chuanmuc.model.Unit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code assess INPUT.json [--criteria DIR] [--rules DIR]... [--format json|csv|html|text] [--output FILE]}.
 *
 * <p>Order of work, so that a failure never costs an earlier result: the output path is checked against the
 * inputs and the rules are compiled before anything is opened for writing. With {@code --output}, the input is
 * then read once: assessed unit by unit as it streams into a temporary file that replaces {@code --output} only
 * when everything is written, so a malformed input (found part way) leaves the old file untouched; when a unit
 * comes back later in the file (not grouped by unit), that temporary file is dropped and the input goes through
 * spill files instead. Without {@code --output} nothing can be taken back from standard output, so the whole
 * input is read and validated first, and only then assessed and written.
 */
@Command(name = "assess", mixinStandardHelpOptions = true,
        description = "Đánh giá mọi cán bộ trong tệp hồ sơ (assess every officer of an input file).")
final class AssessCommand implements Callable<Integer> {
    enum Format { json, csv, html, text }

    @ParentCommand
    private Main main;

    @Parameters(index = "0", paramLabel = "INPUT.json", description = "Tệp hồ sơ (dossier file).")
    private Path input;

    @Mixin
    private RuleOptions rules;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "json",
            description = "json (mặc định), csv, html hoặc text (bảng tóm tắt cho người đọc): ${COMPLETION-CANDIDATES}")
    private Format format;

    @Option(names = "--output", paramLabel = "FILE",
            description = "Ghi kết quả vào tệp thay vì stdout; tệp chỉ bị thay khi chạy xong (written whole or not at all).")
    private Path output;

    @Mixin
    private ThreadsOption threads;

    /**
     * Errors of the input's unit records, reported on stderr and written into the output: they make the outcome
     * partial (exit code 1).
     */
    private UnitErrors unitErrors;

    @Override
    public Integer call() throws IOException {
        unitErrors = new UnitErrors(main.err, input);
        if (output != null) {
            List<Path> inputs = new ArrayList<>(rules.folders);
            if (rules.criteria != null) {
                inputs.add(rules.criteria);
            }
            if (!Files.isDirectory(input)) { // a folder given as the input is refused when read, as a folder: not here,
                inputs.add(input);            // where an output inside it would be called inside a rule folder
            }
            OutputTarget.refuseInputs(output, inputs);
        }
        Assessor assessor = rules.build();
        DossierReader reader = Readers.of(rules.catalogue());
        int rejected;
        if (output != null) {
            // one pass: the output is a temporary file until it is complete, so reading ahead is not needed
            Integer streamed = grouped(assessor, reader, 0, true);
            rejected = streamed != null ? streamed : ungrouped(assessor, reader);
        } else {
            Readers.Scan scan = Readers.scan(reader, input);
            rejected = scan.groupedByUnit()
                    ? grouped(assessor, reader, scan.officers(), false)
                    : ungrouped(assessor, reader);
        }
        if (rejected > 0) {
            main.err.println("có " + rejected + " cán bộ bị từ chối (dữ liệu sai hoặc quy tắc lỗi), xem mục rejected ("
                    + rejected + " officers rejected: bad data or a rule failed)");
        }
        unitErrors.printCount();
        return rejected > 0 || unitErrors.any() ? Main.PARTIAL : Main.OK;
    }

    /**
     * Streams unit by unit: each unit's officers are contiguous in the file.
     *
     * @param officers      the number of officers, for progress; 0 when not known
     * @param stopWhenMixed when a unit comes back later in the file, stop and return null, writing nothing
     *                      (the output is only a temporary file until committed)
     * @return the number of rejected officers, or null when stopped
     */
    private Integer grouped(Assessor assessor, DossierReader reader, long officers, boolean stopWhenMixed)
            throws IOException {
        UnitAssessment units = new UnitAssessment(assessor);
        try (DossierStream in = reader.open(input);
             CommandOutput out = CommandOutput.of(output, main.out)) {
            Progress progress = Progress.create(main.err, officers, main.interactive, System::nanoTime,
                    "Đã đánh giá");
            if (!stopWhenMixed) {
                unitErrors.report(in.unitErrors());
            }
            Sink sink = sink(in.period(), assessor.ruleSet(), in.units(), out.stream());
            try (InOrder pipeline = new InOrder(threads.get())) {
                for (DossierBatch batch : in) {
                    if (stopWhenMixed && batch.resumesUnit()) {
                        pipeline.abandon();
                        return null; // closing the output without commit removes the temporary file
                    }
                    pipeline.submit(() -> units.assess(batch.entries()), outcomes -> {
                        outcomes.forEach(sink);
                        progress.advance(outcomes.size());
                    });
                }
                pipeline.finish();
            }
            progress.finish();
            if (stopWhenMixed) {
                unitErrors.report(in.unitErrors()); // not earlier: the spill path would report them again
            }
            int rejected = sink.finish(unitErrors.all());
            out.commit();
            return rejected;
        }
    }

    /** Units interleave: assessed unit by unit through spill files, results written in input order. */
    private int ungrouped(Assessor assessor, DossierReader reader) throws IOException {
        main.err.println("tệp không xếp cán bộ theo từng đơn vị liền nhau: đánh giá từng đơn vị qua tệp tạm"
                + " (input not grouped by unit: assessing it unit by unit through temporary files)");
        try (SpillFolder folder = SpillFolder.create();
             UngroupedInput in = UngroupedInput.read(reader, input, folder, new SpillCodec(true))) {
            unitErrors.report(in.unitErrors());
            try (Progress progress = Progress.create(main.err, in.accepted(), main.interactive, System::nanoTime,
                    "Đã đánh giá")) {
                in.assess(new UnitAssessment(assessor), threads.get(), progress);
                progress.finish();
            }
            try (CommandOutput out = CommandOutput.of(output, main.out)) {
                Sink sink = sink(in.period(), assessor.ruleSet(), in.units(), out.stream());
                in.deliver(sink);
                int rejected = sink.finish(unitErrors.all());
                out.commit();
                return rejected;
            }
        }
    }

    private Sink sink(Period period, RuleSetInfo ruleSet, List<Unit> units, OutputStream out) throws IOException {
        return switch (format) {
            case json -> Sink.json(ResultWriter.to(out, period, ruleSet));
            case text -> Sink.text(new TextSummary(period, ruleSet, units), out);
            case csv -> Sink.csv(CsvReport.open(out));
            case html -> Sink.html(period, ruleSet, units, out);
        };
    }

    /** Where outcomes go, in input order. */
    private interface Sink extends java.util.function.Consumer<UnitAssessment.Outcome> {
        void assessed(Dossier dossier, Assessment assessment);

        void rejected(RejectedOfficer officer);

        @Override
        default void accept(UnitAssessment.Outcome outcome) {
            if (outcome instanceof UnitAssessment.Assessed a) {
                assessed(a.dossier(), a.assessment());
            } else if (outcome instanceof UnitAssessment.Refused r) {
                rejected(r.officer());
            }
        }

        /**
         * Writes what is left.
         *
         * @param unitErrors the errors of the input's unit records, shown after the rejected officers
         * @return the number of rejected officers
         */
        int finish(List<FieldError> unitErrors) throws IOException;

        static Sink json(ResultWriter writer) {
            return new Sink() {
                @Override
                public void assessed(Dossier dossier, Assessment assessment) {
                    writer.write(dossier, assessment);
                }

                @Override
                public void rejected(RejectedOfficer officer) {
                    writer.reject(officer);
                }

                @Override
                public int finish(List<FieldError> unitErrors) {
                    int n = writer.rejectedCount();
                    writer.unitErrors(unitErrors).finish();
                    return n;
                }
            };
        }

        static Sink text(TextSummary summary, OutputStream out) {
            return new Sink() {
                @Override
                public void assessed(Dossier dossier, Assessment assessment) {
                    summary.add(dossier, assessment);
                }

                @Override
                public void rejected(RejectedOfficer officer) {
                    summary.reject(officer);
                }

                @Override
                public int finish(List<FieldError> unitErrors) throws IOException {
                    summary.print(out, unitErrors);
                    return summary.rejectedCount();
                }
            };
        }

        /** Row by row, in input order. */
        static Sink csv(CsvReport.Sink csv) {
            return new Sink() {
                private int rejected;

                @Override
                public void assessed(Dossier dossier, Assessment assessment) {
                    try {
                        csv.assessed(new ReportRow(dossier, assessment));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }

                @Override
                public void rejected(RejectedOfficer officer) {
                    rejected++;
                    try {
                        csv.rejected(officer);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }

                @Override
                public int finish(List<FieldError> unitErrors) throws IOException {
                    csv.unitErrors(unitErrors);
                    csv.close();
                    return rejected;
                }
            };
        }

        /** The HTML report is laid out per unit, so every row is held until the end. */
        static Sink html(Period period, RuleSetInfo ruleSet, List<Unit> units, OutputStream out) {
            List<ReportRow> rows = new ArrayList<>();
            List<RejectedOfficer> refused = new ArrayList<>();
            return new Sink() {
                @Override
                public void assessed(Dossier dossier, Assessment assessment) {
                    rows.add(new ReportRow(dossier, assessment));
                }

                @Override
                public void rejected(RejectedOfficer officer) {
                    refused.add(officer);
                }

                @Override
                public int finish(List<FieldError> unitErrors) throws IOException {
                    HtmlReport.write(new ReportInput(period, ruleSet, rows, refused, units, unitErrors), out);
                    return refused.size();
                }
            };
        }
    }
}
