package org.chuanmuc.assess.internal.guard;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.chuanmuc.assess.internal.guard.GuardMessages.Hazard;
import org.chuanmuc.model.CitizenFeedback;
import org.chuanmuc.model.Criterion;
import org.chuanmuc.model.DisciplineForm;
import org.chuanmuc.model.DisciplineRecord;
import org.chuanmuc.model.DisciplineSystem;
import org.chuanmuc.model.Dossier;
import org.chuanmuc.model.FeedbackKind;
import org.chuanmuc.model.Finding;
import org.chuanmuc.model.FindingKind;
import org.chuanmuc.model.NotRated;
import org.chuanmuc.model.Officer;
import org.chuanmuc.model.Parameter;
import org.chuanmuc.model.PartyRegime;
import org.chuanmuc.model.Period;
import org.chuanmuc.model.PriorRating;
import org.chuanmuc.model.ProposedRating;
import org.chuanmuc.model.QuotaRanking;
import org.chuanmuc.model.RankKey;
import org.chuanmuc.model.RatingCap;
import org.chuanmuc.model.RatingLevel;
import org.chuanmuc.model.Regime;
import org.chuanmuc.model.ReviewFlag;
import org.chuanmuc.model.Role;
import org.chuanmuc.model.Scores;
import org.chuanmuc.model.Severity;
import org.chuanmuc.model.SignFinding;
import org.chuanmuc.model.StyleEvaluation;
import org.chuanmuc.model.TaskMeasure;
import org.chuanmuc.model.Tasks;
import org.chuanmuc.model.TotalScore;
import org.chuanmuc.model.Track;
import org.chuanmuc.model.Unit;
import org.chuanmuc.model.UnitTasks;
import org.chuanmuc.model.Warning;

/**
 * What a rule file may name: the allow-list of the rule guard, kept in this one class.
 *
 * <p>The guard is an allow-list, not a deny-list: a name in rule code passes only when it is a variable
 * ({@code $x}), a type of {@link #MODEL_TYPES} or {@link #VALUE_TYPES}, a member those types allow, a rule action,
 * an accumulate function or a DRL word. {@link #FORBIDDEN_NAMES} and {@link #FORBIDDEN_PACKAGES} only choose a
 * clearer message for names that are rejected anyway.
 *
 * <h2>How to extend</h2>
 * <ul>
 * <li>A new model type: add its class to {@link #MODEL_TYPES}. Its public methods, static fields, enum constants
 *     and constructors are then allowed, except members whose signature mentions a type outside the model and the
 *     value types (so {@code Officer.builder()}, which returns a mutable builder, stays out). A test fails when a
 *     public type of {@code org.chuanmuc.model} is in neither {@link #MODEL_TYPES} nor {@link #EXCLUDED_MODEL_TYPES}.
 * <li>A Java value type or one more of its methods: add a {@link #value} line to {@link #VALUE_TYPES}. Never add a
 *     method that can build data out of proportion to the rule text ({@code repeat}, {@code join}, {@code replace},
 *     {@code indent}), that takes a function, or that reads the clock or a random source.
 * <li>A global the library provides: add it to {@link #ALLOWED_GLOBALS}. There is none today.
 * </ul>
 */
public final class GuardPolicy {

    /** Every public type of {@code org.chuanmuc.model} that rules may name, match and (records) create. */
    public static final List<Class<?>> MODEL_TYPES = List.of(
            CitizenFeedback.class, Criterion.class, DisciplineForm.class, DisciplineRecord.class,
            DisciplineSystem.class, Dossier.class, FeedbackKind.class, Finding.class, FindingKind.class,
            NotRated.class, Officer.class, Parameter.class, PartyRegime.class, Period.class, PriorRating.class,
            ProposedRating.class, QuotaRanking.class, RankKey.class, RatingCap.class, RatingLevel.class, Regime.class,
            ReviewFlag.class, Role.class, Scores.class, Severity.class, SignFinding.class, StyleEvaluation.class,
            TaskMeasure.class, Tasks.class, TotalScore.class, Track.class, Unit.class, UnitTasks.class, Warning.class);

