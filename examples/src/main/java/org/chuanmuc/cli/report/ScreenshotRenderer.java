package org.chuanmuc.cli.report;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Takes a PNG screenshot of an HTML report with headless Chromium, when a Chromium is installed. Used by the
 * screenshot test and by the README to show what a council sees:
 *
 * <pre>{@code
 * java -cp examples/target/chuanmuc-cli.jar org.chuanmuc.cli.report.ScreenshotRenderer report.html report.png
 * }</pre>
 *
 * <p>Nothing is downloaded: the browser must already be on the {@code PATH} under one of
 * {@link #BROWSER_NAMES}. Every run uses a fresh, temporary profile and turns off the browser's own network
 * traffic (updates, sync, background requests), so that it renders the page and nothing else. Besides the
 * screenshot, the renderer can return the DOM after loading ({@link #dumpDom}) and print to PDF
 * ({@link #printToPdf}), which the tests use to check what a reader sees and what prints.
 */
public final class ScreenshotRenderer {
    /** Executable names looked for on the {@code PATH}, in this order. */
    public static final List<String> BROWSER_NAMES =
            List.of("chromium", "chromium-browser", "google-chrome", "google-chrome-stable");

    /** The window size of the screenshot, wide enough for the officers table. */
    public static final String WINDOW_SIZE = "1200,1600";

    private final Path browser;

    private ScreenshotRenderer(Path browser) {
        this.browser = browser;
    }

    /** @return a renderer for the first Chromium found on this process's {@code PATH}, if any */
    public static Optional<ScreenshotRenderer> find() {
        return find(Objects.requireNonNullElse(System.getenv("PATH"), ""));
    }

    /**
     * @param path a search path in the platform's {@code PATH} syntax
     * @return a renderer for the first executable of {@link #BROWSER_NAMES} found there, if any
     */
    public static Optional<ScreenshotRenderer> find(String path) {
        for (String name : BROWSER_NAMES) {
            for (String dir : path.split(File.pathSeparator)) {
                if (dir.isBlank()) {
                    continue;
                }
                Path candidate = Path.of(dir, name);
                if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                    return Optional.of(new ScreenshotRenderer(candidate));
                }
            }
        }
        return Optional.empty();
    }

    /** @return the browser executable this renderer runs */
    public Path browser() {
        return browser;
    }

    /**
     * Renders {@code html} and writes a PNG screenshot of {@link #WINDOW_SIZE} pixels.
     *
     * @param html    the HTML file
     * @param png     where to write the screenshot (replaced if present)
     * @param timeout how long the browser may take
     * @throws IOException when the browser cannot start, fails, times out or writes no image; the message
     *                     carries the browser's own output
     */
    public void render(Path html, Path png, Duration timeout) throws IOException {
        Path target = png.toAbsolutePath();
        Files.deleteIfExists(target);
        Output output = run(List.of("--hide-scrollbars", "--window-size=" + WINDOW_SIZE, "--screenshot=" + target),
                html, timeout);
        requireFile(target, "ảnh chụp (screenshot)", output);
    }

    /**
     * Loads {@code html}, runs its scripts and returns the document as the browser then holds it (Chromium's
     * {@code --dump-dom}), in a window of {@link #WINDOW_SIZE} pixels.
     *
     * @param html    the HTML file
     * @param timeout how long the browser may take
     * @return the serialised DOM
     * @throws IOException when the browser cannot start, fails or times out
     */
    public String dumpDom(Path html, Duration timeout) throws IOException {
        return run(List.of("--window-size=" + WINDOW_SIZE, "--dump-dom"), html, timeout).stdout();
    }

    /**
     * Prints {@code html} to a PDF file as the browser's print dialog would (print style sheet, A4, no
     * header or footer added by the browser).
     *
     * @param html    the HTML file
     * @param pdf     where to write the PDF (replaced if present)
     * @param timeout how long the browser may take
     * @throws IOException when the browser cannot start, fails, times out or writes no PDF
     */
    public void printToPdf(Path html, Path pdf, Duration timeout) throws IOException {
        Path target = pdf.toAbsolutePath();
        Files.deleteIfExists(target);
        Output output = run(List.of("--no-pdf-header-footer", "--print-to-pdf=" + target), html, timeout);
        requireFile(target, "tệp PDF (PDF)", output);
    }

    /**
     * Runs the browser on one page with a fresh profile and no network traffic of its own.
     *
     * @return what the browser wrote
     */
    private Output run(List<String> action, Path html, Duration timeout) throws IOException {
        Path profile = Files.createTempDirectory("chuanmuc-chromium-profile");
        Path out = Files.createTempFile("chuanmuc-chromium", ".out");
        Path log = Files.createTempFile("chuanmuc-chromium", ".log");
        try {
            List<String> command = new ArrayList<>(List.of(browser.toString(), "--headless", "--no-sandbox",
                    "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--user-data-dir=" + profile));
            command.addAll(action);
            command.add(html.toAbsolutePath().toUri().toString());
            Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(log.toFile())
                    .start();
            boolean finished;
            try {
                finished = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
                throw new IOException("bị ngắt khi chờ Chromium (interrupted)", e);
            }
            if (!finished) {
                process.destroyForcibly();
                throw new IOException("Chromium chạy quá " + timeout.toSeconds() + " giây (timed out): "
                        + output(out, log));
            }
            if (process.exitValue() != 0) {
                throw new IOException("Chromium không hiển thị được trang (failed), mã thoát " + process.exitValue()
                        + ": " + output(out, log));
            }
            return new Output(Files.readString(out, StandardCharsets.UTF_8), Files.readString(log, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(log);
            deleteTree(profile);
        }
    }

    /** What one run of the browser wrote on stdout and stderr. */
    private record Output(String stdout, String log) {
    }

    private static void requireFile(Path file, String what, Output output) throws IOException {
        if (!Files.isRegularFile(file) || Files.size(file) == 0) {
            throw new IOException("Chromium không tạo được " + what + " (no output written): "
                    + (output.stdout() + output.log()).strip());
        }
    }

    private static String output(Path out, Path log) throws IOException {
        return (Files.readString(out, StandardCharsets.UTF_8) + Files.readString(log, StandardCharsets.UTF_8)).strip();
    }

    private static void deleteTree(Path dir) throws IOException {
        try (java.util.stream.Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (java.nio.file.NoSuchFileException gone) {
            // nothing left to delete
        }
    }

    /**
     * Command line: {@code ScreenshotRenderer REPORT.html OUT.png}. Exits 0 on success, 2 when the arguments
     * are wrong, Chromium is absent or the rendering fails; messages go to stderr.
     *
     * @param args the HTML file and the PNG to write
     */
    public static void main(String[] args) {
        if (args.length != 2) {
            System.err.println("Cách dùng (usage): ScreenshotRenderer REPORT.html OUT.png");
            System.exit(2);
        }
        Optional<ScreenshotRenderer> renderer = find();
        if (renderer.isEmpty()) {
            System.err.println("Không tìm thấy Chromium trên PATH (Chromium absent), cần một trong: "
                    + String.join(", ", BROWSER_NAMES));
            System.exit(2);
        }
        try {
            renderer.get().render(Path.of(args[0]), Path.of(args[1]), Duration.ofSeconds(60));
        } catch (IOException e) {
            System.err.println(e.getMessage());
            System.exit(2);
        }
        System.err.println("Đã ghi ảnh chụp (screenshot written): " + args[1]);
    }
}
