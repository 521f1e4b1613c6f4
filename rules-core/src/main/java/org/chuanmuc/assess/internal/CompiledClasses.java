package org.chuanmuc.assess.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.chuanmuc.assess.RuleBundle;
import org.chuanmuc.assess.RuleSource;
import org.drools.compiler.builder.impl.KnowledgeBuilderConfigurationImpl;
import org.drools.compiler.compiler.Dialect;
import org.drools.compiler.compiler.PackageRegistry;
import org.drools.base.definitions.InternalKnowledgePackage;
import org.drools.mvel.java.JavaDialect;
import org.drools.mvel.java.JavaForMvelDialectConfiguration;
import org.drools.util.PortablePath;
import org.kie.internal.builder.KnowledgeBuilderConfiguration;
import org.kie.memorycompiler.CompilationProblem;
import org.kie.memorycompiler.CompilationResult;
import org.kie.memorycompiler.JavaCompiler;
import org.kie.memorycompiler.JavaCompilerSettings;
import org.kie.memorycompiler.resources.ResourceReader;
import org.kie.memorycompiler.resources.ResourceStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Java classes that Drools generates for rules (consequences, evals, expressions of {@code from} and
 * {@code accumulate}), compiled when the criteria were built, and taken instead of compiling them again when nothing
 * they were compiled from has changed.
 *
 * <p>Why: compiling those classes with the Eclipse compiler was close to half of a cold rule-base build. The build
 * runs {@link #main} on the standard criteria and keeps, for every batch of classes Drools compiled, the bytes the
 * compiler produced. At run time Drools hands the same batch to the compiler; the batch is taken from the class
 * path only when all of this is byte for byte the same as when it was recorded:
 * <ul>
 *   <li>the Java source of every class of the batch (Drools writes it from the rule text, after the guard has
 *       examined that text) and the Java language level;</li>
 *   <li>every class the compiler looked up outside the Java platform (the model, Drools' own classes), and every
 *       name it looked up and did not find, since a class that appears later could change what a name means (the
 *       platform's own classes are left out: classes compiled against one Java version run on a later one, as any
 *       library's do);</li>
 *   <li>every class of the same package compiled before in the same build that the compiler read.</li>
 * </ul>
 * Otherwise the batch is compiled as before. So the classes taken are those the compiler would produce; nothing
 * runs that the guard did not see, and an edited rule is always compiled. A shipped entry that cannot be read is
 * ignored. If Drools' internals are not as expected (another Drools version), nothing is cached.
 *
 * <p>Layout on the class path: {@value #FOLDER}{@code <key>.bin}, where the key is the SHA-256 of the batch's
 * language level, class names and sources.
 */
public final class CompiledClasses {
    private static final Logger LOG = LoggerFactory.getLogger(CompiledClasses.class);

    /** Class-path folder of the recorded batches. */
    static final String FOLDER = "META-INF/chuanmuc/compiled-classes/";
    private static final String MAGIC = "chuanmuc compiled classes 1";
    /** Recorded in place of a digest for a name that was looked up and not found. */
    private static final String ABSENT = "-";
    static final String STORE = "store:";
    /** The largest recorded entry read (and the largest count in one). */
    static final int MAX_ENTRY_BYTES = 64 << 20;

    private static final AtomicInteger TAKEN = new AtomicInteger();
    private static final AtomicInteger COMPILED = new AtomicInteger();

    /** Where recorded batches are looked up. */
    @FunctionalInterface
    interface Lookup {
        /**
         * @param key the batch's key
         * @return the batch recorded under that key, or empty to compile it
         */
        Optional<Batch> find(String key);
    }

    /** No recorded batches: everything is compiled. */
    static final Lookup NONE = key -> Optional.empty();

    /** The batches recorded on the class path of this library. */
    static final Lookup CLASS_PATH = key -> read(CompiledClasses.class.getClassLoader(), key);

    /**
     * One batch of classes as the compiler produced it.
     *
     * @param key          SHA-256 of the language level, the class names and their sources
     * @param dependencies what the compiler looked up: a resource name (or {@value #STORE} and a class file of the
     *                     package) and the SHA-256 of its bytes, or {@value #ABSENT} when not found
     * @param classes      the class files written, by resource name
     */
    record Batch(String key, Map<String, String> dependencies, Map<String, byte[]> classes) {
    }

    private CompiledClasses() {
    }

    /** @return how many batches in this JVM were taken from a recording instead of being compiled */
    static int taken() {
        return TAKEN.get();
    }

    /** @return how many batches in this JVM were compiled */
    static int compiled() {
        return COMPILED.get();
    }

    /**
     * Makes the builder's Java dialect look batches up before compiling them. Does nothing, with a debug log, when
     * Drools' dialect is not the one this was written for.
     *
     * @param conf     a fresh builder configuration
     * @param lookup   where recorded batches are found
     * @param recorder receives every batch compiled without errors, or null
     */
    static void install(KnowledgeBuilderConfiguration conf, Lookup lookup, Consumer<Batch> recorder) {
        try {
            KnowledgeBuilderConfigurationImpl impl = conf.as(KnowledgeBuilderConfigurationImpl.KEY);
            if (impl.getDialectConfiguration("java") instanceof JavaForMvelDialectConfiguration original
                    && original.getClass() == JavaForMvelDialectConfiguration.class && COMPILER_FIELD != null) {
                CachingDialectConfiguration caching = new CachingDialectConfiguration(lookup, recorder);
                caching.init(impl);
                caching.setJavaLanguageLevel(original.getJavaLanguageLevel());
                caching.setCompiler(original.getCompiler());
                impl.setDialectConfiguration("java", caching);
            }
        } catch (RuntimeException e) {
            LOG.debug("compiled classes not used: {}", e.toString());
        }
    }

    /** The private field of Drools' Java dialect holding its compiler, or null (then nothing is cached). */
    private static final Field COMPILER_FIELD = compilerField();

    private static Field compilerField() {
        try {
            Field f = JavaDialect.class.getDeclaredField("compiler");
            if (f.getType() != JavaCompiler.class) {
                return null;
            }
            f.setAccessible(true);
            return f;
        } catch (NoSuchFieldException | RuntimeException e) {
            LOG.debug("compiled classes not used: {}", e.toString());
            return null;
        }
    }

    /** Drools' Java dialect, with its compiler wrapped. */
    private static final class CachingDialectConfiguration extends JavaForMvelDialectConfiguration {
        private final Lookup lookup;
        private final Consumer<Batch> recorder;
        /** Digests of resources found in this build, shared by its packages. */
        private final Map<String, String> digests = new ConcurrentHashMap<>();

        CachingDialectConfiguration(Lookup lookup, Consumer<Batch> recorder) {
            this.lookup = lookup;
            this.recorder = recorder;
        }

        @Override
        public Dialect newDialect(ClassLoader rootClassLoader, KnowledgeBuilderConfigurationImpl pkgConf,
                                  PackageRegistry pkgRegistry, InternalKnowledgePackage pkg) {
            Dialect dialect = super.newDialect(rootClassLoader, pkgConf, pkgRegistry, pkg);
            try {
                JavaCompiler compiler = (JavaCompiler) COMPILER_FIELD.get(dialect);
                COMPILER_FIELD.set(dialect, new CachingCompiler(compiler, getJavaLanguageLevel(), lookup, recorder,
                        digests));
            } catch (IllegalAccessException | RuntimeException e) {
                LOG.debug("compiled classes not used: {}", e.toString());
            }
            return dialect;
        }
    }

    /** A compiler that takes a recorded batch when everything it was compiled from is unchanged. */
    private static final class CachingCompiler implements JavaCompiler {
        private final JavaCompiler compiler;
        private final String languageLevel;
        private final Lookup lookup;
        private final Consumer<Batch> recorder;
        private final Map<String, String> digests;

        CachingCompiler(JavaCompiler compiler, String languageLevel, Lookup lookup, Consumer<Batch> recorder,
                        Map<String, String> digests) {
            this.compiler = compiler;
            this.languageLevel = languageLevel;
            this.lookup = lookup;
            this.recorder = recorder;
            this.digests = digests;
        }

        @Override
        public void setSourceFolder(String sourceFolder) {
            compiler.setSourceFolder(sourceFolder);
        }

        @Override
        public JavaCompilerSettings createDefaultSettings() {
            return compiler.createDefaultSettings();
        }

        @Override
        public void setJavaCompilerSettings(JavaCompilerSettings settings) {
            compiler.setJavaCompilerSettings(settings);
        }

        @Override
        public CompilationResult compile(String[] names, ResourceReader reader, ResourceStore store) {
            return compile(names, reader, store, Thread.currentThread().getContextClassLoader());
        }

        @Override
        public CompilationResult compile(String[] names, ResourceReader reader, ResourceStore store,
                                         ClassLoader loader) {
            return compile(names, reader, store, loader, null);
        }

        @Override
        public CompilationResult compile(String[] names, ResourceReader reader, ResourceStore store,
                                         ClassLoader loader, JavaCompilerSettings settings) {
            String key = key(languageLevel, names, reader);
            Optional<Batch> recorded = key == null ? Optional.empty() : lookup.find(key);
            if (recorded.isPresent() && unchanged(recorded.get(), loader, store)) {
                recorded.get().classes().forEach(store::write);
                TAKEN.incrementAndGet();
                return new CompilationResult(new CompilationProblem[0]);
            }
            COMPILED.incrementAndGet();
            if (recorder == null || key == null) {
                return run(names, reader, store, loader, settings);
            }
            Map<String, String> dependencies = new LinkedHashMap<>();
            Map<String, byte[]> classes = new TreeMap<>();
            ResourceStore recordingStore = new RecordingStore(store, dependencies, classes);
            CompilationResult result = run(names, reader, recordingStore, new RecordingLoader(loader, dependencies),
                    settings);
            if (result.getErrors().length == 0) {
                recorder.accept(new Batch(key, Map.copyOf(dependencies), classes));
            }
            return result;
        }

        private CompilationResult run(String[] names, ResourceReader reader, ResourceStore store, ClassLoader loader,
                                      JavaCompilerSettings settings) {
            return settings == null ? compiler.compile(names, reader, store, loader)
                    : compiler.compile(names, reader, store, loader, settings);
        }

        /** @return whether everything the batch was compiled from is as it was */
        private boolean unchanged(Batch batch, ClassLoader loader, ResourceStore store) {
            for (Map.Entry<String, String> d : batch.dependencies().entrySet()) {
                String now;
                if (d.getKey().startsWith(STORE)) {
                    now = digestOrAbsent(store.read(d.getKey().substring(STORE.length())));
                } else {
                    // a class found stays what it is for the rest of the build, but a name not found may be
                    // defined meanwhile by another file's rules: only what was found is remembered
                    now = digests.get(d.getKey());
                    if (now == null) {
                        now = resourceDigest(loader, d.getKey());
                        if (!now.equals(ABSENT)) {
                            digests.put(d.getKey(), now);
                        }
                    }
                }
                if (!now.equals(d.getValue())) {
                    LOG.debug("compiled classes {} not used: {} changed", batch.key(), d.getKey());
                    return false;
                }
            }
            return true;
        }
    }

    /**
     * The key of a batch: SHA-256 of the language level, then each class name and source in the order of the names
     * (Drools lists the classes of a batch in an order that varies from run to run; it does not change what the
     * compiler produces).
     */
    private static String key(String languageLevel, String[] names, ResourceReader reader) {
        MessageDigest sha = Sha256.newDigest();
        sha.update((MAGIC + '\n' + languageLevel + '\n').getBytes(StandardCharsets.UTF_8));
        for (String name : new TreeSet<>(List.of(names))) {
            byte[] source = reader.getBytes(name);
            if (source == null) {
                return null;
            }
            sha.update(name.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(Integer.toString(source.length).getBytes(StandardCharsets.US_ASCII));
            sha.update((byte) 0);
            sha.update(source);
        }
        return Sha256.hexOf(sha);
    }

    private static String digestOrAbsent(byte[] bytes) {
        return bytes == null ? ABSENT : Sha256.hex(bytes);
    }

    /** @return the digest of a resource as the loader finds it, or {@value #ABSENT} */
    static String resourceDigest(ClassLoader loader, String name) {
        try (InputStream in = loader.getResourceAsStream(name)) {
            return digestOrAbsent(in == null ? null : in.readAllBytes());
        } catch (IOException e) {
            return "unreadable"; // never equal to a recorded digest: the batch is compiled
        }
    }

    /** @return whether a resource comes from the Java platform (its classes are not recorded: see the class doc) */
    private static boolean platform(String resource) {
        return ClassLoader.getPlatformClassLoader().getResource(resource) != null;
    }

    /** Passes every look-up to the real loader and notes what was looked up outside the Java platform. */
    private static final class RecordingLoader extends ClassLoader {
        private final ClassLoader loader;
        private final Map<String, String> dependencies;

        RecordingLoader(ClassLoader loader, Map<String, String> dependencies) {
            super(null);
            this.loader = loader;
            this.dependencies = dependencies;
        }

        @Override
        public InputStream getResourceAsStream(String name) {
            byte[] bytes;
            try (InputStream in = loader.getResourceAsStream(name)) {
                bytes = in == null ? null : in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (!platform(name)) {
                dependencies.putIfAbsent(name, digestOrAbsent(bytes));
            }
            return bytes == null ? null : new ByteArrayInputStream(bytes);
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            String resource = name.replace('.', '/') + ".class";
            if (!platform(resource)) {
                dependencies.computeIfAbsent(resource, r -> resourceDigest(loader, r));
            }
            return loader.loadClass(name);
        }

        @Override
        public java.net.URL getResource(String name) {
            return loader.getResource(name);
        }
    }

    /** Passes everything to the real store and notes what the compiler read from it and wrote into it. */
    private static final class RecordingStore implements ResourceStore {
        private final ResourceStore store;
        private final Map<String, String> dependencies;
        private final Map<String, byte[]> classes;

        RecordingStore(ResourceStore store, Map<String, String> dependencies, Map<String, byte[]> classes) {
            this.store = store;
            this.dependencies = dependencies;
            this.classes = classes;
        }

        @Override
        public void write(PortablePath path, byte[] bytes) {
            classes.put(path.asString(), bytes.clone());
            store.write(path, bytes);
        }

        @Override
        public void write(PortablePath path, byte[] bytes, boolean createFolder) {
            classes.put(path.asString(), bytes.clone());
            store.write(path, bytes, createFolder);
        }

        @Override
        public byte[] read(PortablePath path) {
            byte[] bytes = store.read(path);
            if (!classes.containsKey(path.asString())) {
                dependencies.putIfAbsent(STORE + path.asString(), digestOrAbsent(bytes));
            }
            return bytes;
        }

        @Override
        public void remove(PortablePath path) {
            classes.remove(path.asString());
            store.remove(path);
        }
    }

    /** Reads one recorded batch; anything missing, damaged or not matching gives empty (the batch is compiled). */
    static Optional<Batch> read(ClassLoader loader, String key) {
        try {
            Optional<byte[]> content = resource(loader, FOLDER + key + ".bin");
            return content.isEmpty() ? Optional.empty()
                    : Optional.of(decode(content.get())).filter(b -> b.key().equals(key));
        } catch (IOException | RuntimeException e) {
            LOG.debug("compiled classes {} not used: {}", key, e.toString());
            return Optional.empty();
        }
    }

    /**
     * @return a recorded entry's bytes; empty when there is no loader, no such resource, or it is larger than any
     *         entry may be
     * @throws IOException when the resource cannot be read
     */
    static Optional<byte[]> resource(ClassLoader loader, String name) throws IOException {
        if (loader == null) {
            return Optional.empty();
        }
        try (InputStream in = loader.getResourceAsStream(name)) {
            if (in == null) {
                return Optional.empty();
            }
            byte[] content = in.readNBytes(MAX_ENTRY_BYTES + 1);
            return content.length > MAX_ENTRY_BYTES ? Optional.empty() : Optional.of(content);
        }
    }

    static byte[] encode(Batch batch) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeUTF(MAGIC);
            out.writeUTF(batch.key());
            Map<String, String> dependencies = new TreeMap<>(batch.dependencies());
            out.writeInt(dependencies.size());
            for (Map.Entry<String, String> d : dependencies.entrySet()) {
                out.writeUTF(d.getKey());
                out.writeUTF(d.getValue());
            }
            Map<String, byte[]> classes = new TreeMap<>(batch.classes());
            out.writeInt(classes.size());
            for (Map.Entry<String, byte[]> c : classes.entrySet()) {
                out.writeUTF(c.getKey());
                out.writeInt(c.getValue().length);
                out.write(c.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static Batch decode(byte[] content) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(content));
        if (!MAGIC.equals(in.readUTF())) {
            throw new IOException("not a batch of compiled classes");
        }
        String key = in.readUTF();
        int dependencyCount = count(in, content.length);
        Map<String, String> dependencies = new LinkedHashMap<>();
        for (int i = 0; i < dependencyCount; i++) {
            dependencies.put(in.readUTF(), in.readUTF());
        }
        int classCount = count(in, content.length);
        Map<String, byte[]> classes = new TreeMap<>();
        for (int i = 0; i < classCount; i++) {
            String name = in.readUTF();
            int length = count(in, content.length);
            classes.put(name, in.readNBytes(length));
            if (classes.get(name).length != length) {
                throw new IOException("truncated");
            }
        }
        if (in.read() != -1 || classes.isEmpty()) {
            throw new IOException("unexpected content");
        }
        return new Batch(key, dependencies, classes);
    }

    static int count(DataInputStream in, int limit) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > limit) {
            throw new IOException("bad count " + n);
        }
        return n;
    }

    /**
     * Records, at build time, the classes compiled for a rule bundle into a class-path folder, and saves the rule
     * base compiled from it ({@link SavedRuleBase}), replacing what an earlier build put there.
     *
     * <pre>java … org.chuanmuc.assess.internal.CompiledClasses target/classes org.chuanmuc.criteria.StandardCriteria rules</pre>
     *
     * @param args the output folder (the class-path root), the class and the name of a public static method without
     *             parameters that returns the {@link RuleBundle}
     * @throws Exception when the bundle cannot be had or a file cannot be written
     */
    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            throw new IllegalArgumentException("usage: CompiledClasses <class-path root> <class> <static method>");
        }
        Path root = Path.of(args[0]).resolve(FOLDER);
        ConvertedTables.deleteTree(root);
        RuleBundle bundle;
        try {
            bundle = (RuleBundle) Class.forName(args[1]).getMethod(args[2]).invoke(null);
        } catch (InvocationTargetException e) {
            throw (Exception) e.getCause();
        }
        List<Batch> batches = new ArrayList<>();
        CompiledRules compiled = RuleCompiler.compile(new RuleInput(bundle.sources(), List.of(), List.of()),
                bundle.name(), bundle.version(), ConvertedTables.CLASS_PATH, NONE, batches::add);
        Files.createDirectories(root);
        for (Batch batch : batches) {
            Files.write(root.resolve(batch.key() + ".bin"), encode(batch));
        }
        Path saved = SavedRuleBase.save(Path.of(args[0]), compiled.info().sha256(),
                bundle.sources(), compiled.drl(), batches, compiled.kieBase());
        System.err.println("[chuanmuc] " + batches.size() + " batches of compiled classes recorded, "
                + batches.stream().mapToInt(b -> b.classes().size()).sum() + " classes; rule base saved ("
                + Files.size(saved) / 1024 + " KB)");
    }
}
