package org.chuanmuc.io;

/**
 * A whole input file cannot be read: it is not JSON, or it lacks what every record depends on
 * (such as {@code period}). Problems confined to one officer record never raise this; they make a
 * {@link RejectedOfficer} instead.
 */
public final class DossierFormatException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String source;
    private final int line;
    private final int column;
    private final String reason;

    /**
     * @param source file name or other description of the input
     * @param line   1-based line of the problem, or 0 when unknown
     * @param column 1-based column of the problem, or 0 when unknown
     * @param reason what was expected, in Vietnamese with an English gloss
     */
    public DossierFormatException(String source, int line, int column, String reason) {
        super(new org.chuanmuc.assess.Diagnostic(String.valueOf(source), line, column, reason).toString());
        this.source = source;
        this.line = line;
        this.column = column;
        this.reason = reason;
    }

    /** @return the file name or description of the input */
    public String source() {
        return source;
    }

    /** @return 1-based line, 0 when unknown */
    public int line() {
        return line;
    }

    /** @return 1-based column, 0 when unknown */
    public int column() {
        return column;
    }

    /** @return the problem without the position prefix */
    public String reason() {
        return reason;
    }
}