    /**
     * Model types only the engine inserts: the dossier's data, the catalogue and the proposed ratings. No rule may
     * insert one (a second {@code Unit} or {@code Period} would also break the join bound, which counts them once).
     */
    public static final Set<Class<?>> ENGINE_FACTS = Set.of(CitizenFeedback.class, Criterion.class,
            DisciplineRecord.class, Dossier.class, Officer.class, Period.class, PriorRating.class, ProposedRating.class,
            Scores.class, SignFinding.class, StyleEvaluation.class, Tasks.class, Unit.class);

    /**
     * What rules from a local folder may insert: conclusions that can only lower a rating or add to what the
     * council reads. Not {@code Parameter} or {@code TotalScore}, which the standard criteria read as input.
     */
    public static final Set<Class<?>> LOCAL_INSERTS = Set.of(RatingCap.class, Finding.class, ReviewFlag.class,
            Warning.class);

    /** Rule actions a local rule may call. */
    public static final Set<String> LOCAL_ACTIONS = names("insert");

    /** Rule attributes a local rule must not use: they cancel other rules' activations or move the focus. */
    public static final Set<String> LOCAL_FORBIDDEN_ATTRIBUTES = names("activation-group", "auto-focus");

    /** Types with one fact per session: a pattern over them adds nothing to the size of a join. */
    public static final Set<Class<?>> SINGLETON_TYPES = Set.of(Period.class, Unit.class);

    /**
     * Properties that pick one fact, or the few facts of one officer: a pattern constraining one of them with
     * {@code ==} to a value from earlier in the rule (or a literal) adds nothing to the size of a join. Every type
     * also has {@code this}.
     */
    public static final Map<Class<?>, Set<String>> KEY_PROPERTIES = Map.ofEntries(
            Map.entry(Officer.class, names("id")), Map.entry(Criterion.class, names("code")),
            Map.entry(Parameter.class, names("name")), Map.entry(ProposedRating.class, names("officerId")),
            Map.entry(TotalScore.class, names("officerId")), Map.entry(RatingCap.class, names("officerId")),
            Map.entry(Finding.class, names("officerId")), Map.entry(ReviewFlag.class, names("officerId")),
            Map.entry(Warning.class, names("officerId")), Map.entry(NotRated.class, names("officerId")),
            Map.entry(UnitTasks.class, names("unitId")));

    /** Public model types rules must not use: the mutable builder is for Java callers and tests. */
    public static final Set<String> EXCLUDED_MODEL_TYPES = Set.of("org.chuanmuc.model.OfficerBuilder");

    /** The package rules import from. */
    public static final String MODEL_PACKAGE = "org.chuanmuc.model";

