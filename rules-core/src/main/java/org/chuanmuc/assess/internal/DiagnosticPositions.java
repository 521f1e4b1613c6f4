package org.chuanmuc.assess.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chuanmuc.assess.Diagnostic;

/**
 * Makes diagnostics point where a person can look: the column the parser names in its text when the
 * message itself has none, for decision tables the spreadsheet cell of the row that produced the
 * generated rule (line numbers of generated DRL mean nothing to the person who edited the sheet), and for a
 * DSLR file a column of the line as written rather than of its expanded sentence.
 */
final class DiagnosticPositions {
    private static final Pattern PARSER_POSITION = Pattern.compile("\\bLine (\\d+):(\\d+)\\b");
    private static final Pattern TABLE_ROW = Pattern.compile("^\\s*// rule values at ([A-Z]+\\d+)");
    /** Drools adds this after any syntax error; alone it says nothing the other diagnostics don't. */
    private static final String NULL_PACKAGE = "Parser returned a null Package";

    private DiagnosticPositions() {
    }

    static List<Diagnostic> polish(List<Diagnostic> problems, List<DrlText> texts) {
        Map<String, String> drlBySource = new HashMap<>();
        Map<String, String> editedBySource = new HashMap<>();
        texts.forEach(t -> {
            drlBySource.put(t.sourceName(), t.drl());
            if (t.edited() != null) {
                editedBySource.put(t.sourceName(), t.edited());
            }
        });
        Map<String, String[]> linesBySource = new HashMap<>(); // split once per source: polishing stays linear
        Map<String, String[]> editedLines = new HashMap<>();
        Map<String, Long> perSource = new HashMap<>();
        problems.forEach(p -> perSource.merge(p.source(), 1L, Long::sum));
        List<Diagnostic> result = new ArrayList<>(problems.size());
        for (Diagnostic d : problems) {
            if (d.message().contains(NULL_PACKAGE) && perSource.get(d.source()) > 1) {
                continue;
            }
            int line = d.line();
            int column = d.column();
            Matcher m = PARSER_POSITION.matcher(d.message());
            if (column == 0 && m.find() && Integer.parseInt(m.group(1)) == line) {
                column = Integer.parseInt(m.group(2)) + 1; // the parser counts columns from 0
            }
            String message = d.message();
            String drl = drlBySource.get(d.source());
            String edited = editedBySource.get(d.source());
            if (drl != null && edited != null && line > 0 && column > 0) {
                column = editedColumn(linesBySource.computeIfAbsent(d.source(), k -> drl.split("\n", -1)),
                        editedLines.computeIfAbsent(d.source(), k -> edited.split("\n", -1)), line, column);
            }
            if (drl != null && d.source().contains(".xlsx[") && line > 0) {
                String cell = tableCell(linesBySource.computeIfAbsent(d.source(), k -> drl.split("\n", -1)), line);
                // the row's first cell is the one the message is about when the table has no NAME column
                if (cell != null && !namesCell(message, cell)) {
                    message = message + " (dòng quy tắc ở ô " + cell + " / rule row at cell " + cell + ")";
                }
            }
            result.add(new Diagnostic(d.source(), line, column, message));
        }
        return result;
    }

    /**
     * The column in the line as the person wrote it for a column of the expanded line: where the word at that
     * column (a name such as {@code FindingKind.NEGATIVEX}, its last part, a quoted text, or a single bracket or
     * operator) is written once in the sentence, else where the sentence starts. A line the expander left alone
     * keeps its column.
     */
    static int editedColumn(String[] expanded, String[] written, int line, int column) {
        if (line > expanded.length || line > written.length) {
            return column;
        }
        String out = stripCr(expanded[line - 1]);
        String in = stripCr(written[line - 1]);
        if (out.equals(in)) {
            return column;
        }
        for (String word : wordsAt(out, column - 1)) {
            int at = in.indexOf(word);
            if (at >= 0 && in.indexOf(word, at + 1) < 0) {
                return at + 1;
            }
        }
        int start = 0;
        while (start < in.length() && Character.isWhitespace(in.charAt(start))) {
            start++;
        }
        return start + 1;
    }

    private static String stripCr(String line) {
        return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
    }

    /** The word at an offset and, for a dotted name, its last part: longest first. */
    private static List<String> wordsAt(String line, int at) {
        List<String> words = new ArrayList<>();
        if (at < 0 || at >= line.length()) {
            return words;
        }
        if (line.charAt(at) == '"') {
            int end = line.indexOf('"', at + 1);
            if (end > at + 1) {
                words.add(line.substring(at, end + 1));
                words.add(line.substring(at + 1, end));
            }
            return words;
        }
        if (!isNamePart(line.charAt(at))) {
            if (!Character.isWhitespace(line.charAt(at))) {
                words.add(String.valueOf(line.charAt(at))); // a bracket or an operator, when the line has it once
            }
            return words;
        }
        int from = at;
        int to = at;
        while (from > 0 && isNamePart(line.charAt(from - 1))) {
            from--;
        }
        while (to < line.length() && isNamePart(line.charAt(to))) {
            to++;
        }
        if (to > from) {
            String word = line.substring(from, to);
            words.add(word);
            int dot = word.lastIndexOf('.');
            if (dot >= 0 && dot + 1 < word.length()) {
                words.add(word.substring(dot + 1));
            }
        }
        return words;
    }

    private static boolean isNamePart(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$' || c == '.';
    }

    /** @return whether a message starts with the cell it is about, as "ô B10: …" or "ô B10 trống …" do */
    private static boolean namesCell(String message, String cell) {
        String named = "ô " + cell;
        return message.startsWith(named) && (message.length() == named.length()
                || !Character.isLetterOrDigit(message.charAt(named.length())));
    }

    /** The cell named by the generator's comment above the rule that holds {@code line}. */
    private static String tableCell(String[] lines, int line) {
        for (int i = Math.min(line, lines.length) - 1; i >= 0; i--) {
            Matcher m = TABLE_ROW.matcher(lines[i]);
            if (m.find()) {
                return m.group(1);
            }
        }
        return null;
    }
}
