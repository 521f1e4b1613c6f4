package org.chuanmuc.cli;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code --threads N} of the commands that assess units in parallel: from 1 to {@link InOrder#MAX_THREADS}, checked
 * while parsing.
 */
final class ThreadsOption {
    @Spec(Spec.Target.MIXEE)
    private CommandSpec command;

    private int threads = Math.max(1, Runtime.getRuntime().availableProcessors() - 1);

    @Option(names = "--threads", paramLabel = "N",
            description = "Số luồng đánh giá song song, mỗi đơn vị một luồng (assessment threads; default: số lõi CPU"
                    + " trừ một, vì luồng chính đọc và ghi JSON — CPU cores minus one, the main thread reads and writes).")
    void threads(int n) {
        if (n < 1 || n > InOrder.MAX_THREADS) {
            throw new CommandLine.ParameterException(command.commandLine(),
                    "--threads phải từ 1 đến " + InOrder.MAX_THREADS + " (--threads must be at least 1 and at most "
                            + InOrder.MAX_THREADS + "), was " + n);
        }
        threads = n;
    }

    /** @return the number of assessment threads, from 1 to {@link InOrder#MAX_THREADS} */
    int get() {
        return threads;
    }
}
