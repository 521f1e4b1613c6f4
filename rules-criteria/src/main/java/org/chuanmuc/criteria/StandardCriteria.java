package org.chuanmuc.criteria;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.chuanmuc.assess.Diagnostic;
import org.chuanmuc.assess.RuleBundle;
import org.chuanmuc.assess.RuleCompilationException;
import org.chuanmuc.assess.RuleSource;
import org.chuanmuc.model.Criterion;

/**
 * The published criteria as a rule bundle: the 27 signs of Nghị quyết 04-NQ/TW, the CAND style
 * criteria, “4 biết”, Sáu điều Bác Hồ dạy CAND, discipline, and the rating decision tables of Nghị định
 * 90/2020 (amended by 48/2023, years up to 2025) and Nghị định 335/2025 (years from 2026).
 *
 * <pre>{@code
 * Assessor assessor = Assessor.builder().rules(StandardCriteria.rules()).build();
 * }</pre>
 *
 * <p>Policy staff who want to change the criteria themselves get a copy of the files with
 * {@link #writeTo(Path)}, edit it, and load the edited folder with {@link #fromFolder(Path)} in place of
 * {@link #rules()}: it is guarded and compiled exactly like the standard criteria.
 */
public final class StandardCriteria {
    /** The rule set's name in every assessment's audit trail. */
    public static final String NAME = "chuanmuc-standard";
    /** The rule set's version; raised whenever a rule file or table changes. */
    public static final String VERSION = "2026.12.1";
    /** Folder of the rule files on the classpath. */
    public static final String FOLDER = "org/chuanmuc/criteria/";
    /** The file that lists the rule files in load order, in the class path folder and in a criteria folder. */
    public static final String SOURCES_FILE = "sources.txt";

    /** How deep below the criteria folder rule files are looked for (to report them: they are not loaded). */
    private static final int MAX_SUBFOLDER_DEPTH = 8;
    /** The version given to a criteria folder: the SHA-256 of its files identifies it. */
    public static final String FOLDER_VERSION = RuleBundle.FOLDER_VERSION;
    private static final String INDEX = FOLDER + SOURCES_FILE;

    private StandardCriteria() {
    }

    /**
     * @return the standard rule files with the catalogue
     * @throws IllegalStateException when a bundled file is missing (a packaging error)
     */
    public static RuleBundle rules() {
        ClassLoader loader = StandardCriteria.class.getClassLoader();
        List<RuleSource> sources = sourceNames().stream()
                .map(name -> RuleSource.fromClasspath(FOLDER + name, loader))
                .toList();
        return new RuleBundle(NAME, VERSION, sources, CriteriaCatalogue.standard().all());
    }