    /** Java value types rules may name, with the static and instance members they may use. */
    public static final List<TypeRule> VALUE_TYPES = List.of(
            value(String.class, names("valueOf", "format"), names(),
                    names("length", "isEmpty", "isBlank", "charAt", "startsWith", "endsWith", "contains", "indexOf",
                            "lastIndexOf", "substring", "toLowerCase", "toUpperCase", "trim", "strip", "stripLeading",
                            "stripTrailing", "equalsIgnoreCase", "compareToIgnoreCase", "concat")),
            value(Math.class, names("abs", "min", "max", "round", "floor", "ceil", "sqrt", "pow", "signum",
                    "floorDiv", "floorMod", "toIntExact", "addExact", "subtractExact", "multiplyExact",
                    "negateExact"), names("PI", "E"), names()),
            value(Integer.class, names("valueOf", "parseInt", "toString", "compare", "max", "min", "sum", "signum"),
                    names("MAX_VALUE", "MIN_VALUE"), names("intValue", "longValue", "doubleValue")),
            value(Long.class, names("valueOf", "parseLong", "toString", "compare", "max", "min", "sum", "signum"),
                    names("MAX_VALUE", "MIN_VALUE"), names("intValue", "longValue", "doubleValue")),
            value(Double.class, names("valueOf", "parseDouble", "toString", "compare", "max", "min", "sum", "isNaN",
                    "isFinite"), names("MAX_VALUE", "MIN_VALUE"),
                    names("intValue", "longValue", "doubleValue", "isNaN", "isInfinite")),
            value(Boolean.class, names("valueOf", "parseBoolean", "toString", "logicalAnd", "logicalOr",
                    "logicalXor"), names("TRUE", "FALSE"), names("booleanValue")),
            value(Number.class, names(), names(), names("intValue", "longValue", "doubleValue")),
            value(LocalDate.class, names("of", "parse", "ofYearDay", "ofEpochDay"), names(),
                    names("getYear", "getMonthValue", "getMonth", "getDayOfMonth", "getDayOfYear", "getDayOfWeek",
                            "isBefore", "isAfter", "isEqual", "plusDays", "plusWeeks", "plusMonths", "plusYears",
                            "minusDays", "minusWeeks", "minusMonths", "minusYears", "lengthOfMonth", "lengthOfYear",
                            "isLeapYear", "withDayOfMonth", "withMonth", "withYear", "toEpochDay")),
            value(Year.class, names("of", "parse", "isLeap"), names(),
                    names("getValue", "isLeap", "length", "atDay", "plusYears", "minusYears", "isBefore", "isAfter")),
            value(Month.class, names("of", "valueOf"), enumConstants(Month.class),
                    names("getValue", "plus", "minus", "length", "maxLength")),
            value(DayOfWeek.class, names("of", "valueOf"), enumConstants(DayOfWeek.class),
                    names("getValue", "plus", "minus")),
            value(List.class, names("of", "copyOf"), names(),
                    names("size", "isEmpty", "contains", "containsAll", "get", "indexOf", "lastIndexOf")),
            value(Set.class, names("of", "copyOf"), names(), names("size", "isEmpty", "contains", "containsAll")),
            value(Map.class, names("of", "copyOf"), names(),
                    names("size", "isEmpty", "containsKey", "containsValue", "get", "getOrDefault", "keySet",
                            "values")),
            value(Optional.class, names("of", "ofNullable", "empty"), names(),
                    names("isPresent", "isEmpty", "get", "orElse", "orElseThrow")),
            value(Collections.class, names("emptyList", "emptySet", "emptyMap", "singletonList", "singleton",
                    "unmodifiableList", "unmodifiableSet", "max", "min", "frequency"), names(), names()),
            value(Objects.class, names("equals", "isNull", "nonNull", "requireNonNullElse", "toString", "hash"),
                    names(), names()));

    /** Methods every object has that rules may call; {@code getClass} and the monitor methods are not here. */
    public static final Set<String> COMMON_METHODS = names("equals", "hashCode", "toString", "compareTo", "name",
            "ordinal");

    /** Value types a pattern may match, besides the model: results of {@code accumulate} and {@code collect}. */
    public static final Set<Class<?>> PATTERN_VALUE_TYPES = Set.of(Number.class, Integer.class, Long.class,
            Double.class, String.class, List.class, Set.class, Map.class);

    /**
     * What a consequence may call without a receiver. Not {@code insertLogical}: truth maintenance needs Drools'
     * {@code drools-tms} module, which the library does not ship; the guard says so instead of Drools' compiler.
     */
    public static final Set<String> ACTIONS = names("insert", "modify", "update", "retract", "delete");

    /** Accumulate functions (all built into Drools). */
    public static final Set<String> ACCUMULATE_FUNCTIONS = names("count", "sum", "min", "max", "average",
            "collectList", "collectSet");

    /** Words a constraint may use as operators. */
    public static final Set<String> CONSTRAINT_OPERATORS = names("in", "not", "matches", "memberOf", "contains",
            "excludes", "soundslike", "str", "startsWith", "endsWith", "length");

    /** DRL words outside code: rule headers, attributes and conditional elements. */
    public static final Set<String> DRL_WORDS = names("package", "import", "rule", "query", "end", "when", "then",
            "extends", "salience", "no", "loop", "lock", "on", "active", "agenda", "group", "activation", "ruleflow",
            "auto", "focus", "date", "effective", "expires", "enabled", "dialect", "not", "exists", "forall", "from",
            "collect", "accumulate", "acc", "or", "and", "eval");

