package org.chuanmuc.assess.internal.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(120)
class FolderWatcherTest {
    /** Generous: only for waiting on the watch thread, never to assert how long something took. */
    private static final long WAIT_SECONDS = 30;

    @TempDir
    Path folder;

    @Test
    void saturatedNanos_durationsThatFitInALong_areExact() {
        assertThat(FolderWatcher.saturatedNanos(Duration.ZERO)).isZero();
        assertThat(FolderWatcher.saturatedNanos(Duration.ofMillis(200))).isEqualTo(200_000_000L);
        assertThat(FolderWatcher.saturatedNanos(Duration.ofNanos(Long.MAX_VALUE))).isEqualTo(Long.MAX_VALUE);
        assertThat(FolderWatcher.saturatedNanos(Duration.ofNanos(Long.MAX_VALUE - 1))).isEqualTo(Long.MAX_VALUE - 1);
    }

    @Test
    void saturatedNanos_longerDurations_areLongMaxValueInsteadOfAnOverflow() {
        assertThat(FolderWatcher.saturatedNanos(Duration.ofNanos(Long.MAX_VALUE).plusNanos(1)))
                .isEqualTo(Long.MAX_VALUE);
        assertThat(FolderWatcher.saturatedNanos(Duration.ofSeconds(Long.MAX_VALUE))).isEqualTo(Long.MAX_VALUE);
        assertThat(FolderWatcher.saturatedNanos(ChronoUnit.FOREVER.getDuration())).isEqualTo(Long.MAX_VALUE);
    }

    @Test
    void action_throwingAnExceptionOrAnError_isRunAgainOnTheNextChange() throws Exception {
        Semaphore runs = new Semaphore(0);
        int[] count = {0};
        try (FolderWatcher watcher = new FolderWatcher(folder, Duration.ofMillis(20), p -> true, () -> {
            runs.release();
            count[0]++;
            if (count[0] == 1) {
                throw new IllegalStateException("first run fails");
            }
            if (count[0] == 2) {
                throw new LinkageError("second run fails");
            }
        })) {
            for (int i = 1; i <= 3; i++) {
                Files.writeString(folder.resolve("f" + i + ".drl"), "x");
                assertThat(runs.tryAcquire(WAIT_SECONDS, TimeUnit.SECONDS)).as("run %d", i).isTrue();
                assertThat(watcher.running()).isTrue();
            }
        }
    }

    @Test
    void interrupt_ofTheWatchThread_isClearedAndWatchingGoesOn() throws Exception {
        Semaphore runs = new Semaphore(0);
        try (FolderWatcher watcher = new FolderWatcher(folder, Duration.ofMillis(20), p -> true, runs::release)) {
            String name = "chuanmuc-rule-watch-" + folder.getFileName();
            Thread thread = Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().equals(name))
                    .findFirst().orElseThrow();
            thread.interrupt();

            Files.writeString(folder.resolve("f.drl"), "x");
            assertThat(runs.tryAcquire(WAIT_SECONDS, TimeUnit.SECONDS)).isTrue();
            assertThat(watcher.running()).isTrue();
        }
    }

    @Test
    void action_throwingAVirtualMachineError_endsTheThreadAndRunningSaysSo() throws Exception {
        try (FolderWatcher watcher = new FolderWatcher(folder, Duration.ofMillis(20), p -> true, () -> {
            throw new StackOverflowError("deep");
        })) {
            assertThat(watcher.running()).isTrue();
            Files.writeString(folder.resolve("f.drl"), "x");
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
            while (watcher.running() && System.nanoTime() - deadline < 0) {
                Thread.sleep(50);
            }
            assertThat(watcher.running()).isFalse();
        }
    }
}
