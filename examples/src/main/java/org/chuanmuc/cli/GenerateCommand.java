package org.chuanmuc.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.chuanmuc.cli.generate.DossierGenerator;
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

    @Option(names = "--output", paramLabel = "FILE", description = "Ghi vào tệp thay vì stdout.")
    private Path output;

    @Override
    public Integer call() throws IOException {
        if (officers < 1 || units < 1 || units > officers) {
            throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this),
                    "cần 1 ≤ --units ≤ --officers (need 1 ≤ units ≤ officers)");
        }
        try (OutputStream out = output == null ? new NonClosing(main.out)
                : new BufferedOutputStream(Files.newOutputStream(output))) {
            DossierGenerator.generate(officers, units, seed, year, out);
        }
        return Main.OK;
    }
}
