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
 * {@link #BROWSER_NAMES}.
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
        Path log = Files.createTempFile("chuanmuc-chromium", ".log");
        try {
            List<String> command = new ArrayList<>(List.of(browser.toString(), "--headless", "--disable-gpu",
                    "--no-sandbox", "--no-first-run", "--hide-scrollbars", "--window-size=" + WINDOW_SIZE,
                    "--screenshot=" + target, html.toAbsolutePath().toUri().toString()));
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
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
                        + Files.readString(log, StandardCharsets.UTF_8));
            }
            if (process.exitValue() != 0 || !Files.isRegularFile(target) || Files.size(target) == 0) {
                throw new IOException("Chromium không tạo được ảnh chụp (no screenshot), mã thoát "
                        + process.exitValue() + ": " + Files.readString(log, StandardCharsets.UTF_8));
            }
        } finally {
            Files.deleteIfExists(log);
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