    /** Java keywords allowed in every kind of code; {@code this} and {@code if/else/return} depend on context. */
    public static final Set<String> ALLOWED_KEYWORDS = names("new", "null", "true", "false", "instanceof", "int",
            "long", "double", "boolean", "char", "byte", "short", "float");

    /** Java (and MVEL) keywords a rule must not use, with the reason. */
    public static final Map<String, Hazard> FORBIDDEN_KEYWORDS = forbiddenKeywords();

    /** Names rejected with a specific reason; every other name off the allow-list gets the generic message. */
    public static final Map<String, Hazard> FORBIDDEN_NAMES = forbiddenNames();

    /** Package prefixes and why they are dangerous; the longest matching prefix names the reason. */
    public static final Map<String, Hazard> FORBIDDEN_PACKAGES = forbiddenPackages();

    /** Package names a rule file must not declare: they belong to the platform or the library. */
    public static final List<String> RESERVED_PACKAGES = List.of("java", "javax", "jdk", "sun", "com.sun",
            "org.drools", "org.kie", "org.mvel2", "org.chuanmuc.model", "org.chuanmuc.assess", "org.chuanmuc.io");

    /** Globals the library defines, by name and type. None today. */
    public static final Map<String, String> ALLOWED_GLOBALS = Map.of();

    /** Dialects a rule may ask for; both go through the same checks. */
    public static final Set<String> DIALECTS = names("java", "mvel");

    /** What kind of literal each allowed rule attribute takes. */
    public enum AttributeKind {
        /** An integer literal, e.g. {@code salience 10}. */
        INTEGER,
        /** {@code true} or {@code false}, or nothing. */
        BOOLEAN,
        /** A string literal. */
        STRING,
        /** A date string. */
        DATE,
        /** {@code "java"} or {@code "mvel"}. */
        DIALECT
    }

    /** Rule attributes a rule may use, with the kind of value each takes. */
    public static final Map<String, AttributeKind> ATTRIBUTES = Map.of(
            "salience", AttributeKind.INTEGER, "no-loop", AttributeKind.BOOLEAN,
            "lock-on-active", AttributeKind.BOOLEAN, "auto-focus", AttributeKind.BOOLEAN,
            "enabled", AttributeKind.BOOLEAN, "agenda-group", AttributeKind.STRING,
            "activation-group", AttributeKind.STRING, "ruleflow-group", AttributeKind.STRING,
            "date-effective", AttributeKind.DATE, "date-expires", AttributeKind.DATE);

    /** Rule attributes that are forbidden outright: timers and calendars schedule work on other threads. */
    public static final Map<String, Hazard> FORBIDDEN_ATTRIBUTES = Map.of("timer", Hazard.THREAD, "calendars",
            Hazard.THREAD, "duration", Hazard.THREAD);

    /** The dialect attribute, checked apart because its value picks the language of the rule's code. */
    public static final String DIALECT_ATTRIBUTE = "dialect";

    // --- derived from the lists above ----------------------------------------------------------------------

    private static final Map<String, TypeRule> BY_SIMPLE_NAME = new HashMap<>();
    private static final Map<String, TypeRule> BY_QUALIFIED_NAME = new HashMap<>();
    private static final Set<String> INSTANCE_METHODS = new TreeSet<>();
    private static final Set<String> PROPERTIES = new TreeSet<>();
    private static final Set<String> ALL_WORDS = new TreeSet<>();

