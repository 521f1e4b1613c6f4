package org.chuanmuc.cli.output;

/**
 * An output path that must not be written: it is one of the command's inputs, or a folder. Raised before
 * anything is opened for writing; the command line answers it with exit code 2.
 */
public final class OutputRefusedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** @param message why, in Vietnamese with an English gloss */
    public OutputRefusedException(String message) {
        super(message);
    }
}
