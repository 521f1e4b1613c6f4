package org.chuanmuc.assess.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.chuanmuc.assess.RuleBundle;
import org.chuanmuc.assess.RuleSource;
import org.chuanmuc.assess.internal.guard.RuleGuard;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The guard's verdict on the standard criteria, recorded when the project was built: the texts the sources were
 * translated to, which the guard and the parameter check passed, taken instead of translating and guarding the same
 * bytes again with the same code.
 *
 * <p>Why: translating and guarding the standard criteria (Drools' DRL parser run by the guard, the DSL expanded, the
 * parameter check) was about a third of a cold build, and both are functions of the sources' bytes and of the code
 * that runs them: on the same bytes, with the same code, they give the same texts and the same verdict.
 *
 * <p>When it is taken ({@link RuleCompiler}): only when every one of these holds, else the sources are translated
 * and guarded as any others are:
 * <ul>
 *   <li>no local folder, nothing that failed to read, no recorder of compiled classes, and the workbooks converted
 *       by this library's own look-up ({@link ConvertedTables#CLASS_PATH}), as at build time;</li>
 *   <li>a record exists for the rule set's SHA-256 (the bytes and file names of the sources), it is whole (an
 *       SHA-256 of the record is kept in it), and it names the same sources, with the same kinds and full names,
 *       in the same order; the rule set is not a criteria folder (version {@link RuleBundle#FOLDER_VERSION}: an exact
 *       copy loaded from a folder is guarded, wherever the folder is);</li>
 *   <li>the code that translated and guarded them is the same bytes: every class of this library (the translator,
 *       the guard, the parameter check, the model the guard checks rules against), Drools', POI's, ANTLR's, MVEL's
 *       and RE2/J's versions as the library's class loader finds them, and the builder's settings
 *       ({@code drools.*}, {@code kie.*} system properties and properties files);</li>
 *   <li>the recorded texts have the key the build saved the rule base under for these sources, and that rule base
 *       is read back ({@link SavedRuleBase}): the texts are never compiled from the record alone.</li>
 * </ul>
 * A rule file edited by one byte, renamed or read from elsewhere, a local folder, another version of this library or
 * of Drools: all go through the guard. Like the saved rule base, the record is read only from this library's class
 * path, which is trusted as its code is.
 *
 * <p>Layout on the class path: {@code META-INF/chuanmuc/rule-base/<sha256 of the sources>.guarded}.
 */
final class GuardVerdict {
    private static final Logger LOG = LoggerFactory.getLogger(GuardVerdict.class);

    /** File name ending of a record, after the rule set's SHA-256. */
    static final String SUFFIX = ".guarded";
    private static final String MAGIC = "chuanmuc guard verdict 2";
    /** Maven groups whose libraries translate or parse the rules for the guard: their versions are recorded. */
    private static final List<String> GROUPS = List.of("org.drools", "org.kie", "org.apache.poi", "org.antlr",
            "org.mvel", "com.google.re2j");
    /** The one library the record may never be made without: the parser the guard reads rules with. */
    private static final String PARSER = "META-INF/maven/org.drools/drools-drl-parser/pom.properties";
    private static final String CODE_PREFIX = "org/chuanmuc/";
    /**
     * What a record must check whatever else it lists: the guard, the translator, the parameter check, this class,
     * the parser's version and the builder's settings. A record listing less (an older or damaged writer) is not
     * "made with this code".
     */
    private static final List<String> REQUIRED = List.of(
            resource(RuleGuard.class), resource(SourceTranslator.class), resource(ParameterCheck.class),
            resource(GuardVerdict.class), PARSER, SavedRuleBase.SETTINGS);
    private static final int MAX_COUNT = 100_000;

    private static final AtomicInteger TAKEN = new AtomicInteger();

    private GuardVerdict() {
    }

    /** @return how many builds in this JVM took a recorded verdict instead of translating and guarding */
    static int taken() {
        return TAKEN.get();
    }

    /** Counts one build that took the recorded verdict. */
    static void countTaken() {
        TAKEN.incrementAndGet();
    }

    /**
     * @param lookup  where records are found
     * @param sources the rule set's SHA-256 ({@link RuleCompiler#sha256(RuleInput)})
     * @param base    the base sources, in the order given
     * @param key     the key the build saved the rule base of these sources under ({@link SavedRuleBase#key})
     * @return the texts the guard passed for exactly these sources with exactly this code; empty when there is no
     *         record or any of the conditions in the class doc fails
     */
    static Optional<List<DrlText>> read(SavedRuleBase.Lookup lookup, String sources, List<RuleSource> base,
                                        String key) {
        try {
            Optional<byte[]> record = lookup.guarded(sources);
            if (record.isEmpty()) {
                return Optional.empty();
            }
            Optional<List<DrlText>> texts = decode(record.get(), sources, names(base),
                    GuardVerdict.class.getClassLoader());
            if (texts.isPresent() && !SavedRuleBase.key(texts.get()).equals(key)) {
                LOG.debug("guard verdict for {} not used: its texts are not those of the saved rule base", sources);
                return Optional.empty();
            }
            return texts;
        } catch (IOException | RuntimeException | LinkageError e) {
            // a class missing or changed under the look-up is a reason to guard, never a failed build
            LOG.debug("guard verdict for {} not used: {}", sources, e.toString());
            return Optional.empty();
        }
    }

    /**
     * @param base the base sources, in order
     * @return each source's kind and full name: the same bytes under the same name but read as another kind
     *         translate to other texts, so the kind is part of what the verdict was given on
     */
    static List<String> names(List<RuleSource> base) {
        return base.stream().map(s -> s.kind() + " " + s.name()).toList();
    }

    /**
     * @param loader the loader the recorded code is looked up with: this library's
     * @return the texts, or empty when the record is of other sources or the code changed
     * @throws IOException when the record is damaged
     */
    static Optional<List<DrlText>> decode(byte[] content, String sources, List<String> names,
                                          ClassLoader loader) throws IOException {
        Record record = parse(content);
        if (!MAGIC.equals(record.magic()) || !sources.equals(record.sources())
                || !RuleGuard.LANGUAGE_LEVEL.name().equals(record.languageLevel())) {
            return Optional.empty();
        }
        List<String> missing = REQUIRED.stream().filter(r -> !record.dependencies().containsKey(r)).toList();
        if (!missing.isEmpty()) {
            LOG.debug("guard verdict for {} not used: it does not check {}", sources, missing);
            return Optional.empty();
        }
        if (!record.names().equals(names)) {
            LOG.debug("guard verdict for {} not used: recorded for sources named {}", sources, record.names());
            return Optional.empty();
        }
        Optional<String> changed = SavedRuleBase.changedDependency(record.dependencies(), loader);
        if (changed.isPresent()) {
            LOG.debug("guard verdict for {} not used: {} changed", sources, changed.get());
            return Optional.empty();
        }
        return Optional.of(record.texts());
    }

    /**
     * A record as written, nothing checked but its digest.
     *
     * @param magic         the format
     * @param sources       the rule set's SHA-256
     * @param languageLevel the DRL language level the guard parsed with
     * @param names         the base sources' kinds and names, in order ({@link #names})
     * @param dependencies  the code and settings the verdict depends on, with the SHA-256 of each then
     * @param texts         the texts the guard passed
     */
    record Record(String magic, String sources, String languageLevel, List<String> names,
                  Map<String, String> dependencies, List<DrlText> texts) {
    }

    /** @throws IOException when the record is damaged, truncated or longer than written */
    static Record parse(byte[] content) throws IOException {
        DataInputStream whole = new DataInputStream(new ByteArrayInputStream(content));
        String digest = whole.readUTF();
        byte[] payload = whole.readAllBytes();
        if (!digest.equals(Sha256.hex(payload))) {
            throw new IOException("damaged");
        }
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(payload));
        String magic = in.readUTF();
        String sources = in.readUTF();
        String languageLevel = in.readUTF();
        int nameCount = CompiledClasses.count(in, MAX_COUNT);
        List<String> names = new ArrayList<>();
        for (int i = 0; i < nameCount; i++) {
            names.add(readString(in));
        }
        int dependencyCount = CompiledClasses.count(in, MAX_COUNT);
        Map<String, String> dependencies = new TreeMap<>();
        for (int i = 0; i < dependencyCount; i++) {
            dependencies.put(in.readUTF(), in.readUTF());
        }
        int textCount = CompiledClasses.count(in, MAX_COUNT);
        List<DrlText> texts = new ArrayList<>();
        for (int i = 0; i < textCount; i++) {
            String name = readString(in);
            boolean local = in.readBoolean();
            texts.add(new DrlText(name, readString(in), local));
        }
        if (in.read() != -1) {
            throw new IOException("unexpected content");
        }
        return new Record(magic, sources, languageLevel, List.copyOf(names), dependencies, List.copyOf(texts));
    }

    /**
     * @param record what to write: {@link #save} writes this format, the guard's language level, and the code and
     *               settings of this build
     * @return the record's bytes
     */
    static byte[] encode(Record record) {
        ByteArrayOutputStream payload = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(payload)) {
            out.writeUTF(record.magic());
            out.writeUTF(record.sources());
            out.writeUTF(record.languageLevel());
            out.writeInt(record.names().size());
            for (String name : record.names()) {
                writeString(out, name);
            }
            Map<String, String> sorted = new TreeMap<>(record.dependencies());
            out.writeInt(sorted.size());
            for (Map.Entry<String, String> d : sorted.entrySet()) {
                out.writeUTF(d.getKey());
                out.writeUTF(d.getValue());
            }
            out.writeInt(record.texts().size());
            for (DrlText text : record.texts()) {
                writeString(out, text.sourceName());
                out.writeBoolean(text.local());
                writeString(out, text.drl());
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        byte[] written = payload.toByteArray();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeUTF(Sha256.hex(written));
            out.write(written);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * Records, at build time, the verdict on the sources the build compiled.
     *
     * @param folder  the class-path folder of saved rule bases
     * @param sources the rule set's SHA-256
     * @param base    the base sources, in order
     * @param drl     the texts the guard passed
     * @return the file written
     * @throws IOException when the library's code or the parser's version cannot be found, or writing fails
     */
    static Path save(Path folder, String sources, List<RuleSource> base, List<DrlText> drl)
            throws IOException {
        Path file = folder.resolve(sources + SUFFIX);
        Files.write(file, encode(new Record(MAGIC, sources, RuleGuard.LANGUAGE_LEVEL.name(), names(base),
                dependencies(GuardVerdict.class.getClassLoader()), drl)));
        return file;
    }

    /**
     * @param loader this library's class loader
     * @return every class of this library and the Maven descriptor of every library of {@link #GROUPS} on the class
     *         path, with the SHA-256 of their bytes as the loader finds them, and the builder's settings
     * @throws IOException when the library's classes or the parser's descriptor are not found
     */
    static Map<String, String> dependencies(ClassLoader loader) throws IOException {
        Map<String, String> dependencies = new TreeMap<>();
        for (String resource : classesOfThisLibrary()) {
            dependencies.put(resource, CompiledClasses.resourceDigest(loader, resource));
        }
        for (String entry : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
            Path jar = Path.of(entry.isEmpty() ? "." : entry);
            if (Files.isRegularFile(jar)) {
                try (JarFile file = new JarFile(jar.toFile())) {
                    for (Enumeration<JarEntry> e = file.entries(); e.hasMoreElements(); ) {
                        String name = e.nextElement().getName();
                        if (name.endsWith("/pom.properties") && GROUPS.stream()
                                .anyMatch(g -> name.startsWith("META-INF/maven/" + g + "/"))) {
                            dependencies.put(name, CompiledClasses.resourceDigest(loader, name));
                        }
                    }
                }
            }
        }
        dependencies.put(SavedRuleBase.SETTINGS, SavedRuleBase.settingsDigest(loader));
        for (String required : REQUIRED) {
            if (!dependencies.containsKey(required)) {
                throw new IOException("the record would not check " + required + ": not found on the class path");
            }
        }
        return dependencies;
    }

    /** @return the class files under {@value #CODE_PREFIX} of the folder or jar this class was loaded from */
    private static List<String> classesOfThisLibrary() throws IOException {
        Path location;
        try {
            location = Path.of(GuardVerdict.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException | RuntimeException e) {
            throw new IOException("where this library's classes are cannot be told", e);
        }
        List<String> classes = new ArrayList<>();
        if (Files.isDirectory(location)) {
            try (Stream<Path> files = Files.walk(location.resolve(CODE_PREFIX))) {
                files.filter(p -> p.toString().endsWith(".class"))
                        .forEach(p -> classes.add(location.relativize(p).toString().replace('\\', '/')));
            }
        } else {
            try (JarFile jar = new JarFile(location.toFile())) {
                jar.stream().map(JarEntry::getName)
                        .filter(n -> n.startsWith(CODE_PREFIX) && n.endsWith(".class")).forEach(classes::add);
            }
        }
        if (classes.stream().noneMatch(c -> c.equals(RuleGuard.class.getName().replace('.', '/') + ".class"))) {
            throw new IOException("the guard's classes are not in " + location);
        }
        return classes;
    }

    private static String resource(Class<?> type) {
        return type.getName().replace('.', '/') + ".class";
    }

    private static void writeString(DataOutputStream out, String s) throws IOException {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static String readString(DataInputStream in) throws IOException {
        int length = CompiledClasses.count(in, CompiledClasses.MAX_ENTRY_BYTES);
        byte[] bytes = in.readNBytes(length);
        if (bytes.length != length) {
            throw new IOException("truncated");
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
