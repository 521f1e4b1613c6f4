package org.chuanmuc.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import org.chuanmuc.assess.AssessmentException;
import org.chuanmuc.assess.Diagnostic;
import org.chuanmuc.assess.RuleCompilationException;
import org.chuanmuc.io.DossierFormatException;

/** Turns the exceptions a command can meet into one line for people, never a stack trace. */
final class CliErrors {
    private CliErrors() {
    }

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
        if (e instanceof AssessmentException ae) {
            return ae.getMessage();
        }
        if (e instanceof UncheckedIOException uio) {
            return describe(uio.getCause());
        }
        if (e instanceof NoSuchFileException nsf) {
            return "không tìm thấy tệp (file not found): " + nsf.getFile();
        }
        if (e instanceof IOException io) {
            return "không đọc/ghi được tệp (I/O error): " + io.getMessage();
        }
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }
}