    static {
        Set<Class<?>> memberTypes = memberTypes();
        for (Class<?> type : MODEL_TYPES) {
            register(model(type, memberTypes), memberTypes);
        }
        for (TypeRule rule : VALUE_TYPES) {
            register(rule, memberTypes);
        }
        INSTANCE_METHODS.addAll(COMMON_METHODS);
        INSTANCE_METHODS.removeAll(FORBIDDEN_NAMES.keySet());
        PROPERTIES.addAll(INSTANCE_METHODS);
        for (String method : INSTANCE_METHODS) {
            beanProperty(method).ifPresent(PROPERTIES::add);
        }
        ALL_WORDS.addAll(DRL_WORDS);
        ALL_WORDS.addAll(ALLOWED_KEYWORDS);
        ALL_WORDS.addAll(names("this", "if", "else", "return"));
        ALL_WORDS.addAll(CONSTRAINT_OPERATORS);
        ALL_WORDS.addAll(ACTIONS);
        ALL_WORDS.addAll(ACCUMULATE_FUNCTIONS);
        ALL_WORDS.addAll(PROPERTIES);
        for (TypeRule rule : BY_SIMPLE_NAME.values()) {
            ALL_WORDS.add(rule.simpleName());
            ALL_WORDS.addAll(rule.staticMethods());
            ALL_WORDS.addAll(rule.staticFields());
        }
        ALL_WORDS.removeAll(FORBIDDEN_NAMES.keySet());
    }

    private GuardPolicy() {
    }

    /**
     * A type rules may name.
     *
     * @param type          the class
     * @param model         whether it belongs to the model package
     * @param constructible whether rules may write {@code new} of it (model records and classes)
     * @param staticMethods static methods rules may call on it
     * @param staticFields  static fields and enum constants rules may read
     * @param instanceMethods instance methods rules may call on its values
     */
    public record TypeRule(Class<?> type, boolean model, boolean constructible, Set<String> staticMethods,
                           Set<String> staticFields, Set<String> instanceMethods) {

        /** @return the name rule code uses */
        public String simpleName() {
            return type.getSimpleName();
        }

        /** @return whether a pattern may match facts of this type */
        public boolean patternable() {
            return model || PATTERN_VALUE_TYPES.contains(type);
        }
    }

    /** @return the allowed type with this simple name */
    public static Optional<TypeRule> type(String simpleName) {
        return Optional.ofNullable(BY_SIMPLE_NAME.get(simpleName));
    }

    /** @return the allowed type with this fully qualified name */
    public static Optional<TypeRule> qualifiedType(String qualifiedName) {
        return Optional.ofNullable(BY_QUALIFIED_NAME.get(qualifiedName));
    }

    /** @return whether some allowed type allows this instance method */
    public static boolean instanceMethod(String name) {
        return INSTANCE_METHODS.contains(name);
    }

    /** @return whether some allowed type has this property (accessor, getter or bean name) */
    public static boolean property(String name) {
        return PROPERTIES.contains(name);
    }

    /** @return whether the name is allowed somewhere in a rule file: the catch-all check over the whole text */
    public static boolean anyWord(String name) {
        return ALL_WORDS.contains(name);
    }

    /** @return the reason a name is forbidden, when it is a known dangerous one */
    public static Optional<Hazard> forbiddenName(String name) {
        return Optional.ofNullable(FORBIDDEN_NAMES.get(name));
    }

    /** @return why a fully qualified name is dangerous: its simple name's reason, else its package's */
    public static Hazard hazardOf(String qualifiedName) {
        String simple = qualifiedName.substring(qualifiedName.lastIndexOf('.') + 1);
        Hazard byName = FORBIDDEN_NAMES.get(simple);
        if (byName != null) {
            return byName;
        }
        String best = null;
        for (String prefix : FORBIDDEN_PACKAGES.keySet()) {
            if ((qualifiedName.equals(prefix) || qualifiedName.startsWith(prefix + "."))
                    && (best == null || prefix.length() > best.length())) {
                best = prefix;
            }
        }
        return best == null ? Hazard.OUTSIDE_MODEL : FORBIDDEN_PACKAGES.get(best);
    }

    /** @return whether a rule file may declare this package */
    public static boolean packageAllowed(String name) {
        for (String reserved : RESERVED_PACKAGES) {
            if (name.equals(reserved) || name.startsWith(reserved + ".")) {
                return false;
            }
        }
        return true;
    }

    /** @return whether a DRL {@code import} of this target is allowed */
    public static boolean importAllowed(String target) {
        if (target.equals(MODEL_PACKAGE + ".*")) {
            return true;
        }
        return qualifiedType(target).isPresent();
    }

