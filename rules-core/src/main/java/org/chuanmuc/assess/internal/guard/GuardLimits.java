package org.chuanmuc.assess.internal.guard;

/**
 * Every numeric bound of the rule guard and of the sessions behind it, in one place. Each bound keeps one resource
 * (memory, time, stack) proportional to something the library controls; together they make any rule input finish
 * with a diagnostic or an {@code AssessmentException} instead of a hang or a crashed JVM. The standard criteria stay
 * far below every one of them (the README gives the figures).
 */
public final class GuardLimits {

    // --- sources ---------------------------------------------------------------------------------------

    /** Most characters of one DRL text (a DRL file, an expanded DSLR file, one converted worksheet). */
    public static final int MAX_SOURCE_CHARS = 4_000_000;

    /** Most characters of all DRL texts of one rule set together: the compiler holds them all at once. */
    public static final int MAX_TOTAL_CHARS = 8_000_000;

    /** Most rules and queries in one rule set: compiling costs memory per rule. */
    public static final int MAX_RULES = 2_000;

    /** Most rules and queries a local folder may hold. */
    public static final int MAX_FOLDER_RULES = 500;

    /** Most bytes of rule files a local folder may hold. */
    public static final long MAX_FOLDER_BYTES = 2_000_000;

    /** Most rule files a local folder may hold. */
    public static final int MAX_FOLDER_FILES = 200;

    /** Most entries (files and folders of any kind) examined below a local folder. */
    public static final int MAX_FOLDER_ENTRIES = 10_000;

    /** Most bytes one rule file may have, wherever it comes from. */
    public static final long MAX_FILE_BYTES = MAX_SOURCE_CHARS;

    /** Most bytes the parts of one Excel workbook may inflate to: a small zip can hold gigabytes. */
    public static final long MAX_WORKBOOK_INFLATED_BYTES = 16_000_000;

    /** Most diagnostics kept per source; the rest are counted in one last diagnostic. */
    public static final int MAX_DIAGNOSTICS_PER_SOURCE = 100;

    // --- DSL -------------------------------------------------------------------------------------------

    /** Most entries in one DSL file. */
    public static final int MAX_DSL_ENTRIES = 500;

    /** Most characters in the key (the sentence) of one DSL entry. */
    public static final int MAX_DSL_KEY_CHARS = 1_000;

    /** Most characters one DSLR line may grow to while its sentences are expanded. */
    public static final int MAX_EXPANDED_LINE_CHARS = 100_000;

    /** Most sentence replacements in one DSLR file. */
    public static final int MAX_DSL_REPLACEMENTS = 200_000;

    /**
     * Most matching work for one DSLR file, in characters scanned times pattern length: the linear-time matcher
     * makes this a bound on time. The standard criteria use about 1% of it.
     */
    public static final long MAX_DSL_WORK = 2_000_000_000L;

    // --- code shape ------------------------------------------------------------------------------------

    /** Deepest nesting of brackets, and of casts, prefix operators and {@code ?:} chains, in rule code. */
    public static final int MAX_DEPTH = 40;

    /**
     * Most tokens in one stretch of code between {@code ;}, braces and the {@code when}, {@code then} and
     * {@code end} of a rule: a condition part, one statement. Parsers and compilers recurse on long expressions.
     */
    public static final int MAX_SEGMENT_TOKENS = 3_000;

    /**
     * Most patterns over many facts that one rule may combine without a key joining them (the join degree):
     * two allow a unit's officers against each other, three would hold n³ combinations.
     */
    public static final int MAX_JOIN_DEGREE = 2;

    /** Most alternatives an {@code or} in a rule's conditions may expand into: each becomes a rule of its own. */
    public static final int MAX_SUBRULES = 16;

    /** Longest regular expression accepted after {@code matches}. */
    public static final int MAX_REGEX_CHARS = 200;

    // --- sessions --------------------------------------------------------------------------------------

    /** Most characters of text (strings, in any depth of records, lists and optionals) in one inserted fact. */
    public static final int MAX_FACT_TEXT = 10_000;

    /** Facts rules may insert in one session: this many per officer of the batch, plus {@link #FACTS_BASE}. */
    public static final int FACTS_PER_OFFICER = 200;

    /** Facts rules may insert in one session besides {@link #FACTS_PER_OFFICER}. */
    public static final int FACTS_BASE = 2_000;

    /** Characters of text rules may insert in one session: this many per officer, plus {@link #TEXT_BASE}. */
    public static final long TEXT_PER_OFFICER = 20_000;

    /** Characters of text rules may insert in one session besides {@link #TEXT_PER_OFFICER}. */
    public static final long TEXT_BASE = 200_000;

    /** Activations waiting on the agenda at once: this many per officer, plus {@link #MATCHES_BASE}. */
    public static final int MATCHES_PER_OFFICER = 200;

    /** Activations waiting on the agenda at once besides {@link #MATCHES_PER_OFFICER}. */
    public static final int MATCHES_BASE = 10_000;

    private GuardLimits() {
    }
}
