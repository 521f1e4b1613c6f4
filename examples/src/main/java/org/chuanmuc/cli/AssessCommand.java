package org.chuanmuc.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.chuanmuc.assess.Assessment;
import org.chuanmuc.assess.Assessor;
import org.chuanmuc.cli.report.CsvReport;
import org.chuanmuc.cli.report.HtmlReport;
import org.chuanmuc.cli.report.ReportInput;
import org.chuanmuc.cli.report.ReportRow;
import org.chuanmuc.cli.progress.Progress;
import org.chuanmuc.io.DossierBatch;
import org.chuanmuc.io.DossierFile;
import org.chuanmuc.io.DossierReader;
import org.chuanmuc.io.DossierStream;
import org.chuanmuc.io.FieldError;
import org.chuanmuc.io.RejectedOfficer;
import org.chuanmuc.io.ResultWriter;
import org.chuanmuc.model.Dossier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code assess INPUT.json [--criteria DIR] [--rules DIR]... [--format json|csv|html|text] [--output FILE]}. */
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

    @Option(names = "--output", paramLabel = "FILE", description = "Ghi kết quả vào tệp thay vì stdout.")
    private Path output;

    @Option(names = "--threads", paramLabel = "N",
            description = "Số luồng đánh giá song song, mỗi đơn vị một luồng (assessment threads; default: số lõi CPU"
                    + " trừ một, vì luồng chính đọc và ghi JSON — CPU cores minus one, the main thread reads and writes).")
    private int threads = Math.max(1, Runtime.getRuntime().availableProcessors() - 1);

    @Override
    public Integer call() throws IOException {
        Assessor assessor = rules.build();
        DossierReader reader = Readers.of(rules.catalogue());
        int rejected;
        try (OutputStream out = open()) {
            rejected = switch (format) {
                case json, text -> stream(assessor, reader, out);
                case csv, html -> inMemory(assessor, reader, out);
            };
        }
        if (rejected > 0) {
            main.err.println("có " + rejected + " cán bộ bị từ chối vì dữ liệu sai, xem mục rejected ("
                    + rejected + " officers rejected)");
            return Main.PARTIAL;
        }
        return Main.OK;
    }

    private OutputStream open() throws IOException {
        if (output == null) {
            return new NonClosing(main.out);
        }
        return new BufferedOutputStream(Files.newOutputStream(output));
    }

    /** Streams unit by unit when the file is grouped by unit; otherwise reads it whole (see README). */
    private int stream(Assessor assessor, DossierReader reader, OutputStream out) throws IOException {
        Readers.Scan scan = Readers.scan(reader, input);
        if (!scan.groupedByUnit()) {
            main.err.println("tệp không xếp cán bộ theo từng đơn vị liền nhau: đọc toàn bộ vào bộ nhớ"
                    + " (input not grouped by unit: reading it whole)");
            return inMemory(assessor, reader, out);
        }
        UnitAssessment units = new UnitAssessment(assessor);
        try (DossierStream in = reader.open(input);
             Progress progress = Progress.create(main.err, scan.officers(), main.interactive, System::nanoTime,
                     "Đã đánh giá")) {
            reportUnitErrors(in.unitErrors());
            Sink sink = format == Format.json
                    ? Sink.json(ResultWriter.to(out, in.period(), assessor.ruleSet()))
                    : Sink.text(new TextSummary(in.period(), assessor.ruleSet(), in.units()), out);
            try (InOrder pipeline = new InOrder(Math.max(1, threads))) {
                for (DossierBatch batch : in) {
                    pipeline.submit(() -> units.assess(batch.entries()), outcomes -> {
                        outcomes.forEach(sink);
                        progress.advance(outcomes.size());
                    });
                }
            }
            progress.finish();
            return sink.finish();
        }
    }

    private int inMemory(Assessor assessor, DossierReader reader, OutputStream out) throws IOException {
        DossierFile file = reader.read(input);
        reportUnitErrors(file.unitErrors());
        List<ReportRow> rows = new ArrayList<>();
        List<RejectedOfficer> rejected = new ArrayList<>();
        new UnitAssessment(assessor).assess(file.entries(), outcome -> {
            if (outcome instanceof UnitAssessment.Assessed a) {
                rows.add(new ReportRow(a.dossier(), a.assessment()));
            } else if (outcome instanceof UnitAssessment.Refused r) {
                rejected.add(r.officer());
            }
        });
        ReportInput report = new ReportInput(file.period(), assessor.ruleSet(), rows, rejected);
        switch (format) {
            case csv -> CsvReport.write(report, out);
            case html -> HtmlReport.write(report, out);
            case json -> {
                try (ResultWriter writer = ResultWriter.to(out, file.period(), assessor.ruleSet())) {
                    rows.forEach(r -> writer.write(r.dossier(), r.assessment()));
                    writer.reject(rejected);
                }
            }
            case text -> {
                TextSummary summary = new TextSummary(file.period(), assessor.ruleSet(), file.units());
                rows.forEach(r -> summary.add(r.dossier(), r.assessment()));
                rejected.forEach(summary::reject);
                summary.print(out);
            }
            default -> throw new IllegalStateException("format " + format);
        }
        return rejected.size();
    }

    private void reportUnitErrors(List<FieldError> errors) {
        errors.forEach(e -> main.err.println(input + ": " + e));
    }

    /** Where streamed results go. */
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

        /** @return the number of rejected officers */
        int finish() throws IOException;

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
                public int finish() {
                    int n = writer.rejectedCount();
                    writer.close();
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
                public int finish() throws IOException {
                    summary.print(out);
                    return summary.rejectedCount();
                }
            };
        }
    }
}
