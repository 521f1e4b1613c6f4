package org.chuanmuc.cli.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScreenshotTest {

    @TempDir
    Path dir;

    @Test
    void render_sampleReport_isNotBlank() throws IOException {
        Optional<ScreenshotRenderer> renderer = ScreenshotRenderer.find();
        if (renderer.isEmpty()) {
            Assumptions.assumeTrue(false, "Chromium không có trên máy (Chromium absent): bỏ qua kiểm tra ảnh chụp");
        }
        Path html = dir.resolve("bao-cao.html");
        Path png = dir.resolve("bao-cao.png");
        try (OutputStream out = Files.newOutputStream(html)) {
            HtmlReport.write(ReportFixtures.sample(), out);
        }

        renderer.get().render(html, png, Duration.ofSeconds(90));

        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image).isNotNull();
        assertThat(image.getWidth()).isEqualTo(1200);
        long nonWhite = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xFFFFFF) != 0xFFFFFF) {
                    nonWhite++;
                }
            }
        }
        // text, table borders and four bars per unit: far more than a blank page's zero
        assertThat(nonWhite).isGreaterThan(10_000L);
    }

    @Test
    void find_emptyPath_findsNothing() {
        assertThat(ScreenshotRenderer.find("")).isEmpty();
    }

    @Test
    void find_executableOnPath_isFound() throws IOException {
        Assumptions.assumeTrue(posix(), "cần hệ tệp POSIX (needs a POSIX file system)");
        Path browser = fakeBrowser("google-chrome", "exit 0");

        assertThat(ScreenshotRenderer.find(dir.resolve("missing") + java.io.File.pathSeparator + dir))
                .map(ScreenshotRenderer::browser).contains(browser);
    }

    @Test
    void render_browserFails_reportsItsOutput() throws IOException {
        Assumptions.assumeTrue(posix(), "cần hệ tệp POSIX (needs a POSIX file system)");
        fakeBrowser("chromium", "echo 'không mở được màn hình'; exit 3");
        ScreenshotRenderer renderer = ScreenshotRenderer.find(dir.toString()).orElseThrow();

        assertThatThrownBy(() -> renderer.render(dir.resolve("a.html"), dir.resolve("a.png"), Duration.ofSeconds(20)))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("mã thoát 3")
                .hasMessageContaining("không mở được màn hình");
    }

    private Path fakeBrowser(String name, String body) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, "#!/bin/sh\n" + body + "\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        return file;
    }

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }
}