    /**
     * Loads an edited criteria folder as a bundle to use in place of {@link #rules()}: its
     * {@value CriteriaCatalogue#FILE_NAME}, and the rule files that its {@value #SOURCES_FILE} lists, in that
     * order (without a {@value #SOURCES_FILE}: every rule file of the folder, by name). The bundle's name
     * is the folder's name and its version {@value #FOLDER_VERSION}; every assessment's audit trail also
     * carries the SHA-256 of the files. Nothing is compiled here: {@code Assessor.Builder.build()} guards
     * and compiles the files.
     *
     * @param folder a folder as written by {@link #writeTo(Path)}, possibly edited
     * @return the folder's rules and catalogue
     * @throws RuleCompilationException with one {@link Diagnostic} per problem, naming the file (and the line
     *                                  when there is one) and what was expected: the folder or its catalogue
     *                                  missing, a catalogue entry malformed, a file listed in
     *                                  {@value #SOURCES_FILE} missing, a rule file present but not listed, or
     *                                  one in a subfolder (either would otherwise be ignored silently)
     */
    public static RuleBundle fromFolder(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new RuleCompilationException(List.of(new Diagnostic(folder.toString(), 0, 0,
                    "không có thư mục tiêu chí (criteria folder not found): expected a folder written by"
                            + " export-criteria, holding " + CriteriaCatalogue.FILE_NAME + " and the rule files")));
        }
        List<Diagnostic> problems = new ArrayList<>();
        List<Criterion> criteria = List.of();
        try {
            criteria = CriteriaCatalogue.read(folder.resolve(CriteriaCatalogue.FILE_NAME)).all();
        } catch (RuleCompilationException e) {
            problems.addAll(e.diagnostics());
        }
        List<Path> files = ruleFiles(folder, problems);
        if (files.isEmpty() && problems.isEmpty()) {
            problems.add(new Diagnostic(folder.toString(), 0, 0, "thư mục không có tệp quy tắc nào (no rule files:"
                    + " expected .drl, .dsl, .dslr or .xlsx files)"));
        }
        if (!problems.isEmpty()) {
            throw new RuleCompilationException(problems);
        }
        List<RuleSource> sources = files.stream().map(RuleSource::fromFile).toList();
        Path name = folder.toAbsolutePath().normalize().getFileName();
        return new RuleBundle(name == null ? folder.toString() : name.toString(), FOLDER_VERSION, sources, criteria);
    }

    /** @return the folder's rule files, in the order of its sources.txt, or by name without one */
    private static List<Path> ruleFiles(Path folder, List<Diagnostic> problems) {
        SortedSet<String> present = new TreeSet<>();
        try (Stream<Path> list = Files.list(folder)) {
            list.filter(Files::isRegularFile).map(f -> f.getFileName().toString())
                    .filter(n -> RuleSource.Kind.ofFileName(n).isPresent()).forEach(present::add);
        } catch (IOException e) {
            problems.add(new Diagnostic(folder.toString(), 0, 0, "không đọc được thư mục (cannot list the folder): " + e));
            return List.of();
        }
        inSubfolders(folder, problems);
        Path index = folder.resolve(SOURCES_FILE);
        if (!Files.exists(index)) {
            return present.stream().map(folder::resolve).toList();
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(index, StandardCharsets.UTF_8);
        } catch (IOException e) {
            problems.add(new Diagnostic(index.toString(), 0, 0, "không đọc được (cannot read): " + e));
            return List.of();
        }
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            // Notepad may save the list with a byte-order mark: it is not part of the first name or comment
            String entry = (i == 0 && lines.get(i).startsWith("\uFEFF") ? lines.get(i).substring(1) : lines.get(i))
                    .strip();
            if (entry.isEmpty() || entry.startsWith("#")) {
                continue;
            }
            if (RuleSource.Kind.ofFileName(entry).isEmpty() || entry.contains("/") || entry.contains("\\")) {
                problems.add(new Diagnostic(index.toString(), i + 1, 1, "\"" + entry + "\" không phải tên một tệp quy"
                        + " tắc trong thư mục (expected the name of a .drl, .dsl, .dslr or .xlsx file of this folder)"));
            } else if (!present.remove(entry)) {
                problems.add(new Diagnostic(index.toString(), i + 1, 1, "không có tệp \"" + entry + "\" trong thư mục"
                        + " hoặc tệp được ghi hai lần (listed file missing from the folder, or listed twice)"));
            } else {
                files.add(folder.resolve(entry));
            }
        }
        for (String unlisted : present) {
            problems.add(new Diagnostic(folder.resolve(unlisted).toString(), 0, 0, "tệp quy tắc không có trong "
                    + SOURCES_FILE + " nên sẽ không được nạp (rule file not listed in " + SOURCES_FILE
                    + "): add its name there, or move it out of the folder"));
        }
        return files;
    }

    /**
     * Reports every rule file below a subfolder of the criteria folder: only the folder's own files are loaded, and
     * a rule file put in a subfolder would otherwise look loaded and never run. Hidden folders (a name starting with
     * a dot, as {@code .git}) are not looked into; links are not followed.
     */
    private static void inSubfolders(Path folder, List<Diagnostic> problems) {
        // walked from the real folder: a walk that starts at a link to a folder does not go into it (links inside
        // are still not followed); the files are named as under the folder given
        Path real;
        try {
            real = folder.toRealPath();
        } catch (IOException e) {
            real = folder;
        }
        Path start = real;
        try (Stream<Path> below = Files.walk(start, MAX_SUBFOLDER_DEPTH)) {
            // the walk starts with the folder itself, which has no parent when named by one relative segment
            below.filter(p -> !start.equals(p.getParent()) && Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
                    .filter(p -> RuleSource.Kind.ofFileName(p.getFileName().toString()).isPresent())
                    .filter(p -> !hidden(start.relativize(p.getParent())))
                    .map(p -> folder.resolve(start.relativize(p)))
                    .sorted()
                    .forEach(p -> problems.add(new Diagnostic(p.toString(), 0, 0, "tệp quy tắc nằm trong thư mục con"
                            + " nên sẽ không được nạp (rule file in a subfolder is not loaded): move it into "
                            + folder + " and list it in " + SOURCES_FILE + ", or give its folder with --rules")));
        } catch (IOException | UncheckedIOException e) {
            problems.add(new Diagnostic(folder.toString(), 0, 0, "không đọc được thư mục (cannot list the folder): "
                    + e.getMessage()));
        }
    }

    /** @return whether a segment of the relative path names a hidden folder */
    private static boolean hidden(Path relative) {
        for (Path segment : relative) {
            if (segment.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Writes the standard criteria into a folder that policy staff can edit and load with
     * {@link #fromFolder(Path)}: every rule file, {@value CriteriaCatalogue#FILE_NAME} and
     * {@value #SOURCES_FILE}, byte for byte as bundled. Creates the folder when missing and replaces files of
     * the same names, each one whole or not at all (a failed or killed export leaves every file either as it was or
     * complete); other files in it are left alone.
     *
     * @param folder where to write
     * @return the files written, in load order, then the catalogue and the list
     * @throws UncheckedIOException when a file cannot be written
     */
    public static List<Path> writeTo(Path folder) {
        List<String> names = new ArrayList<>(sourceNames());
        names.add(CriteriaCatalogue.FILE_NAME);
        names.add(SOURCES_FILE);
        List<Path> written = new ArrayList<>();
        ClassLoader loader = StandardCriteria.class.getClassLoader();
        try {
            Files.createDirectories(folder);
            for (String name : names) {
                try (InputStream in = loader.getResourceAsStream(FOLDER + name)) {
                    if (in == null) {
                        throw new IllegalStateException("missing resource " + FOLDER + name);
                    }
                    Path target = folder.resolve(name);
                    replace(target, in.readAllBytes());
                    written.add(target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("không ghi được thư mục tiêu chí (cannot write the criteria folder) "
                    + folder, e);
        }
        return List.copyOf(written);
    }

    /**
     * Writes a file whole or not at all: a temporary file beside it, forced to disk, then renamed over it in one
     * step, so an edited file that a failed or killed export meets keeps its earlier content.
     */
    private static void replace(Path target, byte[] content) throws IOException {
        Path temporary = target.resolveSibling("." + target.getFileName() + "." + ProcessHandle.current().pid()
                + ".chuanmuc-tmp");
        try {
            try (java.nio.channels.FileChannel channel = java.nio.channels.FileChannel.open(temporary,
                    java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.TRUNCATE_EXISTING,
                    java.nio.file.StandardOpenOption.WRITE)) {
                java.nio.ByteBuffer buffer = java.nio.ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            Files.move(temporary, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** @return the file names of the bundled rule sources, in load order (read from {@code sources.txt}) */
    public static List<String> sourceNames() {
        try (InputStream in = StandardCriteria.class.getClassLoader().getResourceAsStream(INDEX)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + INDEX);
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + INDEX, e);
        }
    }
}
