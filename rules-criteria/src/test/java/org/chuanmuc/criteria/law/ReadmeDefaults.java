package org.chuanmuc.criteria.law;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The project defaults named in the README's table "Legal basis and project defaults": the backticked codes
 * in the "where" column of every row whose status says "project default". A Không hoàn thành that no decree
 * condition explains must come from one of them.
 */
final class ReadmeDefaults {
    static final String HEADING = "## Legal basis and project defaults";
    private static final Pattern BACKTICKED = Pattern.compile("`([^`]+)`");

    private ReadmeDefaults() {
    }

    /** @return the README of the repository, found from the working directory upwards */
    static Path readme() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            Path candidate = dir.resolve("README.md");
            if (Files.isRegularFile(candidate) && read(candidate).contains(HEADING)) {
                return candidate;
            }
            dir = dir.getParent();
        }
        throw new IllegalStateException("no README.md with \"" + HEADING + "\" above " + Path.of("").toAbsolutePath());
    }

    /** @return the codes, in table order */
    static Set<String> codes(Path readme) {
        return parse(read(readme));
    }

    static Set<String> parse(String markdown) {
        int start = markdown.indexOf(HEADING);
        if (start < 0) {
            throw new IllegalStateException("the README has no section \"" + HEADING + "\"");
        }
        Set<String> codes = new LinkedHashSet<>();
        boolean inTable = false;
        for (String line : markdown.substring(start + HEADING.length()).lines().toList()) {
            if (line.startsWith("## ")) {
                break;
            }
            if (!line.startsWith("|")) {
                if (inTable) {
                    break;
                }
                continue;
            }
            inTable = true;
            List<String> cells = List.of(line.substring(1).split("\\|", -1));
            if (cells.size() < 3 || !cells.get(1).contains("project default")) {
                continue;
            }
            Matcher m = BACKTICKED.matcher(cells.get(2));
            while (m.find()) {
                codes.add(m.group(1).strip());
            }
        }
        if (codes.isEmpty()) {
            throw new IllegalStateException("the README's table \"" + HEADING.substring(3) + "\" names no project default");
        }
        return codes;
    }

    /** @return the leading code of a rule name: "TG-6T dưới 6 tháng…" → "TG-6T" */
    static String leadingCode(String ruleName) {
        String first = ruleName.strip().split("[\\s:]", 2)[0];
        return first;
    }

    private static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