    /**
     * @param type   an allowed model type
     * @param method one of its static methods
     * @return whether every public static method of that name returns the type itself: a factory whose result
     *         an insert may take
     */
    public static boolean factory(Class<?> type, String method) {
        boolean found = false;
        for (Method m : type.getMethods()) {
            if (m.getName().equals(method) && Modifier.isStatic(m.getModifiers())) {
                if (m.getReturnType() != type) {
                    return false;
                }
                found = true;
            }
        }
        return found;
    }

    // --- building the tables -------------------------------------------------------------------------------

    private static void register(TypeRule rule, Set<Class<?>> memberTypes) {
        BY_SIMPLE_NAME.put(rule.simpleName(), rule);
        BY_QUALIFIED_NAME.put(rule.type().getName(), rule);
        INSTANCE_METHODS.addAll(rule.instanceMethods());
    }

    private static TypeRule value(Class<?> type, Set<String> statics, Set<String> fields, Set<String> instance) {
        return new TypeRule(type, false, false, statics, fields, instance);
    }

    /** Derives a model type's allowed members from its public API, leaving out what reaches beyond the model. */
    private static TypeRule model(Class<?> type, Set<Class<?>> memberTypes) {
        Set<String> statics = new TreeSet<>();
        Set<String> instance = new TreeSet<>();
        for (Method m : type.getDeclaredMethods()) {
            if (!Modifier.isPublic(m.getModifiers()) || m.isSynthetic() || m.isBridge()
                    || !memberTypes.contains(m.getReturnType())
                    || !Arrays.stream(m.getParameterTypes()).allMatch(memberTypes::contains)
                    || FORBIDDEN_NAMES.containsKey(m.getName())) {
                continue;
            }
            (Modifier.isStatic(m.getModifiers()) ? statics : instance).add(m.getName());
        }
        Set<String> fields = new TreeSet<>();
        for (Field f : type.getDeclaredFields()) {
            int mod = f.getModifiers();
            if (Modifier.isPublic(mod) && Modifier.isStatic(mod) && memberTypes.contains(f.getType())) {
                fields.add(f.getName());
            }
        }
        boolean constructible = !type.isEnum() && !type.isInterface() && !Modifier.isAbstract(type.getModifiers())
                && Arrays.stream(type.getConstructors()).map(Constructor::getParameterTypes)
                .anyMatch(params -> Arrays.stream(params).allMatch(memberTypes::contains));
        return new TypeRule(type, true, constructible, Collections.unmodifiableSet(statics),
                Collections.unmodifiableSet(fields), Collections.unmodifiableSet(instance));
    }

    /** Types a model member may take or return for the member to be allowed. */
    private static Set<Class<?>> memberTypes() {
        Set<Class<?>> types = new HashSet<>(List.of(void.class, boolean.class, byte.class, short.class, char.class,
                int.class, long.class, float.class, double.class, Boolean.class, Byte.class, Short.class,
                Character.class, Integer.class, Long.class, Float.class, Double.class, Number.class, String.class,
                Object.class, CharSequence.class, Optional.class, List.class, Set.class, Map.class, Collection.class,
                LocalDate.class, Year.class, Month.class, DayOfWeek.class));
        types.addAll(MODEL_TYPES);
        return types;
    }

    private static Optional<String> beanProperty(String method) {
        for (String prefix : List.of("get", "is")) {
            if (method.length() > prefix.length() && method.startsWith(prefix)
                    && Character.isUpperCase(method.charAt(prefix.length()))) {
                return Optional.of(Character.toLowerCase(method.charAt(prefix.length()))
                        + method.substring(prefix.length() + 1));
            }
        }
        return Optional.empty();
    }

    private static Set<String> names(String... names) {
        return Collections.unmodifiableSet(new TreeSet<>(List.of(names)));
    }

    private static Set<String> enumConstants(Class<? extends Enum<?>> type) {
        Set<String> constants = new TreeSet<>();
        for (Enum<?> e : type.getEnumConstants()) {
            constants.add(e.name());
        }
        return Collections.unmodifiableSet(constants);
    }

