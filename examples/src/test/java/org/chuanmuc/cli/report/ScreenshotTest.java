package org.chuanmuc.cli.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.text.Normalizer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.chuanmuc.assess.Assessment;
import org.chuanmuc.assess.Assessor;
import org.chuanmuc.criteria.CriteriaCatalogue;
import org.chuanmuc.criteria.StandardCriteria;
import org.chuanmuc.io.DossierFile;
import org.chuanmuc.io.DossierReader;
import org.chuanmuc.model.Unit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML report of the bundled sample, opened in a real browser (headless Chromium): what a council member
 * sees on screen and on paper. Chromium must be installed ({@code .ci/run} installs it); without it the
 * tests are skipped on a developer's machine and fail in CI ({@code CI=true}).
 */
class ScreenshotTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(120);
    /** Appended to a copy of the report: records what the browser laid out, for --dump-dom to show. */
    private static final String MEASURE = """
            <script>
            document.body.setAttribute('data-measured', JSON.stringify({
              charset: document.characterSet,
              scrollWidth: document.documentElement.scrollWidth,
              innerWidth: window.innerWidth,
              units: [...document.querySelectorAll('section.unit')].map(s => ({
                unit: s.dataset.unitId,
                bars: [...s.querySelectorAll('g.bar-row')].map(g => {
                  const r = g.querySelector('rect.bar').getBoundingClientRect();
                  return {level: g.dataset.level, x: r.x, width: r.width, height: r.height,
                          count: Number(g.querySelector('text.count').textContent)};
                })
              }))
            }));
            </script>
            """;

    @TempDir
    static Path dir;
    private static ReportInput sample;
    private static Path html;

    @BeforeAll
    static void writeSampleReport() throws IOException {
        DossierFile file = DossierReader.withKnownSigns(CriteriaCatalogue.standard().signCodes())
                .read(Path.of("data", "sample-2025.json"));
        Assessor assessor = Assessor.builder().rules(StandardCriteria.rules()).build();
        List<Assessment> assessments = assessor.assessAll(file.dossiers()).assessments();
        List<ReportRow> rows = new ArrayList<>();
        for (int i = 0; i < assessments.size(); i++) {
            rows.add(new ReportRow(file.dossiers().get(i), assessments.get(i)));
        }
        sample = new ReportInput(file.period(), assessor.ruleSet(), rows, file.rejected());
        html = dir.resolve("bao-cao.html");
        try (OutputStream out = Files.newOutputStream(html)) {
            HtmlReport.write(sample, out);
        }
    }

    @Test
    void screenshot_sampleReport_isNotBlank() throws IOException {
        Path png = dir.resolve("bao-cao.png");

        browser().render(html, png, TIMEOUT);

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
    void renderedPage_showsEveryUnitEveryNameAndFitsTheWindow() throws IOException {
        Document page = Jsoup.parse(browser().dumpDom(measured(), TIMEOUT));
        JsonNode measured = new ObjectMapper().readTree(page.body().attr("data-measured"));

        assertThat(measured.path("charset").asText()).isEqualTo("UTF-8");
        assertThat(measured.path("scrollWidth").asInt()).as("nothing wider than the window")
                .isLessThanOrEqualTo(measured.path("innerWidth").asInt());
        List<String> headings = page.select("section.unit > h2").eachText();
        assertThat(headings).containsExactlyElementsOf(sample.rowsByUnit().values().stream()
                .map(rows -> heading(rows.get(0).dossier().unit())).toList());
        for (ReportRow row : sample.rows()) {
            Element tr = page.selectFirst("tr.officer[data-officer-id=" + row.assessment().officerId() + "]");
            assertThat(tr).as("row of %s", row.assessment().officerId()).isNotNull();
            assertThat(tr.selectFirst("td.name").text()).isEqualTo(row.dossier().officer().name());
        }
        assertThat(page.title()).isEqualTo("Báo cáo xếp loại chất lượng năm 2025");
    }

    @Test
    void renderedChart_barsAreInProportionToTheCounts() throws IOException {
        Document page = Jsoup.parse(browser().dumpDom(measured(), TIMEOUT));
        JsonNode units = new ObjectMapper().readTree(page.body().attr("data-measured")).path("units");

        Map<String, List<ReportRow>> byUnit = sample.rowsByUnit();
        assertThat(units).hasSize(byUnit.size());
        for (JsonNode unit : units) {
            List<ReportRow> rows = byUnit.get(unit.path("unit").asText());
            int max = 0;
            double widest = 0;
            // every officer of the unit is in one bar: a level, or not rated (in no level)
            assertThat(unit.path("bars").findValues("count").stream().mapToInt(JsonNode::asInt).sum())
                    .as("officers in the bars of %s", unit.path("unit")).isEqualTo(rows.size());
            for (JsonNode bar : unit.path("bars")) {
                long expected = bar.path("level").asText().equals("KHONG_XEP_LOAI")
                        ? rows.stream().filter(r -> r.assessment().notRated()).count()
                        : rows.stream().filter(r -> !r.assessment().notRated())
                        .filter(r -> r.assessment().rating().name().equals(bar.path("level").asText())).count();
                assertThat(bar.path("count").asLong()).as("count shown for %s", bar.path("level")).isEqualTo(expected);
                if (bar.path("count").asInt() > max) {
                    max = bar.path("count").asInt();
                    widest = bar.path("width").asDouble();
                }
            }
            assertThat(widest).as("longest bar of %s", unit.path("unit")).isGreaterThan(100);
            double left = unit.path("bars").get(0).path("x").asDouble();
            for (JsonNode bar : unit.path("bars")) {
                double proportional = widest * bar.path("count").asInt() / max;
                assertThat(bar.path("width").asDouble()).as("width of %s in %s", bar.path("level"), unit.path("unit"))
                        .isCloseTo(proportional, org.assertj.core.data.Offset.offset(1.0));
                assertThat(bar.path("x").asDouble()).isEqualTo(left);
                if (bar.path("count").asInt() > 0) {
                    assertThat(bar.path("height").asDouble()).isGreaterThan(10);
                }
            }
        }
    }

    @Test
    void printedPdf_hasAPagePerUnitAndNothingCutOff() throws IOException {
        Path pdf = dir.resolve("bao-cao.pdf");

        browser().printToPdf(html, pdf, TIMEOUT);

        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertThat(document.getNumberOfPages()).isGreaterThanOrEqualTo(sample.rowsByUnit().size());
            String visible = compact(visibleText(document));
            for (List<ReportRow> rows : sample.rowsByUnit().values()) {
                assertThat(visible).contains(compact(heading(rows.get(0).dossier().unit())));
            }
            ReportRow last = sample.rows().get(sample.rows().size() - 1);
            assertThat(visible).as("the last officer, every cell inside the page")
                    .contains(compact(last.assessment().officerId() + last.dossier().officer().name()))
                    .contains(compact(last.assessment().ratingLabel()));
            assertThat(visible).contains(compact("Bộ quy tắc: " + sample.ruleSet().name()));
            // every character of the page's text is printed: the browser leaves out what falls beyond an edge
            Document page = Jsoup.parse(html.toFile(), "UTF-8");
            page.select("nav, svg title").remove(); // not printed by design: the contents list, chart tooltips
            assertThat(missing(compact(page.body().text()), visible)).as("characters missing from the PDF").isEmpty();
        }
    }

    @Test
    void find_emptyPath_findsNothing() {
        assertThat(ScreenshotRenderer.find("")).isEmpty();
    }

    @Test
    void find_executableOnPath_isFound() throws IOException {
        Path bin = Files.createDirectories(dir.resolve("bin-find"));
        Path browser = fakeBrowser(bin, "google-chrome", "exit 0");

        assertThat(ScreenshotRenderer.find(bin.resolve("missing") + java.io.File.pathSeparator + bin))
                .map(ScreenshotRenderer::browser).contains(browser);
    }

    @Test
    void render_browserFails_reportsItsOutput() throws IOException {
        Path bin = Files.createDirectories(dir.resolve("bin-fails"));
        fakeBrowser(bin, "chromium", "echo 'không mở được màn hình'; exit 3");
        ScreenshotRenderer renderer = ScreenshotRenderer.find(bin.toString()).orElseThrow();

        assertThatThrownBy(() -> renderer.render(bin.resolve("a.html"), bin.resolve("a.png"), Duration.ofSeconds(20)))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("mã thoát 3")
                .hasMessageContaining("không mở được màn hình");
    }

    /**
     * @return the installed Chromium; in CI its absence fails the test, elsewhere it skips it
     */
    private static ScreenshotRenderer browser() {
        Optional<ScreenshotRenderer> renderer = ScreenshotRenderer.find();
        if (renderer.isEmpty()) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail("Chromium không có trên máy CI (Chromium missing in CI): .ci/run phải cài gói chromium");
            }
            Assumptions.abort("Chromium không có trên máy (Chromium absent): cài bằng apt-get install chromium");
        }
        return renderer.get();
    }

    /** @return a copy of the report with the measuring script */
    private static Path measured() throws IOException {
        Path copy = dir.resolve("bao-cao-do.html");
        String page = Files.readString(html, StandardCharsets.UTF_8);
        Files.writeString(copy, page.replace("</body>", MEASURE + "</body>"), StandardCharsets.UTF_8);
        return copy;
    }

    /** @return the text that lies inside each page's visible area, page after page */
    private static String visibleText(PDDocument document) throws IOException {
        StringBuilder text = new StringBuilder();
        for (PDPage page : document.getPages()) {
            PDRectangle box = page.getCropBox();
            PDFTextStripperByArea stripper = new PDFTextStripperByArea();
            stripper.addRegion("page", new Rectangle2D.Float(0, 0, box.getWidth(), box.getHeight()));
            stripper.extractRegions(page);
            text.append(stripper.getTextForRegion("page")).append('\n');
        }
        return text.toString();
    }

    /** @return the characters of {@code expected} that {@code actual} lacks, counting repeats */
    private static String missing(String expected, String actual) {
        Map<Integer, Integer> left = new java.util.HashMap<>();
        actual.codePoints().forEach(c -> left.merge(c, 1, Integer::sum));
        StringBuilder missing = new StringBuilder();
        expected.codePoints().forEach(c -> {
            if (left.merge(c, -1, Integer::sum) < 0) {
                missing.appendCodePoint(c);
            }
        });
        return missing.toString();
    }

    /** Text compared without white space (line breaks fall anywhere) and in one Unicode form. */
    private static String compact(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC).replaceAll("\\s+", "");
    }

    private static String heading(Unit unit) {
        return ReportText.unitHeading(unit.id(), unit.name());
    }

    private static Path fakeBrowser(Path bin, String name, String body) throws IOException {
        Path file = bin.resolve(name);
        Files.writeString(file, "#!/bin/sh\n" + body + "\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        return file;
    }
}
