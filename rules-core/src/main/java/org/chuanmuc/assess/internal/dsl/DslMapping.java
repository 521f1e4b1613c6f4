package org.chuanmuc.assess.internal.dsl;

import com.google.re2j.PatternSyntaxException;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chuanmuc.assess.Diagnostic;
import org.chuanmuc.assess.RuleSource;
import org.chuanmuc.assess.internal.Invisible;
import org.chuanmuc.assess.internal.guard.GuardLimits;
import org.chuanmuc.assess.internal.guard.GuardMessages;
import org.drools.drl.parser.lang.dsl.DSLMappingEntry;
import org.drools.drl.parser.lang.dsl.DSLMappingParseException;
import org.drools.drl.parser.lang.dsl.DSLTokenizedMappingFile;

/**
 * The sentences of one DSL file, checked and compiled for {@link DslExpander}.
 *
 * <p>The file is read by Drools' own DSL parser, so a sentence means what it means to Drools; but nothing of it
 * runs on Drools' expander: every key becomes a pattern of the linear-time engine re2j (a key is a regular
 * expression, and a backtracking engine can take exponential time on one). Before the parser sees the text, the
 * lines it would act on are checked: keyword entries, too many entries, keys too long or nested too deeply for
 * Java's recursive regex compiler; {@code #/} option lines (which make Drools' expander print to standard output)
 * are dropped.
 *
 * @param source     the DSL file's name
 * @param conditions sentences for conditions ({@code [when]} and {@code [*]})
 * @param actions    sentences for consequences ({@code [then]} and {@code [*]})
 */
public record DslMapping(String source, List<DslEntry> conditions, List<DslEntry> actions) {

    private static final String BOUNDARY_BEFORE = "(?:(?<=^)|(?<=\\W))";
    private static final String WORD_AFTER = "(?=\\W|$)";
    private static final String LINE_AFTER = "$";
    /** What Java's {@code $} in multi-line mode stands before, consumed instead of looked at. */
    private static final String LINE_END = "(?:\\r\\n|[\\n\\r\\x{85}\\x{2028}\\x{2029}]|\\z)";
    /** A line Drools' DSL parser takes for a comment or skips: blank, {@code #}, {@code #/} or {@code //}. */
    private static final Pattern COMMENT_OR_BLANK = Pattern.compile("^\\s*((#/?|//).*)?$");
    /** The position Drools' DSL parser puts at the start of some of its messages. */
    private static final Pattern PARSER_POSITION = Pattern.compile("^\\[(\\d{1,9}),(\\d{1,9})\\]:(.*)$",
            Pattern.DOTALL);
    private static final Set<String> FUNCTIONS = Set.of("uc", "lc", "ucfirst");
    private static final Pattern VALUE_FUNCTION = Pattern.compile("\\{([^{}!]*)!([^{}]*)\\}");

    /**
     * One sentence.
     *
     * @param key    the sentence as written, for messages
     * @param line   its line in the DSL file
     * @param first  the pattern for a search from the start of a line
     * @param later  the pattern for a search that starts one character before the wanted position
     * @param bounded whether the key must start after a non-word character (all keys not starting with {@code ^})
     * @param groups re2j group of each variable
     * @param value  the DRL the sentence stands for
     */
    public record DslEntry(String key, int line, com.google.re2j.Pattern first, com.google.re2j.Pattern later,
                           boolean bounded, Map<String, Integer> groups, String value) {

        /** @return a measure of the work one search costs per character scanned */
        long cost() {
            return first.pattern().length();
        }
    }

