package org.chuanmuc.assess;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Test rule files on the class path, read as rule sources named by their file name. */
public final class RuleFiles {

    private RuleFiles() {
    }

    /** @return the files of a class-path folder whose names end with one of the extensions, sorted */
    public static List<Path> list(String folder, String... extensions) {
        URL url = RuleFiles.class.getClassLoader().getResource(folder);
        if (url == null) {
            throw new IllegalArgumentException("no test resource folder " + folder);
        }
        try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
            return files.filter(f -> Stream.of(extensions).anyMatch(e -> f.getFileName().toString().endsWith(e)))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** @return the file as UTF-8 text */
    public static String text(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @return the file as a source named by its file name; a {@code .dslr} comes with the {@code .dsl} of the same
     *         base name when there is one
     */
    public static List<RuleSource> sources(Path file) {
        String name = file.getFileName().toString();
        RuleSource.Kind kind = RuleSource.Kind.ofFileName(name).orElseThrow();
        List<RuleSource> sources = new ArrayList<>();
        sources.add(RuleSource.of(name, kind, text(file)));
        if (kind == RuleSource.Kind.DSLR) {
            Path dsl = file.resolveSibling(name.substring(0, name.length() - ".dslr".length()) + ".dsl");
            if (Files.exists(dsl)) {
                sources.add(RuleSource.of(dsl.getFileName().toString(), RuleSource.Kind.DSL, text(dsl)));
            }
        }
        return sources;
    }
}
