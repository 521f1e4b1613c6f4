package org.chuanmuc.io;

import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.chuanmuc.io.internal.DossierParser;
import org.chuanmuc.model.Period;
import org.chuanmuc.model.Unit;

/**
 * An input file read record by record, in batches of consecutive records that name the same unit, so a
 * file grouped by unit is assessed in memory proportional to its largest unit. Obtained from
 * {@link DossierReader#open}; close it (try-with-resources) to release the file.
 *
 * <pre>{@code
 * try (DossierStream in = reader.open(Path.of("dossiers.json"));
 *      ResultWriter out = ResultWriter.to(Path.of("results.json"), in.period(), assessor.ruleSet())) {
 *     for (DossierBatch batch : in) {
 *         out.write(assessor.assessAll(batch.dossiers()));
 *         out.reject(batch.rejected());
 *     }
 *     out.finish();         // the results are whole: results.json is replaced only now
 * }
 * }</pre>
 *
 * <p>When a unit's rules fail ({@link org.chuanmuc.assess.AssessmentException}) or the input breaks off, the
 * exception leaves the loop before {@code finish()}, and {@code results.json} is left as it was. To go on with
 * the other units instead, catch the exception around {@code assessAll} and {@code reject} the batch's officers
 * with a {@link FieldError} that says why, as the {@code assess} command does: every officer of the input is
 * then either in {@code results} or in {@code rejected}.
 *
 * <p>Memory: one batch, one record of look-ahead, and the set of officer ids seen so far (for duplicate
 * detection: 40 to 55 bytes per officer with ids of about ten characters). This holds when {@code period} and {@code units} come before
 * {@code officers} in the file, as in the documented format. When {@code officers} comes first, the
 * whole officers array is held in memory while the rest of the file is read; the result is the same.
 *
 * <p>Like {@link java.nio.file.DirectoryStream}, it can be iterated once. Not thread-safe.
 */
public final class DossierStream implements AutoCloseable, Iterable<DossierBatch> {
    private final DossierParser parser;
    private boolean iterated;

    DossierStream(DossierParser parser) {
        this.parser = parser;
    }

    /** @return the file name or description given to the reader */
    public String source() {
        return parser.source();
    }

    /** @return the assessment period, read before the first batch */
    public Period period() {
        return parser.period();
    }

    /** @return the units without errors, in input order */
    public List<Unit> units() {
        return parser.units();
    }

    /**
     * @return every error found in {@code units}, in input order; officers of a broken unit are also
     *         rejected with these errors
     */
    public List<FieldError> unitErrors() {
        return parser.unitErrors();
    }

    /**
     * Returns the batches in input order. Each record of {@code officers} appears in exactly one batch.
     * The iterator's {@code hasNext} and {@code next} read the input and may throw
     * {@link DossierFormatException} (the JSON is malformed further on; batches already returned stay
     * valid) or {@link UncheckedIOException}.
     *
     * @return the iterator
     * @throws IllegalStateException when called a second time
     */
    @Override
    public Iterator<DossierBatch> iterator() {
        if (iterated) {
            throw new IllegalStateException("a DossierStream can be iterated only once");
        }
        iterated = true;
        return new Iterator<>() {
            private Optional<DossierBatch> next;

            @Override
            public boolean hasNext() {
                if (next == null) {
                    next = parser.nextBatch();
                }
                return next.isPresent();
            }

            @Override
            public DossierBatch next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                DossierBatch batch = next.get();
                next = null;
                return batch;
            }
        };
    }

    /**
     * Closes the input (when the reader opened it).
     *
     * @throws UncheckedIOException when closing fails
     */
    @Override
    public void close() {
        parser.close();
    }
}
