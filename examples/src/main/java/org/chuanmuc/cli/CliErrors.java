package org.chuanmuc.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.util.Optional;
import org.chuanmuc.assess.AssessmentException;
import org.chuanmuc.assess.Diagnostic;
import org.chuanmuc.assess.RuleCompilationException;
import org.chuanmuc.cli.output.OutputRefusedException;
import org.chuanmuc.io.DossierFormatException;
import org.chuanmuc.scenario.ScenarioFormatException;
import picocli.CommandLine;

/**
 * Turns what a command can throw into words for people, never a stack trace, and tells the two kinds apart:
 * problems of the input, the rules or the command line (exit code 2), and internal failures such as running
 * out of memory or a bug (exit code 3, which must never look like "some officers rejected").
 */
final class CliErrors {
    private CliErrors() {
    }

    /** @return whether {@code e} is a problem of what the user gave (exit 2) rather than an internal failure */
    static boolean isUserError(Throwable e) {
        if (virtualMachineError(e).isPresent() || e instanceof UnitFailedException) {
            return false;
        }
        return e instanceof RuleCompilationException || e instanceof DossierFormatException
                || e instanceof ScenarioFormatException || e instanceof AssessmentException
                || e instanceof OutputRefusedException || e instanceof UncheckedIOException
                || e instanceof IOException || e instanceof IllegalArgumentException
                || e instanceof CommandLine.ParameterException;
    }

    /** @return a problem of the user's input, rules or command line, in one or more lines */
    static String describe(Throwable e) {
        if (e instanceof RuleCompilationException rce) {
            StringBuilder b = new StringBuilder("tệp quy tắc có lỗi (rules do not compile):");
            for (Diagnostic d : rce.diagnostics()) {
                b.append(System.lineSeparator()).append(d);
            }
            return b.toString();
        }
        if (e instanceof DossierFormatException dfe) {
            return dfe.getMessage();
        }
        if (e instanceof AssessmentException || e instanceof OutputRefusedException
                || e instanceof CommandLine.ParameterException
                || e instanceof IllegalArgumentException && e.getMessage() != null) {
            return e.getMessage();
        }
        if (e instanceof UncheckedIOException uio) {
            if (uio.getCause() instanceof NoSuchFileException || uio.getMessage() == null) {
                return describe(uio.getCause());
            }
            return "không đọc/ghi được tệp (I/O error): " + uio.getMessage() + detail(uio.getCause());
        }
        if (e instanceof NoSuchFileException nsf) {
            return "không tìm thấy tệp (file not found): " + nsf.getFile();
        }
        if (e instanceof java.nio.file.FileSystemException fse && fse.getFile() != null) {
            return "không đọc/ghi được tệp (I/O error): " + fse.getFile()
                    + (fse.getReason() == null ? "" : ": " + fse.getReason());
        }
        if (e instanceof IOException io) {
            return "không đọc/ghi được tệp (I/O error): " + io.getMessage();
        }
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }

    /**
     * @return one line for an internal failure: what failed, in which unit when known, and what to do
     *         (more memory for out of memory; a bug report otherwise)
     */
    static String internal(Throwable e, boolean debug) {
        Optional<VirtualMachineError> vm = virtualMachineError(e);
        String unit = unitOf(e).map(u -> " khi đánh giá đơn vị " + u + " (while assessing unit " + u + ")")
                .orElse("");
        StringBuilder line = new StringBuilder("lỗi nội bộ (internal failure): ");
        if (vm.isPresent() && vm.get() instanceof OutOfMemoryError oom) {
            line.append("hết bộ nhớ (out of memory").append(detail(oom)).append(")").append(unit)
                    .append("; hãy chạy lại với nhiều bộ nhớ hơn, ví dụ java -Xmx4g -jar chuanmuc-cli.jar …"
                            + " (run again with more memory, e.g. -Xmx4g)");
        } else if (vm.isPresent() && vm.get() instanceof StackOverflowError) {
            line.append("tràn ngăn xếp (stack overflow)").append(unit)
                    .append("; hãy chạy lại với -Xss8m (run again with a larger stack, -Xss8m)");
        } else {
            Throwable root = vm.isPresent() ? vm.get() : rootOf(e);
            line.append(root.getClass().getSimpleName()).append(detail(root)).append(unit)
                    .append("; đây là lỗi của chương trình, xin báo lại kèm kết quả của --debug"
                            + " (a bug: please report it with the output of --debug)");
        }
        if (!debug) {
            line.append("; chi tiết: thêm --debug (details: add --debug)");
        }
        return line.toString().replaceAll("[\\r\\n]+", " ");
    }

    /** @return the out-of-memory or stack-overflow error somewhere in the chain of causes */
    static Optional<VirtualMachineError> virtualMachineError(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof VirtualMachineError vm) {
                return Optional.of(vm);
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return Optional.empty();
    }

    private static Optional<String> unitOf(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof UnitFailedException u) {
                return Optional.of(u.unitId());
            }
        }
        return Optional.empty();
    }

    private static Throwable rootOf(Throwable e) {
        Throwable t = e;
        while (t instanceof UnitFailedException && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

    private static String detail(Throwable t) {
        return t.getMessage() == null || t.getMessage().isBlank() ? "" : ": " + t.getMessage();
    }
}
