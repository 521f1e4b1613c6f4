package org.chuanmuc.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The real command line in a child JVM (this test run's class path and Java), so that tests can kill it, starve
 * it of memory or give it a small heap. Its stdout and stderr go to files in a folder of their own.
 */
final class ChildCli {
    /** Hang detector only: no test relies on a run being fast. */
    static final long PATIENCE_SECONDS = 120;

    private final Process process;
    private final Path stdout;
    private final Path stderr;

    private ChildCli(Process process, Path stdout, Path stderr) {
        this.process = process;
        this.stdout = stdout;
        this.stderr = stderr;
    }

    /**
     * @param logs       folder for stdout.txt and stderr.txt
     * @param jvmOptions e.g. {@code -Xmx64m}
     * @param args       the command line
     */
    static ChildCli start(Path logs, List<String> jvmOptions, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        // quick start on a small shared machine: these runs are short, and they are killed or starved anyway
        command.add("-XX:TieredStopAtLevel=1");
        command.add("-XX:+UseSerialGC");
        command.addAll(jvmOptions);
        command.add("-Dfile.encoding=UTF-8");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(Main.class.getName());
        command.addAll(List.of(args));
        Files.createDirectories(logs);
        Path out = logs.resolve("stdout.txt");
        Path err = logs.resolve("stderr.txt");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        return new ChildCli(process, out, err);
    }

    Process process() {
        return process;
    }

    /** @return the exit code, after waiting for the end (failing the test when it hangs) */
    int waitFor() throws InterruptedException {
        if (!process.waitFor(PATIENCE_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the child JVM hung for " + PATIENCE_SECONDS + " s; stderr: " + stderr());
        }
        return process.exitValue();
    }

    /**
     * Waits until a file or folder in {@code folder} matches, while the process runs.
     *
     * @return the match
     */
    Path awaitEntry(Path folder, Predicate<Path> wanted) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(PATIENCE_SECONDS);
        while (System.nanoTime() < deadline) {
            Optional<Path> found = list(folder).filter(wanted).findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            if (!process.isAlive()) {
                throw new AssertionError("the child ended (exit " + process.exitValue() + ") before " + folder
                        + " held what the test waits for; stderr: " + stderr());
            }
            Thread.sleep(10);
        }
        process.destroyForcibly();
        throw new AssertionError("nothing matched in " + folder + " within " + PATIENCE_SECONDS + " s");
    }

    String stderr() {
        return read(stderr);
    }

    String stdout() {
        return read(stdout);
    }

    static Stream<Path> list(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static long size(Path file) {
        try {
            return Files.isDirectory(file) ? sizeOfTree(file) : Files.size(file);
        } catch (IOException e) {
            return 0; // removed meanwhile
        }
    }

    private static long sizeOfTree(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(unreadable: " + e + ")";
        }
    }
}
