package org.chuanmuc.assess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.chuanmuc.model.RatingLevel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** A {@link RuleRepository} survives what its listeners throw. */
@Timeout(180)
class RuleRepositoryWatchTest {
    /** Generous: only for waiting on the watch thread, never to assert how long something took. */
    private static final long WAIT_SECONDS = 30;
    /** Long enough for the watcher to look at the folder's path a few times (it does so about once a second). */
    private static final long QUIET_MILLIS = 3_500;

    @TempDir
    Path tmp;

    private static String capRule(String tag) {
        return """
                package t;
                import org.chuanmuc.model.*;
                rule "T-1 giới hạn %s"
                when
                  $o: Officer()
                then
                  insert(RatingCap.state($o.id(), RatingLevel.HOAN_THANH, "T-1", "", "%s"));
                end
                """.formatted(tag, tag);
    }

    /** Writes a rule file beside the folder, then moves it into place: one event, never a half-written file. */
    private void write(Path folder, String tag) throws IOException {
        Path staged = Files.writeString(tmp.resolve("staged.drl"), capRule(tag), StandardCharsets.UTF_8);
        Files.move(staged, folder.resolve("cap.drl"), StandardCopyOption.ATOMIC_MOVE,
                StandardCopyOption.REPLACE_EXISTING);
    }

    private Path folderWith(String name, String tag) throws IOException {
        Path folder = Files.createDirectories(tmp.resolve(name));
        write(folder, tag);
        return folder;
    }

    private static RuleRepository.Builder builder(Path folder) {
        return RuleRepository.builder(folder).debounce(Duration.ofMillis(50));
    }

    /** @return the tag of the rules in use */
    private static String tag(RuleRepository repo) {
        return repo.current().ruleNames().get(0).replace("T-1 giới hạn ", "");
    }

    private static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() - deadline > 0) {
                throw new AssertionError("not within " + WAIT_SECONDS + " s: " + what);
            }
            Thread.sleep(50);
        }
    }

    /** @return the next reload result of the given kind, skipping others (e.g. an Unchanged from a stray event) */
    private static <T extends ReloadResult> T next(BlockingQueue<ReloadResult> heard, Class<T> kind)
            throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        while (System.nanoTime() < deadline) {
            ReloadResult r = heard.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            if (kind.isInstance(r)) {
                return kind.cast(r);
            }
        }
        throw new AssertionError("no " + kind.getSimpleName() + " within " + WAIT_SECONDS + " s; heard " + heard);
    }

    @SuppressWarnings("unchecked")
    private static <E extends Throwable> RuntimeException sneaky(Throwable t) throws E {
        throw (E) t;
    }

    /** Standard error, copied while a test looks at what the library wrote there (through SLF4J's simple logger). */
    private static final class StdErr implements AutoCloseable {
        private final PrintStream original = System.err;
        private final ByteArrayOutputStream copy = new ByteArrayOutputStream();

        StdErr() {
            OutputStream tee = new OutputStream() {
                @Override
                public void write(int b) {
                    synchronized (copy) {
                        copy.write(b);
                    }
                    original.write(b);
                }

                @Override
                public void write(byte[] b, int off, int len) {
                    synchronized (copy) {
                        copy.write(b, off, len);
                    }
                    original.write(b, off, len);
                }
            };
            System.setErr(new PrintStream(tee, true, StandardCharsets.UTF_8));
        }

        String text() {
            synchronized (copy) {
                return copy.toString(StandardCharsets.UTF_8);
            }
        }

        @Override
        public void close() {
            System.err.flush();
            System.setErr(original);
        }
    }

    // ------------------------------------------------------------------------------- what listeners throw

    @Test
    void reload_listenerThrowingACheckedException_isLoggedAndTheNextListenerStillHears() throws Exception {
        Path folder = folderWith("rules", "v1");
        List<ReloadResult> heard = new CopyOnWriteArrayList<>();
        try (StdErr err = new StdErr();
             RuleRepository repo = builder(folder)
                     .listener(r -> { throw sneaky(new IOException("audit log unavailable")); })
                     .listener(heard::add).build()) {
            write(folder, "v2");

            ReloadResult result = repo.reload();

            assertThat(result).isInstanceOf(ReloadResult.Swapped.class);
            assertThat(heard).containsExactly(result);
            assertThat(tag(repo)).isEqualTo("v2");
            assertThat(err.text()).contains("ERROR org.chuanmuc.assess.RuleRepository")
                    .contains("java.io.IOException: audit log unavailable");
        }
    }

    @Test
    void reload_listenerThrowingAnError_everyListenerHearsThenTheErrorIsThrownAndTheSwapStands() throws Exception {
        Path folder = folderWith("rules", "v1");
        List<ReloadResult> heard = new CopyOnWriteArrayList<>();
        AssertionError first = new AssertionError("first");
        AssertionError second = new AssertionError("second");
        try (RuleRepository repo = builder(folder)
                .listener(r -> { throw first; })
                .listener(heard::add)
                .listener(r -> { throw second; }).build()) {
            write(folder, "v2");

            Throwable thrown = catchThrowable(repo::reload);

            assertThat(thrown).isSameAs(first);
            assertThat(thrown.getSuppressed()).containsExactly(second);
            assertThat(heard).singleElement().isInstanceOf(ReloadResult.Swapped.class);
            assertThat(tag(repo)).isEqualTo("v2");
        }
    }
}
