package org.chuanmuc.assess.internal;

/**
 * Characters a spreadsheet or a text editor shows as nothing: white space, control characters, the no-break and
 * ideographic spaces, and format characters such as the zero-width space. A cell or a line holding only them looks
 * blank to whoever edits it, so the checks that read cells and rule lines treat them as spaces.
 */
public final class Invisible {
    private Invisible() {
    }

    /** @return whether the character is shown as nothing */
    public static boolean is(char c) {
        return c <= ' ' || Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c)
                || Character.getType(c) == Character.FORMAT;
    }

    /** @return the index of the first character of the text that is shown, or its length when there is none */
    static int start(CharSequence text) {
        int start = 0;
        while (start < text.length() && is(text.charAt(start))) {
            start++;
        }
        return start;
    }

    /** @return the index just past the last character of the text that is shown, no lower than {@code start} */
    static int end(CharSequence text, int start) {
        int end = text.length();
        while (end > start && is(text.charAt(end - 1))) {
            end--;
        }
        return end;
    }

    /** @return the text without the characters shown as nothing at its ends */
    public static String strip(String text) {
        int start = start(text);
        return text.substring(start, end(text, start));
    }
}
