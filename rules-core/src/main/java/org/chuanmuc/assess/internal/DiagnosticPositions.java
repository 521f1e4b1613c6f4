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
 * message itself has none, and for decision tables the spreadsheet cell of the row that produced the
 * generated rule (line numbers of generated DRL mean nothing to the person who edited the sheet).
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
        texts.forEach(t -> drlBySource.put(t.sourceName(), t.drl()));
        Map<String, String[]> linesBySource = new HashMap<>(); // split once per source: polishing stays linear
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
            if (drl != null && d.source().contains(".xlsx[") && line > 0) {
                String cell = tableCell(linesBySource.computeIfAbsent(d.source(), k -> drl.split("\n", -1)), line);
                if (cell != null) {
                    message = message + " (dòng quy tắc ở ô " + cell + " / rule row at cell " + cell + ")";
                }
            }
            result.add(new Diagnostic(d.source(), line, column, message));
        }
        return result;
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
