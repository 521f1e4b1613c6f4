package org.chuanmuc.cli;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code --threads N} of the commands that assess units in parallel: at least 1, checked while parsing. */
final class ThreadsOption {
    @Spec(Spec.Target.MIXEE)
    private CommandSpec command;

    private int threads = Math.max(1, Runtime.getRuntime().availableProcessors() - 1);

    @Option(names = "--threads", paramLabel = "N",
            description = "Số luồng đánh giá song song, mỗi đơn vị một luồng (assessment threads; default: số lõi CPU"
                    + " trừ một, vì luồng chính đọc và ghi JSON — CPU cores minus one, the main thread reads and writes).")
    void threads(int n) {
        if (n < 1) {
            throw new CommandLine.ParameterException(command.commandLine(),
                    "--threads phải từ 1 trở lên (--threads must be at least 1), was " + n);
        }
        threads = n;
    }

    /** @return the number of assessment threads, at least 1 */
    int get() {
        return threads;
    }
}
