package org.chuanmuc.assess.internal.guard;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Decides whether a regular expression after {@code matches} is one that Java's backtracking matcher runs in time
 * linear in the text (times the pattern's length), and on a bounded stack. Drools matches with
 * {@link java.util.regex}, and a constraint is evaluated inside the engine where no time limit reaches, so anything
 * outside this subset is refused rather than guessed about.
 *
 * <p>The subset, each part of which keeps backtracking bounded:
 * <ul>
 * <li>atoms: characters, escaped characters, {@code \d \w \s} and their negations, {@code \p{...}}, classes
 *     {@code [...]} with ranges and negation, {@code .}, and {@code \Q...\E} quoted text;
 * <li>quantifiers ({@code * + ? {n} {n,} {n,m}}, lazy or not) only on a single atom: Java repeats a group by
 *     recursion, one stack frame per repetition; a group may only be optional ({@code ?});
 * <li>groups hold alternatives of plain atoms, and the alternatives start with different characters, so at most
 *     one can match at any place;
 * <li>at most one quantifier that can give back characters the rest of the pattern could use (an ambiguous
 *     quantifier, as in {@code a.*b}), and nothing but fixed-width atoms after it: one such quantifier costs one
 *     pass over the text per character, two cost a square;
 * <li>{@code ^} and {@code $} only at the ends; no back-references, look-around, flags or possessive quantifiers;
 *     at most {@link GuardLimits#MAX_REGEX_CHARS} characters and repetition counts up to 1,000.
 * </ul>
 */
final class RegexRisk {
    private static final int MAX_COUNT = 1_000;

    private RegexRisk() {
    }

    /** @return whether the pattern falls outside the linear subset */
    static boolean risky(String regex) {
        if (regex.length() > GuardLimits.MAX_REGEX_CHARS) {
            return true;
        }
        try {
            List<Item> items = new Parser(regex).parse();
            return ambiguous(items);
        } catch (IllegalArgumentException e) {
            return true;
        }
    }

    /** True unless at most one quantifier is ambiguous and only fixed-width items follow it. */
    private static boolean ambiguous(List<Item> items) {
        boolean seenAmbiguous = false;
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            if (seenAmbiguous && item.min != item.max) {
                return true;
            }
            if (!item.backtracks()) {
                continue;
            }
            CharSet follow = new CharSet();
            for (int j = i + 1; j < items.size(); j++) {
                follow.addAll(items.get(j).first);
                if (items.get(j).min > 0) {
                    break;
                }
            }
            if (item.first.intersects(follow)) {
                if (seenAmbiguous) {
                    return true;
                }
                seenAmbiguous = true;
            }
        }
        return false;
    }

    /**
     * One element of the top-level sequence.
     *
     * @param first the characters it can start with
     * @param min   its shortest width
     * @param max   its longest width, or -1 when unbounded
     * @param choice whether the matcher keeps a choice point in it (a quantifier or an optional group)
     */
    private record Item(CharSet first, int min, int max, boolean choice) {
        boolean backtracks() {
            return choice;
        }
    }

    /** A set of characters; negated sets stand for "almost everything". */
    private static final class CharSet {
        private final BitSet chars = new BitSet();
        private boolean negated;

        static CharSet of(char c) {
            CharSet s = new CharSet();
            s.chars.set(c);
            return s;
        }

        static CharSet everything() {
            CharSet s = new CharSet();
            s.negated = true;
            return s;
        }

        void addRange(int from, int to) {
            if (negated) {
                chars.clear(from, to + 1);
            } else {
                chars.set(from, to + 1);
            }
        }

        void addAll(CharSet other) {
            if (negated && other.negated) {
                chars.and(other.chars);
            } else if (negated) {
                chars.andNot(other.chars);
            } else if (other.negated) {
                BitSet mine = (BitSet) chars.clone();
                chars.clear();
                chars.or(other.chars);
                chars.andNot(mine);
                negated = true;
            } else {
                chars.or(other.chars);
            }
        }

        CharSet negate() {
            negated = !negated;
            return this;
        }

        boolean intersects(CharSet other) {
            if (!negated && !other.negated) {
                return chars.intersects(other.chars);
            }
            if (negated && other.negated) {
                return true;
            }
            CharSet plain = negated ? other : this;
            CharSet inverse = negated ? this : other;
            BitSet left = (BitSet) plain.chars.clone();
            left.andNot(inverse.chars);
            return !left.isEmpty();
        }
    }

    /** A recursive-descent reader of the subset; anything else throws. */
    private static final class Parser {
        private final String s;
        private int i;

        Parser(String s) {
            this.s = s;
        }

        List<Item> parse() {
            if (peek() == '^') {
                i++;
            }
            List<Item> items = new ArrayList<>();
            while (i < s.length()) {
                if (s.charAt(i) == '$' && i == s.length() - 1) {
                    i++;
                    break;
                }
                items.addAll(item());
            }
            return items;
        }

        /** One atom with its quantifier, or a group; quoted text gives one item per character. */
        private List<Item> item() {
            char c = s.charAt(i);
            if (c == '(') {
                Item group = group();
                if (peek() == '?') {
                    i++;
                    refuseLazyOrPossessive();
                    return List.of(new Item(group.first, 0, group.max, true));
                }
                if (isQuantifier(peek())) {
                    throw new IllegalArgumentException("repeated group");
                }
                return List.of(group);
            }
            if (c == '\\' && s.startsWith("\\Q", i)) {
                return quoted();
            }
            CharSet atom = atom();
            return List.of(quantified(atom));
        }

        private Item quantified(CharSet atom) {
            char q = peek();
            int min;
            int max;
            if (q == '*' || q == '+' || q == '?') {
                i++;
                min = q == '+' ? 1 : 0;
                max = q == '?' ? 1 : -1;
            } else if (q == '{') {
                int close = s.indexOf('}', i);
                if (close < 0) {
                    throw new IllegalArgumentException("unclosed count");
                }
                String[] parts = s.substring(i + 1, close).split(",", -1);
                if (parts.length > 2) {
                    throw new IllegalArgumentException("bad count");
                }
                min = count(parts[0]);
                max = parts.length == 1 ? min : parts[1].isEmpty() ? -1 : count(parts[1]);
                if (max >= 0 && max < min) {
                    throw new IllegalArgumentException("bad count");
                }
                i = close + 1;
            } else {
                return new Item(atom, 1, 1, false);
            }
            refuseLazyOrPossessive();
            return new Item(atom, min, max, min != max);
        }

        private void refuseLazyOrPossessive() {
            if (peek() == '+') {
                throw new IllegalArgumentException("possessive");
            }
            if (peek() == '?') {
                i++; // lazy: the same choice points, tried in the other order
            }
            if (isQuantifier(peek())) {
                throw new IllegalArgumentException("stacked quantifiers");
            }
        }

        private int count(String digits) {
            if (digits.isEmpty() || digits.length() > 4 || !digits.chars().allMatch(Character::isDigit)) {
                throw new IllegalArgumentException("bad count");
            }
            int n = Integer.parseInt(digits);
            if (n > MAX_COUNT) {
                throw new IllegalArgumentException("count too large");
            }
            return n;
        }

        /** {@code (a|bc)} or {@code (?:a|bc)}: alternatives of plain atoms starting with different characters. */
        private Item group() {
            i++;
            if (peek() == '?') {
                if (!s.startsWith("?:", i)) {
                    throw new IllegalArgumentException("look-around, flags or named group");
                }
                i += 2;
            }
            List<CharSet> firsts = new ArrayList<>();
            int min = Integer.MAX_VALUE;
            int max = 0;
            CharSet first = new CharSet();
            while (true) {
                int width = 0;
                CharSet altFirst = null;
                while (i < s.length() && s.charAt(i) != '|' && s.charAt(i) != ')') {
                    if (s.charAt(i) == '(') {
                        throw new IllegalArgumentException("nested group");
                    }
                    List<CharSet> atoms = s.startsWith("\\Q", i) ? quotedSets() : List.of(atom());
                    if (isQuantifier(peek())) {
                        throw new IllegalArgumentException("quantifier inside a group");
                    }
                    if (altFirst == null) {
                        altFirst = atoms.get(0);
                    }
                    width += atoms.size();
                }
                if (altFirst == null) {
                    throw new IllegalArgumentException("empty alternative");
                }
                for (CharSet other : firsts) {
                    if (other.intersects(altFirst)) {
                        throw new IllegalArgumentException("alternatives start alike");
                    }
                }
                firsts.add(altFirst);
                first.addAll(altFirst);
                min = Math.min(min, width);
                max = Math.max(max, width);
                if (i >= s.length()) {
                    throw new IllegalArgumentException("unclosed group");
                }
                if (s.charAt(i++) == ')') {
                    return new Item(first, min, max, false);
                }
            }
        }

        private List<Item> quoted() {
            List<Item> items = new ArrayList<>();
            for (CharSet c : quotedSets()) {
                items.add(new Item(c, 1, 1, false));
            }
            if (!items.isEmpty() && isQuantifier(peek())) {
                // the quantifier applies to the last quoted character only
                Item last = items.remove(items.size() - 1);
                items.add(quantified(last.first));
            }
            return items;
        }

        private List<CharSet> quotedSets() {
            int end = s.indexOf("\\E", i + 2);
            String text = end < 0 ? s.substring(i + 2) : s.substring(i + 2, end);
            i = end < 0 ? s.length() : end + 2;
            List<CharSet> sets = new ArrayList<>();
            for (char c : text.toCharArray()) {
                sets.add(CharSet.of(c));
            }
            if (sets.isEmpty()) {
                throw new IllegalArgumentException("empty quote");
            }
            return sets;
        }

        private CharSet atom() {
            char c = s.charAt(i++);
            switch (c) {
                case '.':
                    return CharSet.everything();
                case '[':
                    return characterClass();
                case '\\':
                    return escape(false);
                case '^':
                case '$':
                case '|':
                case ')':
                case '*':
                case '+':
                case '?':
                case '{':
                    throw new IllegalArgumentException("misplaced " + c);
                default:
                    return CharSet.of(c);
            }
        }

        private CharSet escape(boolean inClass) {
            if (i >= s.length()) {
                throw new IllegalArgumentException("trailing backslash");
            }
            char c = s.charAt(i++);
            switch (c) {
                case 'd':
                    return range('0', '9');
                case 'D':
                    return range('0', '9').negate();
                case 'w':
                    return word();
                case 'W':
                    return word().negate();
                case 's':
                    return space();
                case 'S':
                    return space().negate();
                case 'p':
                case 'P':
                    int close = s.indexOf('}', i);
                    if (peek() != '{' || close < 0) {
                        throw new IllegalArgumentException("bad property");
                    }
                    i = close + 1;
                    return CharSet.everything(); // a property class: assume it overlaps everything
                case 't':
                    return CharSet.of('\t');
                case 'n':
                    return CharSet.of('\n');
                case 'r':
                    return CharSet.of('\r');
                case 'f':
                    return CharSet.of('\f');
                default:
                    if (Character.isLetterOrDigit(c)) {
                        // back-references, anchors (\b \A \z \G), octal, hex and control escapes
                        throw new IllegalArgumentException("escape \\" + c);
                    }
                    return CharSet.of(c);
            }
        }

        private CharSet characterClass() {
            CharSet set = new CharSet();
            boolean negate = peek() == '^';
            if (negate) {
                i++;
            }
            boolean firstChar = true;
            while (true) {
                if (i >= s.length()) {
                    throw new IllegalArgumentException("unclosed class");
                }
                char c = s.charAt(i);
                if (c == ']' && !firstChar) {
                    i++;
                    break;
                }
                if (c == '[' || s.startsWith("&&", i)) {
                    throw new IllegalArgumentException("nested class");
                }
                firstChar = false;
                if (c == '\\') {
                    i++;
                    set.addAll(escape(true));
                    continue;
                }
                i++;
                if (peek() == '-' && i + 1 < s.length() && s.charAt(i + 1) != ']') {
                    char to = s.charAt(i + 1);
                    if (to == '\\' || to == '[' || to < c) {
                        throw new IllegalArgumentException("bad range");
                    }
                    set.addRange(c, to);
                    i += 2;
                } else {
                    set.addRange(c, c);
                }
            }
            return negate ? set.negate() : set;
        }

        private static CharSet range(char from, char to) {
            CharSet set = new CharSet();
            set.addRange(from, to);
            return set;
        }

        private static CharSet word() {
            CharSet set = range('a', 'z');
            set.addRange('A', 'Z');
            set.addRange('0', '9');
            set.addRange('_', '_');
            return set;
        }

        private static CharSet space() {
            CharSet set = new CharSet();
            for (char c : new char[] {' ', '\t', '\n', 0x0B, '\f', '\r'}) {
                set.addRange(c, c);
            }
            return set;
        }

        private static boolean isQuantifier(char c) {
            return c == '*' || c == '+' || c == '?' || c == '{';
        }

        private char peek() {
            return i < s.length() ? s.charAt(i) : '\0';
        }
    }
}