    /**
     * @param source   a DSL file
     * @param problems receives every problem, with the file's line
     * @return the sentences, or empty when the file has a problem (then nothing of it is used)
     */
    public static Optional<DslMapping> load(RuleSource source, List<Diagnostic> problems) {
        List<Integer> entryLines = new ArrayList<>();
        StringBuilder cleaned = new StringBuilder();
        if (!precheck(source.name(), source.text(), cleaned, entryLines, problems)) {
            return Optional.empty();
        }
        String text = cleaned.toString();
        DSLTokenizedMappingFile file = new DSLTokenizedMappingFile();
        boolean parsed;
        try {
            parsed = file.parseAndLoad(new StringReader(text));
        } catch (IOException | RuntimeException | StackOverflowError e) {
            problems.add(new Diagnostic(source.name(), 1, 1, GuardMessages.dslUnreadable(e.getClass().getSimpleName())));
            return Optional.empty();
        }
        if (!parsed) {
            for (Object error : file.getErrors()) {
                int line = error instanceof DSLMappingParseException e ? Math.max(1, e.getLine()) : 1;
                int column = 1;
                String message = error instanceof DSLMappingParseException e ? e.getMessage() : String.valueOf(error);
                Matcher at = PARSER_POSITION.matcher(message);
                if (at.matches()) {
                    // Drools' lexer writes its position into the text: "[5,1]: DSL lexer error"
                    line = Math.max(1, Integer.parseInt(at.group(1)));
                    column = Math.max(1, Integer.parseInt(at.group(2)) + 1);
                    message = at.group(3).strip().equals("DSL lexer error") ? GuardMessages.dslLexer()
                            : GuardMessages.dslSyntax(at.group(3));
                } else {
                    message = GuardMessages.dslSyntax(message);
                }
                problems.add(new Diagnostic(source.name(), line, column, message));
            }
            return Optional.empty();
        }
        List<DSLMappingEntry> entries = file.getMapping().getEntries();
        List<DslEntry> conditions = new ArrayList<>();
        List<DslEntry> actions = new ArrayList<>();
        int before = problems.size();
        for (int i = 0; i < entries.size(); i++) {
            DSLMappingEntry entry = entries.get(i);
            int line = i < entryLines.size() && entryLines.size() == entries.size() ? entryLines.get(i) : 1;
            if (entry.getSection() == DSLMappingEntry.KEYWORD) {
                problems.add(new Diagnostic(source.name(), line, 1, GuardMessages.dslKeywordSection()));
                continue;
            }
            Optional<DslEntry> compiled = compile(source.name(), entry, line, problems);
            if (compiled.isEmpty()) {
                continue;
            }
            DSLMappingEntry.Section section = entry.getSection();
            if (section == DSLMappingEntry.CONDITION || section == DSLMappingEntry.ANY) {
                conditions.add(compiled.get());
            }
            if (section == DSLMappingEntry.CONSEQUENCE || section == DSLMappingEntry.ANY) {
                actions.add(compiled.get());
            }
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new DslMapping(source.name(), List.copyOf(conditions), List.copyOf(actions)));
    }

    /**
     * Checks the lines Drools' parser would act on, records the line of each entry, and copies the text without
     * its {@code #/} option lines: they only make Drools' expander print to standard output (which this expander
     * never does), so they are dropped before anything reads them, their lines kept empty.
     */
    private static boolean precheck(String name, String text, StringBuilder cleaned, List<Integer> entryLines,
                                    List<Diagnostic> problems) {
        int before = problems.size();
        String[] lines = text.split("\\r\\n|\\n|\\r", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            String trimmed = line.strip();
            int column = line.indexOf(trimmed.isEmpty() ? " " : trimmed.substring(0, 1)) + 1;
            cleaned.append(trimmed.startsWith("#/") ? "" : line).append(i + 1 < lines.length ? "\n" : "");
            if (i == 0 && line.startsWith("\uFEFF")) {
                problems.add(new Diagnostic(name, 1, 1, GuardMessages.dslByteOrderMark()));
                return false;
            }
            String bare = Invisible.strip(line);
            if (!bare.isEmpty() && !bare.startsWith("[") && !COMMENT_OR_BLANK.matcher(bare).matches()) {
                // Drools' parser drops text before the first entry without a word, and joins a line after an entry
                // to that entry: a rule file saved as .dsl, or a rule pasted below a sentence, would silently not
                // be in the rule set. Every entry here is one line.
                problems.add(new Diagnostic(name, i + 1, column, GuardMessages.dslOutsideEntry()));
                return false;
            }
            if (trimmed.startsWith("[")) {
                entryLines.add(i + 1);
                if (entryLines.size() == GuardLimits.MAX_DSL_ENTRIES + 1) {
                    problems.add(new Diagnostic(name, i + 1, column,
                            GuardMessages.dslTooManyEntries(GuardLimits.MAX_DSL_ENTRIES)));
                }
                int close = line.indexOf(']');
                String section = close < 0 ? "" : line.substring(line.indexOf('[') + 1, close).strip();
                if (section.equalsIgnoreCase("keyword")) {
                    problems.add(new Diagnostic(name, i + 1, column, GuardMessages.dslKeywordSection()));
                }
                int equals = unescapedEquals(line);
                String key = equals < 0 ? line : line.substring(0, equals);
                if (key.length() > GuardLimits.MAX_DSL_KEY_CHARS) {
                    problems.add(new Diagnostic(name, i + 1, column,
                            GuardMessages.dslKeyTooLong(GuardLimits.MAX_DSL_KEY_CHARS)));
                } else if (nesting(key) > GuardLimits.MAX_DEPTH) {
                    problems.add(new Diagnostic(name, i + 1, column, GuardMessages.nestedTooDeep(GuardLimits.MAX_DEPTH)));
                }
                Matcher function = VALUE_FUNCTION.matcher(equals < 0 ? "" : line.substring(equals + 1));
                while (function.find()) {
                    if (!FUNCTIONS.contains(function.group(2))) {
                        problems.add(new Diagnostic(name, i + 1, equals + 2 + function.start(),
                                GuardMessages.dslFunction(function.group(2))));
                    }
                }
            }
        }
        if (entryLines.isEmpty() && problems.size() == before) {
            problems.add(new Diagnostic(name, 1, 1, GuardMessages.dslNoEntries()));
        }
        return problems.size() == before;
    }

