package org.chuanmuc.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.chuanmuc.cli.generate.DossierGenerator;
import org.chuanmuc.cli.output.CommandOutput;
import org.chuanmuc.cli.output.OutputTarget;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code generate --officers N --units M [--seed S] [--year Y] [--output FILE]}: realistic random input. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Sinh tệp hồ sơ ngẫu nhiên giống thật để trình diễn và đo hiệu năng (generate a random input file).")
final class GenerateCommand implements Callable<Integer> {
    @ParentCommand
    private Main main;

    @Option(names = "--officers", required = true, paramLabel = "N", description = "Số cán bộ (officers).")
    private int officers;

    @Option(names = "--units", required = true, paramLabel = "M", description = "Số đơn vị (units).")
    private int units;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "Hạt giống ngẫu nhiên; cùng hạt giống cho cùng tệp (default ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--year", defaultValue = "2025", paramLabel = "Y", description = "Năm đánh giá (default ${DEFAULT-VALUE}).")
    private int year;

    @Option(names = "--output", paramLabel = "FILE", description = "Ghi vào tệp thay vì stdout; tệp chỉ bị thay khi ghi xong (written whole or not at all).")
    private Path output;

    @Override
    public Integer call() throws IOException {
        if (officers < 1 || units < 1 || units > officers) {
            throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this),
                    "cần 1 ≤ --units ≤ --officers (need 1 ≤ units ≤ officers)");
        }
        if (output != null) {
            OutputTarget.refuseInputs(output, List.of());
        }
        try (CommandOutput out = CommandOutput.of(output, main.out)) {
            DossierGenerator.generate(officers, units, seed, year, out.stream());
            out.commit();
        }
        return Main.OK;
    }
}
