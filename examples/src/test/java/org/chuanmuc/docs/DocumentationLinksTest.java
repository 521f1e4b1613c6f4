package org.chuanmuc.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The documentation is self-contained: every relative link of {@code README.md} and {@code docs/*.md} points
 * to a file or folder of this repository, and none leads outside it.
 */
class DocumentationLinksTest {
    /** The repository root: tests run in the {@code examples} module's folder. */
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    /** {@code [text](target)} and {@code ![alt](target "title")}; the target ends at a space or ')'. */
    private static final Pattern INLINE = Pattern.compile("!?\\[[^\\]]*]\\(\\s*<?([^)\\s>]+)>?(?:\\s+\"[^\"]*\")?\\s*\\)");
    /** {@code [label]: target} */
    private static final Pattern REFERENCE = Pattern.compile("^\\s{0,3}\\[[^\\]]+]:\\s*<?(\\S+?)>?(?:\\s.*)?$");
    /** {@code src="…"} or {@code href="…"} in inline HTML. */
    private static final Pattern HTML = Pattern.compile("(?:src|href)=\"([^\"]+)\"");

    @Test
    void everyRelativeLink_resolvesToAFileInsideTheRepository() throws IOException {
        List<Path> pages = pages();
        assertThat(pages).extracting(p -> ROOT.relativize(p).toString().replace('\\', '/'))
                .contains("README.md", "docs/formats.md", "docs/cli.md");
        List<String> broken = new ArrayList<>();
        int checked = 0;
        for (Path page : pages) {
            for (Link link : links(page)) {
                if (isExternal(link.target())) {
                    continue;
                }
                checked++;
                String path = link.target().replaceFirst("#.*$", "");
                if (path.isEmpty()) {
                    continue; // an anchor in the same page
                }
                Path resolved = (path.startsWith("/") ? ROOT.resolve(path.substring(1))
                        : page.getParent().resolve(path)).normalize();
                if (path.startsWith("/") || !resolved.startsWith(ROOT)) {
                    broken.add(link + ": leads outside the repository");
                } else if (!Files.exists(resolved)) {
                    broken.add(link + ": no such file " + ROOT.relativize(resolved));
                }
            }
        }
        assertThat(broken).as("links checked: %d", checked).isEmpty();
        assertThat(checked).isGreaterThanOrEqualTo(5);
    }

    @Test
    void linkCheck_findsBrokenAndEscapingLinks() throws IOException {
        Path page = Files.createTempFile("links", ".md");
        try {
            Files.writeString(page, """
                    See [the format](../shared/spec/dossier-format.md), ![shot](docs/a.png "title"),
                    [site](https://example.org) and <img src="x.png">.

                    ```sh
                    [not a link](inside/a/code/block)
                    ```
                    [ref]: docs/cli.md#commands
                    """);
            assertThat(links(page)).extracting(Link::target).containsExactly("../shared/spec/dossier-format.md",
                    "docs/a.png", "https://example.org", "x.png", "docs/cli.md#commands");
        } finally {
            Files.delete(page);
        }
    }

    private record Link(Path page, int line, String target) {
        @Override
        public String toString() {
            return ROOT.relativize(page) + ":" + line + ": " + target;
        }
    }

    private static List<Path> pages() throws IOException {
        List<Path> pages = new ArrayList<>(List.of(ROOT.resolve("README.md")));
        try (Stream<Path> docs = Files.walk(ROOT.resolve("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(pages::add);
        }
        return pages;
    }

    /** @return every link of a Markdown page outside fenced code blocks and inline code */
    private static List<Link> links(Path page) throws IOException {
        List<Link> links = new ArrayList<>();
        List<String> lines = Files.readAllLines(page, StandardCharsets.UTF_8);
        boolean fenced = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.strip().startsWith("```")) {
                fenced = !fenced;
                continue;
            }
            if (fenced) {
                continue;
            }
            String text = line.replaceAll("`[^`]*`", "``");
            for (Pattern pattern : List.of(INLINE, REFERENCE, HTML)) {
                Matcher m = pattern.matcher(text);
                while (m.find()) {
                    links.add(new Link(page, i + 1, m.group(1)));
                }
            }
        }
        return links;
    }

    private static boolean isExternal(String target) {
        return target.matches("(?i)^(https?|mailto|ftp):.*");
    }
}