    private static int unescapedEquals(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '=') {
                return i;
            }
        }
        return -1;
    }

    private static int nesting(String key) {
        int depth = 0;
        int max = 0;
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '(' || c == '[' || c == '{') {
                max = Math.max(max, ++depth);
            } else if (c == ')' || c == ']' || c == '}') {
                depth = Math.max(0, depth - 1);
            }
        }
        return max;
    }

    /**
     * Turns Drools' key pattern into re2j patterns. Drools wraps the key in look-behind and look-ahead for a
     * non-word character, which re2j lacks; here the neighbour is consumed outside group 1 instead, so that group 1
     * is exactly what Drools would match and replace.
     */
    private static Optional<DslEntry> compile(String name, DSLMappingEntry entry, int line, List<Diagnostic> problems) {
        String pattern = entry.getKeyPattern().pattern();
        boolean bounded = pattern.startsWith(BOUNDARY_BEFORE);
        String core = bounded ? pattern.substring(BOUNDARY_BEFORE.length()) : pattern;
        String after;
        if (core.endsWith(WORD_AFTER)) {
            core = core.substring(0, core.length() - WORD_AFTER.length());
            after = "(?:\\W|\\z)";
        } else if (core.endsWith(LINE_AFTER)) {
            core = core.substring(0, core.length() - LINE_AFTER.length());
            after = LINE_END;
        } else {
            after = "";
        }
        int flags = com.google.re2j.Pattern.DOTALL | com.google.re2j.Pattern.MULTILINE;
        try {
            com.google.re2j.Pattern first = com.google.re2j.Pattern.compile(
                    (bounded ? "(?:\\A|\\W)(" : "(") + core + ")" + after, flags);
            com.google.re2j.Pattern later = bounded
                    ? com.google.re2j.Pattern.compile("\\W(" + core + ")" + after, flags) : first;
            Map<String, Integer> groups = new HashMap<>();
            for (Map.Entry<String, Integer> variable : entry.getVariables().entrySet()) {
                groups.put(variable.getKey(), variable.getValue() + 1);
            }
            if (groups.values().stream().anyMatch(g -> g > first.groupCount())) {
                throw new PatternSyntaxException("variable group out of range", core);
            }
            return Optional.of(new DslEntry(entry.getMappingKey(), line, first, later, bounded, Map.copyOf(groups),
                    entry.getValuePattern() == null ? "" : entry.getValuePattern()));
        } catch (PatternSyntaxException | StackOverflowError e) {
            problems.add(new Diagnostic(name, line, 1, GuardMessages.dslPattern(entry.getMappingKey())));
            return Optional.empty();
        }
    }
}
