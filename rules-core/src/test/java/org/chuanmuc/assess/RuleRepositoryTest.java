package org.chuanmuc.assess;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.chuanmuc.model.Dossier;
import org.chuanmuc.model.RatingLevel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(120)
class RuleRepositoryTest {
    /** Generous: only for waiting on the watch thread, never to assert how long something took. */
    private static final long WAIT_SECONDS = 30;
    private static final Dossier DOSSIER = SampleDossiers.plain("o1");
    private static final String V1 = capRule(RatingLevel.HOAN_THANH, "v1");
    private static final String V2 = capRule(RatingLevel.KHONG_HOAN_THANH, "v2");
    private static final String BAD = V1.replace("insert(", "System.exit(0); insert(");

    @TempDir
    Path folder;

    private static String capRule(RatingLevel level, String tag) {
        return """
                package t;
                import org.chuanmuc.model.*;
                rule "T-1 giới hạn %s"
                when
                  $o: Officer()
                then
                  insert(RatingCap.state($o.id(), RatingLevel.%s, "T-1", "", "%s"));
                end
                """.formatted(tag, level.name(), tag);
    }

    /** Writes elsewhere, then moves into place: the watcher never sees a half-written file. */
    private Path write(String text) throws IOException {
        Path tmp = Files.writeString(folder.resolve("cap.drl.tmp"), text, StandardCharsets.UTF_8);
        return Files.move(tmp, folder.resolve("cap.drl"), StandardCopyOption.ATOMIC_MOVE,
                StandardCopyOption.REPLACE_EXISTING);
    }

    private RuleRepository repository(String text) throws IOException {
        write(text);
        return RuleRepository.builder(folder).configure(b -> b.name("thử").version("1"))
                .debounce(Duration.ofMillis(50)).build();
    }

    private static RatingLevel rate(RuleRepository repo) {
        return repo.current().assess(DOSSIER).rating();
    }

    @Test
    void build_folderWithRules_assessesWithThem() throws IOException {
        try (RuleRepository repo = repository(V1)) {
            assertThat(rate(repo)).isEqualTo(RatingLevel.HOAN_THANH);
            assertThat(repo.current().ruleSet().name()).isEqualTo("thử");
        }
    }

    @Test
    void build_baseBundleAndFolder_compilesBothUnderTheBundlesName() throws IOException {
        write(V1);
        RuleBundle bundle = new RuleBundle("chuẩn", "2025.1",
                List.of(RuleSource.drl("base.drl", V2.replace("T-1 giới hạn v2", "B-1 nền"))), List.of());
        try (RuleRepository repo = RuleRepository.builder(folder).base(bundle).build()) {
            assertThat(repo.current().ruleNames()).containsExactly("B-1 nền", "T-1 giới hạn v1");
            assertThat(repo.current().ruleSet().name()).isEqualTo("chuẩn");
            assertThat(rate(repo)).isEqualTo(RatingLevel.KHONG_HOAN_THANH);
            assertThat(repo.reload()).isInstanceOf(ReloadResult.Unchanged.class);
        }
    }

    @Test
    void reload_untouchedFolder_isUnchangedAndKeepsTheSameAssessor() throws IOException {
        try (RuleRepository repo = repository(V1)) {
            Assessor before = repo.current();

            ReloadResult result = repo.reload();

            assertThat(result).isEqualTo(new ReloadResult.Unchanged(before.ruleSet()));
            assertThat(repo.current()).isSameAs(before);
        }
    }

    @Test
    void reload_goodEdit_swapsWithANewShaWhileTheOldAssessorStillWorks() throws IOException {
        try (RuleRepository repo = repository(V1)) {
            Assessor inFlight = repo.current();
            write(V2);

            ReloadResult result = repo.reload();

            assertThat(result).isInstanceOf(ReloadResult.Swapped.class);
            assertThat(((ReloadResult.Swapped) result).previous()).isEqualTo(inFlight.ruleSet());
            assertThat(result.current().sha256()).isNotEqualTo(inFlight.ruleSet().sha256());
            assertThat(repo.current().assess(DOSSIER).ruleSet()).isEqualTo(result.current());
            assertThat(rate(repo)).isEqualTo(RatingLevel.KHONG_HOAN_THANH);
            // an assessment that started before the swap holds the old assessor and finishes on the old rules
            Assessment late = inFlight.assess(DOSSIER);
            assertThat(late.rating()).isEqualTo(RatingLevel.HOAN_THANH);
            assertThat(late.ruleSet()).isEqualTo(inFlight.ruleSet());
        }
    }

    @Test
    void reload_badEdit_keepsTheLastGoodRulesAndTellsTheListener() throws IOException {
        List<ReloadResult> heard = new ArrayList<>();
        try (RuleRepository repo = repository(V1)) {
            repo.addListener(heard::add);
            Assessor good = repo.current();
            write(BAD);

            ReloadResult result = repo.reload();

            assertThat(result.succeeded()).isFalse();
            ReloadResult.Rejected rejected = (ReloadResult.Rejected) result;
            assertThat(rejected.current()).isEqualTo(good.ruleSet());
            assertThat(rejected.diagnostics()).anySatisfy(d -> {
                assertThat(d.source()).endsWith("cap.drl");
                assertThat(d.line()).isEqualTo(7);
                assertThat(d.message()).contains("\"System\"");
            });
            assertThat(heard).containsExactly(result);
            assertThat(repo.current()).isSameAs(good);
            assertThat(rate(repo)).isEqualTo(RatingLevel.HOAN_THANH);
        }
    }

