package org.chuanmuc.assess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.chuanmuc.assess.RuleRepositoryTest.next;

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

/**
 * The watch of a {@link RuleRepository} follows the folder's path (a folder replaced as a whole, a link re-pointed,
 * a folder deleted and created again), takes any debounce, and survives what listeners throw.
 */
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

    // ------------------------------------------------------------------ the folder replaced, re-linked, re-created

    @Test
    void watch_folderReplacedByANewVersionMovedIntoPlace_watchesTheNewFolderAndReloads() throws Exception {
        Path folder = folderWith("rules", "v1");
        BlockingQueue<ReloadResult> heard = new LinkedBlockingQueue<>();
        try (RuleRepository repo = builder(folder).listener(heard::add).build().watch()) {
            Path next = folderWith("rules.next", "v2");
            Files.move(folder, tmp.resolve("rules.old"), StandardCopyOption.ATOMIC_MOVE);
            Files.move(next, folder, StandardCopyOption.ATOMIC_MOVE);

            await("v2 in use", () -> tag(repo).equals("v2"));
            assertThat(repo.watching()).isTrue();

            // the new folder is the one watched now: an edit in it is put in use
            write(folder, "v3");
            await("v3 in use", () -> tag(repo).equals("v3"));
            assertThat(repo.current().assess(SampleDossiers.plain("o1")).rating()).isEqualTo(RatingLevel.HOAN_THANH);
        }
    }

    @Test
    void watch_configMapLinkSwapped_reloadsTheVersionTheLinkLeadsToNow() throws Exception {
        // a Kubernetes ConfigMap volume: the folder leads to ..data, which leads to the version in use; a new
        // version is written beside it and ..data is swapped to it in one rename
        Path volume = Files.createDirectories(tmp.resolve("volume"));
        Path x = folderWith("volume/..2026_x", "x");
        Path data = Files.createSymbolicLink(volume.resolve("..data"), x.getFileName());
        Path folder = Files.createSymbolicLink(tmp.resolve("rules"), Path.of("volume", "..data"));
        BlockingQueue<ReloadResult> heard = new LinkedBlockingQueue<>();
        try (RuleRepository repo = builder(folder).listener(heard::add).build().watch()) {
            assertThat(tag(repo)).isEqualTo("x");
            Path y = folderWith("volume/..2026_y", "y");
            Path swap = Files.createSymbolicLink(volume.resolve("..data_tmp"), y.getFileName());
            Files.move(swap, data, StandardCopyOption.ATOMIC_MOVE); // rename(2) over the old link

            assertThat(next(heard, ReloadResult.Swapped.class).current()).isEqualTo(repo.current().ruleSet());
            assertThat(tag(repo)).isEqualTo("y");

            // the version the link leads to now is the one watched
            write(y, "y2");
            await("y2 in use", () -> tag(repo).equals("y2"));
            assertThat(repo.watching()).isTrue();
        }
    }

    @Test
    void watch_configMapDataLinkNamedAsTheFolder_reloadsWhenItSwaps() throws Exception {
        // the volume itself holds each key as a link through ..data, a linked folder that a rule folder may not
        // hold: the repository is given <volume>/..data, the link the volume swaps
        Path volume = Files.createDirectories(tmp.resolve("volume"));
        Path x = folderWith("volume/..2026_x", "x");
        Path data = Files.createSymbolicLink(volume.resolve("..data"), x.getFileName());
        Files.createSymbolicLink(volume.resolve("cap.drl"), Path.of("..data", "cap.drl"));
        try (RuleRepository repo = builder(data).build().watch()) {
            assertThat(tag(repo)).isEqualTo("x");
            Path y = folderWith("volume/..2026_y", "y");
            Path swap = Files.createSymbolicLink(volume.resolve("..data_tmp"), y.getFileName());
            Files.move(swap, data, StandardCopyOption.ATOMIC_MOVE);
            Files.delete(x.resolve("cap.drl")); // the old version is removed after the swap
            Files.delete(x);

            await("y in use", () -> tag(repo).equals("y"));
            assertThat(repo.watching()).isTrue();
        }
    }

    @Test
    void watch_folderLinkRePointedToAnotherFolder_reloads() throws Exception {
        Path a = folderWith("a", "a");
        Path b = folderWith("b", "b");
        Path folder = Files.createSymbolicLink(tmp.resolve("rules"), a.getFileName());
        try (RuleRepository repo = builder(folder).build().watch()) {
            Path swap = Files.createSymbolicLink(tmp.resolve("rules.tmp"), b.getFileName());
            Files.move(swap, folder, StandardCopyOption.ATOMIC_MOVE);

            await("b in use", () -> tag(repo).equals("b"));
            write(b, "b2");
            await("b2 in use", () -> tag(repo).equals("b2"));
        }
    }

    @Test
    void watch_folderDeletedThenCreatedAgain_rejectsThenWatchesTheNewFolder() throws Exception {
        Path folder = folderWith("rules", "v1");
        BlockingQueue<ReloadResult> heard = new LinkedBlockingQueue<>();
        try (RuleRepository repo = builder(folder).listener(heard::add).build().watch()) {
            Files.delete(folder.resolve("cap.drl"));
            Files.delete(folder);

            // the missing folder is reported once; the rules in use stay and the watch goes on
            next(heard, ReloadResult.Rejected.class);
            assertThat(tag(repo)).isEqualTo("v1");
            assertThat(repo.watching()).isTrue();

            Files.createDirectory(folder);
            write(folder, "v2");
            assertThat(next(heard, ReloadResult.Swapped.class).current()).isEqualTo(repo.current().ruleSet());
            assertThat(tag(repo)).isEqualTo("v2");

            write(folder, "v3"); // the folder created again is the one watched now
            await("v3 in use", () -> tag(repo).equals("v3"));
        }
    }

    @Test
    void watch_folderEditedInPlace_isReloadedOnceAndTheCheckOfItsPathAddsNoReload() throws Exception {
        Path folder = folderWith("rules", "v1");
        BlockingQueue<ReloadResult> heard = new LinkedBlockingQueue<>();
        try (RuleRepository repo = builder(folder).listener(heard::add).build().watch()) {
            write(folder, "v2");

            assertThat(heard.poll(WAIT_SECONDS, TimeUnit.SECONDS)).isInstanceOf(ReloadResult.Swapped.class);
            assertThat(tag(repo)).isEqualTo("v2");
            // the folder was not replaced: the watcher's look at its path (about once a second) reloads nothing
            assertThat(heard.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS)).isNull();
            assertThat(repo.watching()).isTrue();
        }
    }

    // ------------------------------------------------------------------------------------------------ debounce

    @Test
    void watch_hugeDebounce_neverReloadsOnItsOwnButKeepsWatchingAndReloadsOnDemand() throws Exception {
        Path folder = folderWith("rules", "v1");
        BlockingQueue<ReloadResult> heard = new LinkedBlockingQueue<>();
        try (StdErr err = new StdErr();
             RuleRepository repo = builder(folder).debounce(Duration.ofSeconds(Long.MAX_VALUE)).listener(heard::add)
                     .build().watch()) {
            write(folder, "v2");

            assertThat(heard.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS)).isNull();
            assertThat(repo.watching()).isTrue();
            assertThat(tag(repo)).isEqualTo("v1");
            assertThat(err.text()).doesNotContain("Exception in thread").doesNotContain("ArithmeticException");

            assertThat(repo.reload()).isInstanceOf(ReloadResult.Swapped.class);
            assertThat(tag(repo)).isEqualTo("v2");
            repo.close();
            assertThat(repo.watching()).isFalse();
        }
    }

    @Test
    void watch_normalDebounce_severalQuickWritesGiveOneReloadOfTheLast() throws Exception {
        Path folder = folderWith("rules", "v1");
        BlockingQueue<ReloadResult> heard = new LinkedBlockingQueue<>();
        try (RuleRepository repo = builder(folder).debounce(Duration.ofSeconds(2)).listener(heard::add).build()
                .watch()) {
            write(folder, "v2");
            write(folder, "v3");
            write(folder, "v4");

            ReloadResult first = heard.poll(WAIT_SECONDS, TimeUnit.SECONDS);
            assertThat(first).isInstanceOf(ReloadResult.Swapped.class);
            assertThat(tag(repo)).isEqualTo("v4");
            assertThat(heard.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS)).isNull();
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

    @Test
    void watch_listenerThrowingACheckedExceptionOrAnError_isLoggedAndWatchingGoesOn() throws Exception {
        Path folder = folderWith("rules", "v1");
        BlockingQueue<ReloadResult> heard = new LinkedBlockingQueue<>();
        AtomicInteger swaps = new AtomicInteger();
        try (StdErr err = new StdErr();
             RuleRepository repo = builder(folder)
                     .listener(r -> {
                         if (r instanceof ReloadResult.Swapped) {
                             int n = swaps.incrementAndGet();
                             if (n <= 2) {
                                 throw sneaky(n == 1 ? new IOException("audit log unavailable")
                                         : new AssertionError("listener bug"));
                             }
                         }
                     })
                     .listener(heard::add).build().watch()) {
            write(folder, "v2");
            next(heard, ReloadResult.Swapped.class);
            assertThat(repo.watching()).isTrue();

            write(folder, "v3"); // the thread that heard the IOException still watches
            next(heard, ReloadResult.Swapped.class);
            assertThat(tag(repo)).isEqualTo("v3");

            write(folder, "v4"); // and the one that heard the AssertionError too
            next(heard, ReloadResult.Swapped.class);
            assertThat(tag(repo)).isEqualTo("v4");
            assertThat(repo.watching()).isTrue();
            assertThat(err.text()).contains("java.io.IOException: audit log unavailable")
                    .contains("ERROR org.chuanmuc.assess.internal.watch.FolderWatcher")
                    .contains("java.lang.AssertionError: listener bug")
                    .doesNotContain("Exception in thread");
        }
    }

    @Test
    void watch_listenerThrowingAVirtualMachineError_endsTheWatchLoggedAtErrorAndWatchStartsItAgain()
            throws Exception {
        Path folder = folderWith("rules", "v1");
        BlockingQueue<ReloadResult> heard = new LinkedBlockingQueue<>();
        AtomicBoolean broken = new AtomicBoolean(true);
        try (StdErr err = new StdErr();
             RuleRepository repo = builder(folder).listener(heard::add).listener(r -> {
                 if (broken.get()) {
                     throw new InternalError("the JVM is in trouble");
                 }
             }).build().watch()) {
            write(folder, "v2");

            next(heard, ReloadResult.Swapped.class);
            await("the watch to end", () -> !repo.watching());
            assertThat(tag(repo)).isEqualTo("v2"); // the swap stands
            String log = err.text();
            assertThat(log).contains("ERROR org.chuanmuc.assess.internal.watch.FolderWatcher - stopped watching "
                    + folder).contains("java.lang.InternalError: the JVM is in trouble")
                    .doesNotContain("Exception in thread");

            broken.set(false);
            repo.watch(); // starts a new watch thread
            assertThat(repo.watching()).isTrue();
            write(folder, "v3");
            next(heard, ReloadResult.Swapped.class);
            assertThat(tag(repo)).isEqualTo("v3");
        }
    }
}
