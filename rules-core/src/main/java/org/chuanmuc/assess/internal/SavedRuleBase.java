package org.chuanmuc.assess.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicInteger;
import org.chuanmuc.assess.RuleSource;
import org.chuanmuc.assess.internal.guard.GuardPolicy;
import org.chuanmuc.assess.internal.guard.RuleGuard;
import org.drools.base.common.DroolsObjectInputStream;
import org.drools.base.common.DroolsObjectOutputStream;
import org.drools.base.definitions.InternalKnowledgePackage;
import org.drools.compiler.builder.impl.KnowledgeBuilderConfigurationImpl;
import org.drools.core.impl.InternalRuleBase;
import org.drools.core.impl.RuleBaseFactory;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The rule base of the standard criteria as Drools compiled it when the project was built, read back instead of
 * compiling the same rules again.
 *
 * <p>Why: Drools' builder (parsing the rules a second time, building their conditions and consequences) was more
 * than half of a cold build, and the criteria that ship with the library are the same text on every start.
 *
 * <p>When it is taken: only after the sources were read, translated and passed by the guard exactly as for any
 * compile, and only when all of this is byte for byte as it was when the rule base was saved:
 * <ul>
 *   <li>the DRL text of every source, with its name, whether it came from a local folder, and the DRL language
 *       level (the key of the entry);</li>
 *   <li>every class the compiler looked up outside the Java platform while it compiled the rules' Java classes (the
 *       model, Drools' own classes), every model type rules may name (their constraints are compiled by MVEL when
 *       first used), and Drools' version, each as the class loader the rules would be compiled with finds it (Drools'
 *       builder looks classes up through the thread's context class loader);</li>
 *   <li>the builder's settings: every {@code drools.*} and {@code kie.*} system property and every
 *       {@code kie.properties.conf} and {@code kie.default.properties.conf} on the class path;</li>
 *   <li>the saved bytes themselves (an SHA-256 of the whole entry is kept in it).</li>
 * </ul>
 * Otherwise, or when reading the entry fails in any way, the rules are compiled as before. An edited rule file, an
 * added local folder or another model thus always compiles. Nothing runs that the guard did not pass: the key is the
 * text the guard examined.
 *
 * <p>Read early: the build also records, under the hash of the sources it read (the rule set's SHA-256), the key their
 * texts had. When the sources of a build have such a record, their entry is read on a second thread while the calling
 * thread translates and guards them ({@link #readEarly}). That rule base is used only when the key of the texts the
 * guard then passed is the recorded one; otherwise it is dropped, and the build goes on as above. On two cores this
 * overlaps the two halves of a cold build.
 *
 * <p>The entry is a Java serialization of Drools' packages (the form Drools itself uses to copy a package between
 * rule bases), read only from this library's class path, which is trusted as its code is.
 *
 * <p>Layout on the class path: {@value #FOLDER}{@code <key>.bin}, and {@value #FOLDER}{@code <sha256 of the
 * sources>.key} holding that key. Beside them, {@code <sha256 of the sources>.guarded} holds the guard's verdict on
 * those sources ({@link GuardVerdict}): with it, a build of the unchanged standard criteria is not even translated
 * and guarded again.
 */
public final class SavedRuleBase {
    private static final Logger LOG = LoggerFactory.getLogger(SavedRuleBase.class);

    /** Class-path folder of the saved rule bases. */
    static final String FOLDER = "META-INF/chuanmuc/rule-base/";
    private static final String MAGIC = "chuanmuc rule base 1";
    private static final String DROOLS_VERSION = "META-INF/maven/org.drools/drools-core/pom.properties";
    /** The dependency that stands for the builder's settings: see {@link #settingsDigest}. */
    static final String SETTINGS = "settings:drools.*, kie.* and kie properties files";
    private static final List<String> SETTINGS_FILES = List.of("META-INF/kie.properties.conf",
            "META-INF/kie.default.properties.conf");
    private static final int MAX_DEPENDENCIES = 10_000;
    private static final int MAX_PACKAGES = 1_000;

    private static final AtomicInteger TAKEN = new AtomicInteger();

    /** Where saved rule bases are looked up. */
    @FunctionalInterface
    interface Lookup {
        /**
         * @param key the key of the guarded texts
         * @return the entry saved under that key, or empty to compile
         */
        Optional<byte[]> find(String key);

        /**
         * @param sources the rule set's SHA-256 ({@link RuleCompiler#sha256(RuleInput)})
         * @return the key the texts of these sources had when their entry was saved; empty when not known. Only a
         *         hint to read the entry early: the entry is used only if the guarded texts have that key now
         */
        default Optional<String> keyOfSources(String sources) {
            return Optional.empty();
        }

        /**
         * @param sources the rule set's SHA-256
         * @return the guard's verdict recorded for these sources when the entry was saved ({@link GuardVerdict});
         *         empty when there is none: the sources are then translated and guarded
         */
        default Optional<byte[]> guarded(String sources) {
            return Optional.empty();
        }
    }

    /** Nothing saved: the rules are compiled. */
    static final Lookup NONE = key -> Optional.empty();

    /** The rule bases saved on the class path of this library. */
    static final Lookup CLASS_PATH = new Lookup() {
        @Override
        public Optional<byte[]> find(String key) {
            return read(SavedRuleBase.class.getClassLoader(), key + ".bin");
        }

        @Override
        public Optional<String> keyOfSources(String sources) {
            return read(SavedRuleBase.class.getClassLoader(), sources + KEY_SUFFIX)
                    .map(bytes -> new String(bytes, StandardCharsets.US_ASCII))
                    .filter(key -> key.matches("[0-9a-f]{64}"));
        }

        @Override
        public Optional<byte[]> guarded(String sources) {
            return read(SavedRuleBase.class.getClassLoader(), sources + GuardVerdict.SUFFIX);
        }
    };
    private static final String KEY_SUFFIX = ".key";

    private SavedRuleBase() {
    }

    /** @return how many rule bases in this JVM were read back instead of compiled */
    static int taken() {
        return TAKEN.get();
    }

    /**
     * @param drl the texts the guard passed, in the order they are compiled
     * @return SHA-256 of the format, the DRL language level and every text with its name and origin
     */
    static String key(List<DrlText> drl) {
        MessageDigest sha = Sha256.newDigest();
        sha.update((MAGIC + '\n' + RuleGuard.LANGUAGE_LEVEL + '\n').getBytes(StandardCharsets.UTF_8));
        for (DrlText text : drl) {
            byte[] bytes = text.drl().getBytes(StandardCharsets.UTF_8);
            sha.update((text.sourceName() + '\u0000' + (text.local() ? "local" : "base") + '\u0000' + bytes.length
                    + '\u0000').getBytes(StandardCharsets.UTF_8));
            sha.update(bytes);
        }
        return Sha256.hexOf(sha);
    }

    /**
     * @param lookup where entries are found
     * @param drl    the texts the guard passed
     * @param early  the entry being read since before the texts were guarded, if any: taken when its key is theirs
     * @return the rule base saved for exactly these texts, or empty when there is none or it cannot be used
     */
    static Optional<KieBase> load(Lookup lookup, List<DrlText> drl, Optional<Early> early) {
        String key = key(drl);
        Optional<KieBase> loaded;
        // the entry read early was checked against the context class loader of that moment: taken only if the rules
        // would still be compiled with that loader (it may have been changed since compile() started)
        if (early.isPresent() && early.get().key().equals(key)
                && early.get().context() == Thread.currentThread().getContextClassLoader()) {
            try {
                loaded = early.get().base().join();
            } catch (CompletionException e) {
                if (e.getCause() instanceof Error error) {
                    throw error; // as if read on this thread: out of memory or a stack overflow is reported
                }
                LOG.debug("saved rule base {} not used: {}", key, e.getCause().toString());
                loaded = Optional.empty();
            }
        } else {
            // no entry recorded for these sources, or their guarded texts are not the ones it was saved for: an
            // entry read early for another key is dropped unused
            loaded = load(lookup, key);
        }
        loaded.ifPresent(l -> TAKEN.incrementAndGet());
        return loaded;
    }

    /**
     * A rule base being read on another thread, for the key its sources had when it was saved.
     *
     * @param key     the recorded key
     * @param context the calling thread's context class loader the dependencies are checked with
     * @param base    the rule base, once read; empty when there is none or it cannot be used
     */
    record Early(String key, ClassLoader context, CompletableFuture<Optional<KieBase>> base) {
    }

    /**
     * Starts reading, on a thread of its own, the entry recorded for these sources, if there is one. The thread looks
     * the dependencies up with the calling thread's context class loader, as {@link #load} would.
     *
     * @param lookup  where entries are found
     * @param sources the rule set's SHA-256
     * @return the entry being read, or empty when none is recorded for these sources
     */
    static Optional<Early> readEarly(Lookup lookup, String sources) {
        Optional<String> key;
        try {
            key = lookup.keyOfSources(sources);
        } catch (RuntimeException e) { // only a hint: a look-up that cannot give it reads nothing early
            LOG.debug("key of sources {} not known: {}", sources, e.toString());
            return Optional.empty();
        }
        if (key == null || key.isEmpty()) {
            return Optional.empty();
        }
        CompletableFuture<Optional<KieBase>> base = new CompletableFuture<>();
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        Thread reader = new Thread(() -> {
            Thread.currentThread().setContextClassLoader(context); // inherited too; said here, as load() needs it
            try {
                base.complete(load(lookup, key.get()));
            } catch (Throwable e) { // handed to the thread that waits for it
                base.completeExceptionally(e);
            }
        }, "chuanmuc-rule-base-reader");
        reader.setDaemon(true);
        reader.start();
        return Optional.of(new Early(key.get(), context, base));
    }

    private static Optional<KieBase> load(Lookup lookup, String key) {
        Optional<byte[]> entry = lookup.find(key);
        if (entry.isEmpty()) {
            return Optional.empty();
        }
        try {
            return decode(entry.get(), key, compilingLoader());
        } catch (IOException | ClassNotFoundException | RuntimeException | LinkageError e) {
            LOG.debug("saved rule base {} not used: {}", key, e.toString());
            return Optional.empty();
        }
    }

    /**
     * @return the class loader Drools' builder would compile these rules with now: its parent is the thread's context
     *         class loader, not necessarily this library's, and the dependencies must be what that loader finds (a
     *         class it finds under a name recorded as not found changes what the rules' Java classes mean)
     */
    private static ClassLoader compilingLoader() {
        return KnowledgeBuilderFactory.newKnowledgeBuilderConfiguration().as(KnowledgeBuilderConfigurationImpl.KEY)
                .getClassLoader();
    }

    private static Optional<byte[]> read(ClassLoader loader, String file) {
        try {
            return CompiledClasses.resource(loader, FOLDER + file);
        } catch (IOException e) {
            LOG.debug("saved rule base {} not read: {}", file, e.toString());
            return Optional.empty();
        }
    }

    /**
     * @param loader the loader the dependencies are looked up with: the one the rules would be compiled with
     * @return the rule base, or empty when the entry is of another key or a dependency changed
     */
    static Optional<KieBase> decode(byte[] content, String key, ClassLoader loader)
            throws IOException, ClassNotFoundException {
        ByteArrayInputStream bytes = new ByteArrayInputStream(content);
        DataInputStream in = new DataInputStream(bytes);
        if (!MAGIC.equals(in.readUTF()) || !key.equals(in.readUTF())) {
            return Optional.empty();
        }
        int count = CompiledClasses.count(in, MAX_DEPENDENCIES);
        Map<String, String> dependencies = new LinkedHashMap<>();
        for (int i = 0; i < count; i++) {
            dependencies.put(in.readUTF(), in.readUTF());
        }
        int header = content.length - bytes.available();
        String digest = in.readUTF();
        byte[] payload = in.readNBytes(CompiledClasses.count(in, CompiledClasses.MAX_ENTRY_BYTES));
        // the entry whole first: a damaged header names resources that are not the ones recorded
        if (!digest.equals(digest(java.util.Arrays.copyOf(content, header), payload))) {
            LOG.debug("saved rule base {} not used: damaged", key);
            return Optional.empty();
        }
        Optional<String> changed = changedDependency(dependencies, loader);
        if (changed.isPresent()) {
            LOG.debug("saved rule base {} not used: {} changed", key, changed.get());
            return Optional.empty();
        }
        // as Drools builds a rule base from a builder's packages, and copies a package into another rule base
        InternalRuleBase base = RuleBaseFactory.newRuleBase(RuleCompiler.kieBaseConfiguration());
        List<InternalKnowledgePackage> packages = new ArrayList<>();
        try (DroolsObjectInputStream objects = new DroolsObjectInputStream(new ByteArrayInputStream(payload),
                base.getRootClassLoader())) {
            int n = objects.readInt();
            if (n < 0 || n > MAX_PACKAGES) {
                throw new IOException("bad count " + n);
            }
            for (int i = 0; i < n; i++) {
                packages.add((InternalKnowledgePackage) objects.readObject());
            }
        }
        base.addPackages(packages);
        return Optional.of(KnowledgeBaseFactory.newKnowledgeBase(base));
    }

    /**
     * @param dependencies resource names (or {@link #SETTINGS}) and the SHA-256 recorded for each
     * @param loader       the loader the resources are looked up with
     * @return the first dependency whose bytes as the loader finds them now are not those recorded; empty when none
     */
    static Optional<String> changedDependency(Map<String, String> dependencies, ClassLoader loader) {
        for (Map.Entry<String, String> d : dependencies.entrySet()) {
            String now = d.getKey().equals(SETTINGS) ? settingsDigest(loader)
                    : CompiledClasses.resourceDigest(loader, d.getKey());
            if (!d.getValue().equals(now)) {
                return Optional.of(d.getKey());
            }
        }
        return Optional.empty();
    }

    /**
     * @param key          the key of the texts the rule base was compiled from
     * @param dependencies resource names and the SHA-256 of their bytes, as {@link CompiledClasses} records them
     * @param kieBase      the rule base compiled from those texts
     * @return the entry's bytes
     */
    static byte[] encode(String key, Map<String, String> dependencies, KieBase kieBase) {
        try {
            ByteArrayOutputStream payload = new ByteArrayOutputStream();
            try (DroolsObjectOutputStream objects = new DroolsObjectOutputStream(payload)) {
                List<KiePackage> packages = new ArrayList<>(kieBase.getKiePackages());
                packages.sort(java.util.Comparator.comparing(KiePackage::getName));
                objects.writeInt(packages.size());
                for (KiePackage pkg : packages) {
                    objects.writeObject(pkg);
                }
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (DataOutputStream out = new DataOutputStream(bytes)) {
                out.writeUTF(MAGIC);
                out.writeUTF(key);
                Map<String, String> sorted = new TreeMap<>(dependencies);
                out.writeInt(sorted.size());
                for (Map.Entry<String, String> d : sorted.entrySet()) {
                    out.writeUTF(d.getKey());
                    out.writeUTF(d.getValue());
                }
                out.flush();
                byte[] content = payload.toByteArray();
                out.writeUTF(digest(bytes.toByteArray(), content));
                out.writeInt(content.length);
                out.write(content);
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * What a saved rule base depends on besides its texts: the classes its Java classes were compiled against
     * (recorded by {@link CompiledClasses}, without the classes of the rule base itself), every model type, and
     * Drools' version.
     *
     * @param batches the batches compiled for the rule base
     * @param loader  the loader the model is found with
     * @return resource names and the SHA-256 of their bytes
     */
    static Map<String, String> dependencies(List<CompiledClasses.Batch> batches, ClassLoader loader) {
        Map<String, String> dependencies = new LinkedHashMap<>();
        for (CompiledClasses.Batch batch : batches) {
            batch.dependencies().forEach((resource, digest) -> {
                if (!resource.startsWith(CompiledClasses.STORE)) {
                    dependencies.put(resource, digest);
                }
            });
        }
        for (Class<?> type : GuardPolicy.MODEL_TYPES) {
            String resource = type.getName().replace('.', '/') + ".class";
            dependencies.put(resource, CompiledClasses.resourceDigest(loader, resource));
        }
        dependencies.put(DROOLS_VERSION, CompiledClasses.resourceDigest(loader, DROOLS_VERSION));
        dependencies.put(SETTINGS, settingsDigest(loader));
        return dependencies;
    }

    /**
     * @return SHA-256 of what configures Drools' builder besides the code: every system property named
     *         {@code drools.*} or {@code kie.*}, and every {@code kie.properties.conf} and
     *         {@code kie.default.properties.conf} the loader finds (an accumulate function or an operator configured
     *         there changes what the same text compiles to)
     */
    static String settingsDigest(ClassLoader loader) {
        MessageDigest sha = Sha256.newDigest();
        new TreeMap<>(System.getProperties()).forEach((name, value) -> {
            if (name instanceof String n && (n.startsWith("drools.") || n.startsWith("kie."))) {
                sha.update((n + '=' + value + '\n').getBytes(StandardCharsets.UTF_8));
            }
        });
        for (String file : SETTINGS_FILES) {
            try {
                for (java.net.URL url : java.util.Collections.list(loader.getResources(file))) {
                    try (java.io.InputStream in = url.openStream()) {
                        sha.update((file + '\n').getBytes(StandardCharsets.UTF_8));
                        sha.update(in.readAllBytes());
                    }
                }
            } catch (IOException e) {
                return "unreadable"; // never equal to a recorded digest: the rules are compiled
            }
        }
        return Sha256.hexOf(sha);
    }

    /**
     * Saves, at build time, the rule base compiled for some texts into a class-path folder, replacing what an earlier
     * build put there, with the guard's verdict on its sources ({@link GuardVerdict}).
     *
     * @param root    the class-path root
     * @param sources the rule set's SHA-256: the key and the verdict are recorded under it
     * @param base    the sources, in order
     * @param drl     the texts the guard passed
     * @param batches the batches of Java classes compiled for them
     * @param kieBase the rule base compiled from them
     * @return the file written
     */
    static Path save(Path root, String sources, List<RuleSource> base, List<DrlText> drl,
                     List<CompiledClasses.Batch> batches, KieBase kieBase) throws IOException {
        Path folder = root.resolve(FOLDER);
        ConvertedTables.deleteTree(folder);
        Files.createDirectories(folder);
        String key = key(drl);
        Path file = folder.resolve(key + ".bin");
        Files.write(file, encode(key, dependencies(batches, compilingLoader()), kieBase));
        Files.writeString(folder.resolve(sources + KEY_SUFFIX), key, StandardCharsets.US_ASCII);
        GuardVerdict.save(folder, sources, base, drl);
        return file;
    }

    /**
     * @return SHA-256 of the whole entry but the digest itself: the header (key and dependencies) as well as the
     *         packages, so that a damaged name of a dependency is not taken for another name
     */
    static String digest(byte[] header, byte[] payload) {
        MessageDigest sha = Sha256.newDigest();
        sha.update(header);
        sha.update(payload);
        return Sha256.hexOf(sha);
    }
}
