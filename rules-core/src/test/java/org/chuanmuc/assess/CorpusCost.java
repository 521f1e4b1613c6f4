package org.chuanmuc.assess;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;

/**
 * Measures what each corpus file costs: wall time, bytes allocated by the test thread, and the peak of the heap
 * while it ran; the corpus tests print the largest at the end. A benchmark that prints, never an assertion: the
 * machine is shared and noisy, and the tests assert outcomes, not speed.
 *
 * <p>Print the figures with {@code CHUANMUC_CORPUS_GC=1 mvn -B -o verify -pl rules-core -am
 * -Dtest='*Corpus*,HostileRulesTest,LocalRulesTest,RuleFolderTest,RuntimeBoundsTest'
 * -Dsurefire.failIfNoSpecifiedTests=false} and read the lines starting with {@code corpus cost}. With
 * {@code CHUANMUC_CORPUS_GC=1} each file starts on a collected heap, so its heap peak is its own; without it (in
 * the normal build, where collecting before every file would cost seconds) the peak includes other tests' garbage.
 */
public final class CorpusCost {
    private static final List<Entry> ENTRIES = new ArrayList<>();
    private static final boolean COLLECT_FIRST = "1".equals(System.getenv("CHUANMUC_CORPUS_GC"));

    /** One measured file. */
    record Entry(String name, long millis, long allocated, long peakHeap) {
    }

    private CorpusCost() {
    }

    /** Runs {@code work}, recording its cost under {@code name}; returns what it returned. */
    public static <T> T measure(String name, Supplier<T> work) {
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        if (COLLECT_FIRST) {
            System.gc();
        }
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        long allocatedBefore = allocated();
        long start = System.nanoTime();
        try {
            return work.get();
        } finally {
            long millis = (System.nanoTime() - start) / 1_000_000;
            long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
            synchronized (ENTRIES) {
                ENTRIES.add(new Entry(name, millis, allocated() - allocatedBefore, peak));
            }
        }
    }

    /** Prints the most expensive files by time and by memory. */
    public static void print(String corpus) {
        synchronized (ENTRIES) {
            if (ENTRIES.isEmpty()) {
                return;
            }
            Entry slowest = ENTRIES.stream().max(Comparator.comparingLong(Entry::millis)).orElseThrow();
            Entry hungriest = ENTRIES.stream().max(Comparator.comparingLong(Entry::allocated)).orElseThrow();
            Entry peak = ENTRIES.stream().max(Comparator.comparingLong(Entry::peakHeap)).orElseThrow();
            System.out.printf("corpus cost %s: %d files; slowest %s %d ms; most allocated %s %d MB; highest heap"
                            + " peak %s %d MB%n", corpus, ENTRIES.size(), slowest.name(), slowest.millis(),
                    hungriest.name(), hungriest.allocated() >> 20, peak.name(), peak.peakHeap() >> 20);
            ENTRIES.clear();
        }
    }

    private static long allocated() {
        java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        if (threads instanceof com.sun.management.ThreadMXBean sun) {
            return sun.getThreadAllocatedBytes(Thread.currentThread().getId());
        }
        return 0;
    }
}