    private static Map<String, Hazard> forbiddenKeywords() {
        Map<String, Hazard> m = new LinkedHashMap<>();
        put(m, Hazard.LOOP, "while", "for", "do", "foreach", "until");
        put(m, Hazard.LOCK, "synchronized");
        put(m, Hazard.EXCEPTION, "try", "catch", "finally", "throw", "throws");
        put(m, Hazard.DECLARATION, "class", "interface", "enum", "static", "public", "private", "protected",
                "abstract", "final", "native", "volatile", "transient", "strictfp", "extends", "implements", "import",
                "package", "void", "const", "goto", "super", "def", "function", "sealed", "permits");
        put(m, Hazard.CONTROL_FLOW, "switch", "case", "default", "break", "continue", "yield", "assert");
        return Collections.unmodifiableMap(m);
    }

    private static Map<String, Hazard> forbiddenNames() {
        Map<String, Hazard> m = new LinkedHashMap<>();
        put(m, Hazard.SYSTEM, "System", "exit", "halt", "getenv", "getProperty", "getProperties", "setProperty",
                "clearProperty", "setOut", "setErr", "setIn", "gc", "load", "loadLibrary", "mapLibraryName",
                "getRuntime", "addShutdownHook", "SecurityManager", "getSecurityManager", "setSecurityManager",
                "AccessController", "ManagementFactory", "StackWalker", "Desktop", "Robot", "Toolkit");
        put(m, Hazard.PROCESS, "Runtime", "ProcessBuilder", "Process", "ProcessHandle", "exec");
        put(m, Hazard.FILE, "File", "Files", "Path", "Paths", "FileSystem", "FileSystems", "FileWriter",
                "FileReader", "FileInputStream", "FileOutputStream", "RandomAccessFile", "PrintWriter", "PrintStream",
                "InputStream", "OutputStream", "BufferedWriter", "BufferedReader", "Writer", "Reader", "Scanner",
                "Console", "FileChannel", "ZipFile", "JarFile", "writeString", "readString", "readAllBytes",
                "readAllLines", "write", "createFile", "createDirectory", "createDirectories", "createTempFile",
                "deleteIfExists", "newOutputStream", "newInputStream", "newBufferedWriter", "newBufferedReader");
        put(m, Hazard.NETWORK, "URL", "URI", "URLConnection", "HttpURLConnection", "HttpClient", "HttpRequest",
                "Socket", "ServerSocket", "DatagramSocket", "InetAddress", "InitialContext", "lookup",
                "DriverManager", "openConnection", "openStream");
        put(m, Hazard.REFLECTION, "Class", "getClass", "forName", "getMethod", "getMethods", "getDeclaredMethod",
                "getDeclaredMethods", "getField", "getFields", "getDeclaredField", "getDeclaredFields",
                "getConstructor", "getConstructors", "getDeclaredConstructor", "getDeclaredConstructors",
                "newInstance", "invoke", "invokeExact", "setAccessible", "trySetAccessible", "Method", "Field",
                "Constructor", "Array", "Modifier", "AccessibleObject", "MethodHandles", "MethodHandle", "Proxy",
                "Introspector", "getDeclaringClass", "getSuperclass", "getEnclosingClass", "getComponentType",
                "getRecordComponents");
        put(m, Hazard.CLASS_LOADING, "ClassLoader", "URLClassLoader", "getClassLoader", "getSystemClassLoader",
                "getContextClassLoader", "setContextClassLoader", "loadClass", "defineClass", "defineHiddenClass",
                "ServiceLoader", "Instrumentation", "Module", "ModuleLayer", "getModule", "Lookup");
        put(m, Hazard.THREAD, "Thread", "ThreadGroup", "ThreadLocal", "Executors", "Executor", "ExecutorService",
                "ScheduledExecutorService", "ForkJoinPool", "CompletableFuture", "Timer", "TimerTask", "sleep",
                "start", "interrupt", "wait", "notify", "notifyAll", "onSpinWait", "parallelStream", "Semaphore",
                "CountDownLatch", "ReentrantLock");
        put(m, Hazard.ENGINE, "drools", "kcontext", "kieRuntime", "getKieRuntime", "getWorkingMemory",
                "workingMemory", "getEntryPoint", "getEntryPoints", "entryPoints", "channels", "getChannels",
                "getKieBase", "kieBase", "getSession", "getRule", "getMatch", "getTuple", "KieServices", "KieSession",
                "KieBase", "KieContainer", "KnowledgeHelper", "RuleContext", "setFocus", "getAgenda",
                "fireAllRules", "fireUntilHalt", "dispose", "getFactHandle", "getObjects", "getQueryResults",
                "getGlobal", "setGlobal");
        put(m, Hazard.SCRIPT, "ScriptEngineManager", "ScriptEngine", "MVEL", "TemplateRuntime", "ParserContext",
                "compileExpression", "executeExpression", "GroovyShell", "JShell", "ToolProvider", "JavaCompiler",
                "getSystemJavaCompiler");
        put(m, Hazard.DESERIALIZATION, "ObjectInputStream", "ObjectOutputStream", "readObject", "writeObject",
                "XMLDecoder", "XMLEncoder", "ObjectMapper", "readValue");
        put(m, Hazard.MEMORY, "Unsafe", "theUnsafe", "VarHandle", "ByteBuffer", "allocateDirect", "MemorySegment");
        put(m, Hazard.AMPLIFICATION, "repeat", "nCopies", "join", "replace", "replaceAll", "replaceFirst",
                "formatted", "indent", "StringBuilder", "StringBuffer", "fill", "setLength", "ensureCapacity",
                "ArrayList", "LinkedList", "HashMap", "HashSet", "TreeMap", "TreeSet", "LinkedHashMap",
                "LinkedHashSet", "ArrayDeque", "Arrays");
        put(m, Hazard.NONDETERMINISM, "now", "random", "Random", "SecureRandom", "ThreadLocalRandom",
                "currentTimeMillis", "nanoTime", "Clock", "Instant", "UUID", "randomUUID");
        return Collections.unmodifiableMap(m);
    }

