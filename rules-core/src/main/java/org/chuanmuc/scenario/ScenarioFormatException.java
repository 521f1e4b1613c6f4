package org.chuanmuc.scenario;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.chuanmuc.io.DossierFormatException;
import org.chuanmuc.io.FieldError;

/**
 * A scenario file cannot be used: it is not JSON, its dossier part is unreadable as a whole, or its
 * {@code name}, {@code description} or {@code expect} break the format. Carries every problem found.
 */
public final class ScenarioFormatException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final transient List<FieldError> errors;
    private final int line;
    private final int column;

    /**
     * For errors in the scenario's own fields.
     *
     * @param file   the scenario file
     * @param errors every problem, each with its JSON path ({@code expect[0].rating}); not empty
     */
    public ScenarioFormatException(Path file, List<FieldError> errors) {
        super(errors.stream().map(e -> file + ": " + e).collect(Collectors.joining("\n")));
        this.file = Objects.requireNonNull(file, "file");
        this.errors = List.copyOf(errors);
        this.line = 0;
        this.column = 0;
    }

    /**
     * For a file whose JSON or dossier part is unreadable as a whole.
     *
     * @param file  the scenario file
     * @param cause the reader's exception, with line and column
     */
    public ScenarioFormatException(Path file, DossierFormatException cause) {
        super(new org.chuanmuc.assess.Diagnostic(file.toString(), cause.line(), cause.column(), cause.reason())
                .toString(), cause);
        this.file = Objects.requireNonNull(file, "file");
        this.errors = List.of();
        this.line = cause.line();
        this.column = cause.column();
    }

    /** @return the scenario file */
    public Path file() {
        return file;
    }

    /** @return the errors in the scenario's fields; empty when the file failed as a whole */
    public List<FieldError> errors() {
        return errors;
    }

    /** @return 1-based line when the file failed as a whole, else 0 */
    public int line() {
        return line;
    }

    /** @return 1-based column when the file failed as a whole, else 0 */
    public int column() {
        return column;
    }

    /** @return one line per problem, each starting with the file name */
    public List<String> lines() {
        return getMessage().lines().toList();
    }
}
