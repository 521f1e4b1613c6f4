package org.chuanmuc.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The chuanmuc command line: {@code assess}, {@code validate}, {@code test}, {@code explain},
 * {@code generate}, {@code export-criteria}, {@code compare}. Results go to stdout (or {@code --output});
 * messages and logs go to stderr.
 *
 * <p>Exit codes: 0 success; 1 some officers rejected or some scenarios failed ({@code compare}: some
 * outcome changed); 2 usage error, unreadable input, or rules that do not compile; 3 internal failure (out of
 * memory, a bug).
 */
@Command(name = "chuanmuc", mixinStandardHelpOptions = true, version = "chuanmuc 0.1.0",
        description = "Đánh giá, xếp loại cán bộ theo tiêu chí chuẩn mực (assess officers against the standard criteria).",
        subcommands = {AssessCommand.class, ValidateCommand.class, TestCommand.class, ExplainCommand.class,
                GenerateCommand.class, ExportCriteriaCommand.class, CompareCommand.class})
public final class Main implements Runnable {
    /** Every officer assessed, every scenario passed, rules clean. */
    public static final int OK = 0;
    /** Some officers rejected (the rest assessed), or some scenarios failed. */
    public static final int PARTIAL = 1;
    /** Usage error, unreadable input, rules that do not compile, or an output that is an input. */
    public static final int ERROR = 2;
    /** Internal failure: out of memory or a bug; never mistaken for "some officers rejected". */
    public static final int INTERNAL = 3;
    /** Longest wait for an orderly exit after an internal failure before the process is halted. */
    private static final long HALT_AFTER_MILLIS = 10_000;
    /** Given back when memory runs out, so that the failure can still be reported. */
    private static volatile byte[] reserve = new byte[1 << 20];

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @CommandLine.Option(names = "--debug", scope = CommandLine.ScopeType.INHERIT,
            description = "In cả vết ngăn xếp khi có lỗi nội bộ (print the stack trace of an internal failure).")
    private boolean debug;

    /** Where results go (stdout unless a test says otherwise). */
    final PrintStream out;
    /** Where messages for people go (stderr). */
    final PrintStream err;
    /** Whether stderr is a terminal, so that progress may be shown. */
    final boolean interactive;

    private Main(PrintStream out, PrintStream err, boolean interactive) {
        this.out = out;
        this.err = err;
        this.interactive = interactive;
    }

    /**
     * Runs a command and exits with its code. Standard output carries results only: the real stream is kept for
     * them, and while the command runs {@code System.out} points at standard error, so that nothing else (a
     * library, a rule engine, a logger configured to print there) can mix text into the results. A JVM error that
     * escapes a command ends the run with a message and {@link #INTERNAL}, not a stack trace.
     *
     * @param args the command line
     */
    public static void main(String[] args) {
        PrintStream results = System.out;
        PrintStream out = new PrintStream(results, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        System.setOut(System.err);
        int code = INTERNAL;
        try {
            code = run(args, out, err, Terminal.stderrIsTerminal());
        } catch (Throwable e) {
            err.println("lỗi nội bộ (internal failure): " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        } finally {
            out.flush();
            err.flush();
        }
        exit(code);
    }

    /**
     * Exits with {@code code}. After an internal failure the process is halted if an orderly exit has not
     * finished within {@value #HALT_AFTER_MILLIS} ms: after running out of memory, a stuck thread must not keep
     * it alive.
     */
    private static void exit(int code) {
        if (code == INTERNAL) {
            Thread halt = new Thread(() -> {
                try {
                    Thread.sleep(HALT_AFTER_MILLIS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                Runtime.getRuntime().halt(code);
            }, "chuanmuc-halt");
            halt.setDaemon(true);
            halt.start();
        }
        System.exit(code);
    }

    /**
     * Runs a command with the given streams, without exiting; used by {@link #main} and by tests.
     *
     * @param args        the command line
     * @param out         receives results
     * @param err         receives messages for people
     * @param interactive whether {@code err} is a terminal (progress is shown only then)
     * @return the exit code
     */
    public static int run(String[] args, PrintStream out, PrintStream err, boolean interactive) {
        Main main = new Main(out, err, interactive);
        CommandLine cli = new CommandLine(main);
        cli.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
        cli.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
        cli.setParameterExceptionHandler((e, rest) -> {
            CommandLine where = e.getCommandLine();
            where.getErr().println("lỗi cú pháp lệnh (usage error): " + e.getMessage());
            where.usage(where.getErr());
            return ERROR;
        });
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> main.failed(e));
        int code;
        try {
            code = cli.execute(args);
        } catch (RuntimeException | Error e) { // picocli hands Errors (out of memory) straight through
            code = main.failed(e);
        }
        cli.getOut().flush();
        cli.getErr().flush();
        out.flush();
        err.flush();
        return code;
    }

    /**
     * Reports what stopped a command: a problem of the input, the rules or the command line (exit 2), or an
     * internal failure in one line, with the stack trace only under {@code --debug} (exit 3).
     */
    private int failed(Throwable e) {
        if (CliErrors.isUserError(e)) {
            err.println("lỗi (error): " + CliErrors.describe(e));
            return ERROR;
        }
        if (CliErrors.virtualMachineError(e).isPresent()) {
            reserve = null; // room to build the message
        }
        err.println(CliErrors.internal(e, debug));
        if (debug) {
            e.printStackTrace(err);
        }
        err.flush();
        return INTERNAL;
    }

    @Override
    public void run() {
        // the usage error handler prints the usage after the message: once is enough
        throw new CommandLine.ParameterException(spec.commandLine(),
                "thiếu lệnh: assess, validate, test, explain, generate, export-criteria hoặc compare (missing command)");
    }
}