    private static Map<String, Hazard> forbiddenPackages() {
        Map<String, Hazard> m = new LinkedHashMap<>();
        m.put("java.io", Hazard.FILE);
        m.put("java.nio", Hazard.FILE);
        m.put("java.util.zip", Hazard.FILE);
        m.put("java.util.jar", Hazard.FILE);
        m.put("java.util.prefs", Hazard.FILE);
        m.put("java.util.logging", Hazard.FILE);
        m.put("java.net", Hazard.NETWORK);
        m.put("java.rmi", Hazard.NETWORK);
        m.put("java.sql", Hazard.NETWORK);
        m.put("javax.naming", Hazard.NETWORK);
        m.put("java.lang.reflect", Hazard.REFLECTION);
        m.put("java.lang.invoke", Hazard.REFLECTION);
        m.put("java.beans", Hazard.REFLECTION);
        m.put("java.lang.instrument", Hazard.CLASS_LOADING);
        m.put("javax.tools", Hazard.CLASS_LOADING);
        m.put("java.lang.management", Hazard.SYSTEM);
        m.put("javax.management", Hazard.SYSTEM);
        m.put("java.util.concurrent", Hazard.THREAD);
        m.put("javax.script", Hazard.SCRIPT);
        m.put("org.mvel2", Hazard.SCRIPT);
        m.put("sun", Hazard.MEMORY);
        m.put("jdk", Hazard.MEMORY);
        m.put("com.sun", Hazard.MEMORY);
        m.put("org.drools", Hazard.ENGINE);
        m.put("org.kie", Hazard.ENGINE);
        m.put("org.chuanmuc.assess", Hazard.ENGINE);
        m.put("org.chuanmuc.io", Hazard.FILE);
        return Collections.unmodifiableMap(m);
    }

    private static void put(Map<String, Hazard> map, Hazard hazard, String... names) {
        for (String name : names) {
            if (map.put(name, hazard) != null) {
                throw new IllegalStateException("listed twice: " + name);
            }
        }
    }
}
