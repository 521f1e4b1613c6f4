package org.chuanmuc.assess.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.chuanmuc.assess.Diagnostic;
import org.chuanmuc.assess.RuleSource;

/**
 * Decision tables converted to DRL when the criteria were built, found by the SHA-256 of the workbook's bytes.
 *
 * <p>Why: converting the standard workbook (Apache POI, the canonical copy, Drools' spreadsheet compiler) was
 * about a third of a cold rule-base build. The build runs {@link #main} on the standard workbook; at run time a
 * workbook whose bytes have the same SHA-256 takes the DRL converted then, and any other workbook (an edited copy)
 * is converted as before. The result is the same text either way: the conversion is the same code, and a test of
 * the criteria module checks the shipped text against a fresh conversion. The shipped text is rule text like any
 * other: the guard examines it before the compiler sees it.
 *
 * <p>Layout on the class path, under {@value #FOLDER}{@code <sha256>/}: {@value #INDEX}, whose first line is
 * {@code sha256 <hex>} and whose other lines name the worksheets in workbook order, and {@code 1.drl},
 * {@code 2.drl}, … with each worksheet's DRL (UTF-8). An entry that is incomplete, or whose first line names
 * another SHA-256, is not used.
 */
public final class ConvertedTables {
    /** Class-path folder of the converted tables. */
    static final String FOLDER = "META-INF/chuanmuc/converted-tables/";
    /** Each table's list of worksheets. */
    static final String INDEX = "sheets.txt";
    private static final String SHA_PREFIX = "sha256 ";
    /** How many workbooks took a shipped conversion: lets tests observe the shortcut. */
    private static final AtomicInteger USED = new AtomicInteger();

    /** Where converted tables are looked up. */
    @FunctionalInterface
    interface Lookup {
        /**
         * @param sha256 lower-case hex SHA-256 of a workbook's bytes
         * @return its worksheets converted, or empty to convert the workbook
         */
        Optional<List<Sheet>> find(String sha256);
    }

    /** No converted tables: every workbook is converted. */
    static final Lookup NONE = sha256 -> Optional.empty();

    /** The converted tables on the class path of this library. */
    static final Lookup CLASS_PATH = sha256 -> read(ConvertedTables.class.getClassLoader(), sha256);

    /**
     * One worksheet converted.
     *
     * @param name the worksheet's name
     * @param drl  its DRL
     */
    record Sheet(String name, String drl) {
    }

    private ConvertedTables() {
    }

    /** @return how many workbooks took a shipped conversion in this JVM so far */
    static int used() {
        return USED.get();
    }

    static void countUse() {
        USED.incrementAndGet();
    }

    /** Reads one converted table; anything missing or not matching gives empty (the workbook is then converted). */
    static Optional<List<Sheet>> read(ClassLoader loader, String sha256) {
        if (loader == null) {
            return Optional.empty();
        }
        String folder = FOLDER + sha256 + "/";
        Optional<String> index = resource(loader, folder + INDEX);
        if (index.isEmpty()) {
            return Optional.empty();
        }
        List<String> lines = index.get().lines().toList();
        if (lines.isEmpty() || !lines.get(0).equals(SHA_PREFIX + sha256) || lines.size() < 2) {
            return Optional.empty();
        }
        List<Sheet> sheets = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            Optional<String> drl = resource(loader, folder + i + ".drl");
            if (drl.isEmpty()) {
                return Optional.empty();
            }
            sheets.add(new Sheet(lines.get(i), drl.get()));
        }
        return Optional.of(List.copyOf(sheets));
    }

    private static Optional<String> resource(ClassLoader loader, String name) {
        try (InputStream in = loader.getResourceAsStream(name)) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            return Optional.empty(); // converting the workbook gives the same rules, only later
        }
    }

    /**
     * Converts workbooks at build time into a class-path folder, replacing what an earlier build put there. A
     * workbook whose conversion reports any problem is left out (it is converted at run time, where its
     * diagnostics are reported), and so is one with a worksheet name that cannot stand on one line.
     *
     * <pre>java … org.chuanmuc.assess.internal.ConvertedTables target/classes a.xlsx b.xlsx</pre>
     *
     * @param args the output folder (the class-path root), then the workbook files
     * @throws IOException when a file cannot be read or written
     */
    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            throw new IllegalArgumentException("usage: ConvertedTables <class-path root> <workbook.xlsx>...");
        }
        Path root = Path.of(args[0]).resolve(FOLDER);
        deleteTree(root);
        for (int a = 1; a < args.length; a++) {
            Path file = Path.of(args[a]);
            byte[] content = Files.readAllBytes(file);
            List<Diagnostic> problems = new ArrayList<>();
            List<DrlText> converted = new ArrayList<>();
            SourceTranslator.convert(new RuleSource(file.getFileName().toString(), RuleSource.Kind.XLSX, content),
                    false, NONE, problems, converted);
            String prefix = file.getFileName() + "[";
            boolean oneLineNames = converted.stream().allMatch(t -> sheetName(t, prefix).lines().count() == 1);
            if (!problems.isEmpty() || converted.isEmpty() || !oneLineNames) {
                System.err.println("[chuanmuc] " + file + " is not converted ahead: " + problems);
                continue;
            }
            String sha256 = Sha256.hex(content);
            Path folder = Files.createDirectories(root.resolve(sha256));
            StringBuilder index = new StringBuilder(SHA_PREFIX).append(sha256).append('\n');
            for (int i = 0; i < converted.size(); i++) {
                index.append(sheetName(converted.get(i), prefix)).append('\n');
                Files.writeString(folder.resolve((i + 1) + ".drl"), converted.get(i).drl(), StandardCharsets.UTF_8);
            }
            Files.writeString(folder.resolve(INDEX), index, StandardCharsets.UTF_8);
        }
    }

    private static String sheetName(DrlText text, String prefix) {
        String name = text.sourceName();
        return name.substring(prefix.length(), name.length() - 1);
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
