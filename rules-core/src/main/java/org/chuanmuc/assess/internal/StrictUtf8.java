package org.chuanmuc.assess.internal;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.chuanmuc.assess.Diagnostic;
import org.chuanmuc.assess.RuleSource;
import org.chuanmuc.assess.internal.guard.GuardMessages;

/**
 * Refuses a text rule file (DRL, DSLR, DSL) that is not UTF-8, at its first byte that is not.
 *
 * <p>Why: {@link RuleSource#text()} decodes leniently, turning every byte that is not UTF-8 into U+FFFD. A rule file
 * saved in a Windows code page (windows-1258, as an editor may do) then passed the guard and the compiler, and every
 * Vietnamese message of its rules reached the reports as garbage.
 */
final class StrictUtf8 {
    private StrictUtf8() {
    }

    /**
     * @param source   a text rule file
     * @param problems receives a diagnostic at the first byte that is not UTF-8, if there is one
     * @return whether the file is UTF-8 (then it may be translated)
     */
    static boolean check(RuleSource source, List<Diagnostic> problems) {
        Optional<Diagnostic> bad = firstBadByte(source.name(), source.content());
        bad.ifPresent(problems::add);
        return bad.isEmpty();
    }

    /**
     * @param name    the file's name, for the diagnostic
     * @param content the file's bytes
     * @return a diagnostic at the first byte that is not UTF-8: on line 1 + the line feeds before it, column 1 + the
     *         characters (UTF-16 units, as the compiler counts) since the last line feed; empty when all bytes are
     */
    static Optional<Diagnostic> firstBadByte(String name, byte[] content) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(content);
        CharBuffer out = CharBuffer.allocate(8192);
        int line = 1;
        int column = 1;
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            out.flip();
            while (out.hasRemaining()) {
                if (out.get() == '\n') {
                    line++;
                    column = 1;
                } else {
                    column++;
                }
            }
            out.clear();
            if (result.isError()) {
                return Optional.of(new Diagnostic(name, line, column,
                        GuardMessages.notUtf8(content[in.position()] & 0xFF)));
            }
            if (result.isUnderflow()) {
                return Optional.empty();
            }
        }
    }
}
