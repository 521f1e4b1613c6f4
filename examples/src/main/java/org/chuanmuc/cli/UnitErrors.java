package org.chuanmuc.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.chuanmuc.io.FieldError;

/**
 * The errors of the input's unit records, as {@code assess} and {@code compare} report them: each on stderr as it is
 * found, with the input and its JSON path ({@code ho-so.json: units[1]: …}), then one closing line with the count.
 * They make the outcome partial (exit code 1): a broken unit record that no officer names rejects nobody, yet it is a
 * bad record of the input. {@code assess} also writes them into its output ({@link #all()}).
 */
final class UnitErrors {
    private final PrintStream err;
    private final Path input;
    private final List<FieldError> reported = new ArrayList<>();

    /**
     * @param err   where to print
     * @param input the input file, named before each error
     */
    UnitErrors(PrintStream err, Path input) {
        this.err = err;
        this.input = input;
    }

    /** Prints the errors of one read of the input and keeps them. */
    void report(List<FieldError> errors) {
        errors.forEach(e -> err.println(input + ": " + e));
        reported.addAll(errors);
    }

    /** @return whether any error was reported */
    boolean any() {
        return !reported.isEmpty();
    }

    /** @return every error reported so far, in the order reported: what the output shows after the rejected */
    List<FieldError> all() {
        return List.copyOf(reported);
    }

    /** Prints the closing line with the count, when any error was reported. */
    void printCount() {
        int count = reported.size();
        if (count > 0) {
            err.println("có " + count + " lỗi ở mục units của tệp đầu vào, xem trên (" + count
                    + " errors in the input's units, see above)");
        }
    }
}