    @Test
    void reload_folderEmptied_isRejectedAndKeepsTheRules() throws IOException {
        try (RuleRepository repo = repository(V1)) {
            Files.delete(folder.resolve("cap.drl"));

            ReloadResult result = repo.reload();

            assertThat(result).isInstanceOf(ReloadResult.Rejected.class);
            assertThat(((ReloadResult.Rejected) result).diagnostics()).singleElement()
                    .satisfies(d -> assertThat(d.source()).isEqualTo(folder.toString()));
            assertThat(rate(repo)).isEqualTo(RatingLevel.HOAN_THANH);
        }
    }

    @Test
    void watch_goodEdit_swapsWithoutAnyoneCallingReload() throws Exception {
        BlockingQueue<ReloadResult> heard = new LinkedBlockingQueue<>();
        try (RuleRepository repo = repository(V1)) {
            repo.addListener(heard::add);
            repo.watch();
            assertThat(repo.watching()).isTrue();

            write(V2);

            ReloadResult result = next(heard, ReloadResult.Swapped.class);
            assertThat(repo.current().ruleSet()).isEqualTo(result.current());
            assertThat(rate(repo)).isEqualTo(RatingLevel.KHONG_HOAN_THANH);
        }
    }

    @Test
    void watch_badEdit_reportsTheDiagnosticsAndKeepsServingTheOldRules() throws Exception {
        BlockingQueue<ReloadResult> heard = new LinkedBlockingQueue<>();
        try (RuleRepository repo = repository(V1)) {
            repo.addListener(heard::add);
            repo.watch();
            RuleSetInfo good = repo.current().ruleSet();

            write(BAD);

            ReloadResult.Rejected rejected = next(heard, ReloadResult.Rejected.class);
            assertThat(rejected.diagnostics()).isNotEmpty();
            assertThat(repo.current().ruleSet()).isEqualTo(good);
            assertThat(rate(repo)).isEqualTo(RatingLevel.HOAN_THANH);

            write(V2); // fixing the file puts the fix in use
            assertThat(next(heard, ReloadResult.Swapped.class).current()).isEqualTo(repo.current().ruleSet());
        }
    }

    @Test
    void watch_ruleFileInANewSubfolder_isPickedUp() throws Exception {
        BlockingQueue<ReloadResult> heard = new LinkedBlockingQueue<>();
        try (RuleRepository repo = repository(V1)) {
            repo.addListener(heard::add);
            repo.watch();

            Path sub = Files.createDirectory(folder.resolve("them"));
            Files.writeString(sub.resolve("more.drl"), V2.replace("T-1 giới hạn v2", "T-2 thêm"));

            next(heard, ReloadResult.Swapped.class);
            assertThat(repo.current().ruleNames()).contains("T-1 giới hạn v1", "T-2 thêm");
        }
    }

    @Test
    void close_stopsTheWatchThread() throws IOException {
        RuleRepository repo = repository(V1).watch();
        String threadName = "chuanmuc-rule-watch-" + folder.getFileName();
        assertThat(Thread.getAllStackTraces().keySet()).anyMatch(t -> t.getName().equals(threadName));

        repo.close();

        assertThat(repo.watching()).isFalse();
        assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.getName().equals(threadName) && t.isAlive());
        assertThat(rate(repo)).isEqualTo(RatingLevel.HOAN_THANH); // the last rules stay usable
    }

    @Test
    void assess_fromFourThreadsWhileTwentyReloadsAlternate_everyResultMatchesExactlyOneVersion() throws Exception {
        try (RuleRepository repo = repository(V1)) {
            String sha1 = repo.current().ruleSet().sha256();
            write(V2);
            String sha2 = repo.reload().current().sha256();
            write(V1);
            assertThat(repo.reload().current().sha256()).isEqualTo(sha1);
            assertThat(sha2).isNotEqualTo(sha1);

            AtomicBoolean stop = new AtomicBoolean();
            AtomicInteger assessments = new AtomicInteger();
            Queue<String> inconsistent = new ConcurrentLinkedQueue<>();
            CountDownLatch allRunning = new CountDownLatch(4);
            ExecutorService pool = Executors.newFixedThreadPool(4);
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                workers.add(pool.submit(() -> {
                    boolean first = true;
                    while (!stop.get()) {
                        Assessment a = repo.current().assess(DOSSIER);
                        String sha = a.ruleSet().sha256();
                        boolean v1 = sha.equals(sha1) && a.rating() == RatingLevel.HOAN_THANH;
                        boolean v2 = sha.equals(sha2) && a.rating() == RatingLevel.KHONG_HOAN_THANH;
                        if (!v1 && !v2) {
                            inconsistent.add(sha + " → " + a.rating());
                        }
                        assessments.incrementAndGet();
                        if (first) {
                            allRunning.countDown();
                            first = false;
                        }
                    }
                    return null;
                }));
            }
            assertThat(allRunning.await(WAIT_SECONDS, TimeUnit.SECONDS)).isTrue();

            for (int i = 0; i < 20; i++) {
                write(i % 2 == 0 ? V2 : V1);
                assertThat(repo.reload()).isInstanceOf(ReloadResult.Swapped.class);
            }
            stop.set(true);
            for (Future<?> worker : workers) {
                worker.get(WAIT_SECONDS, TimeUnit.SECONDS); // rethrows anything a worker threw
            }
            pool.shutdown();

            assertThat(inconsistent).isEmpty();
            assertThat(assessments.get()).isGreaterThanOrEqualTo(4);
            assertThat(repo.current().ruleSet().sha256()).isEqualTo(sha1);
        }
    }

    /** @return the next reload result of the given kind, skipping others (e.g. an Unchanged from a stray event) */
    static <T extends ReloadResult> T next(BlockingQueue<ReloadResult> heard, Class<T> kind)
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
}
