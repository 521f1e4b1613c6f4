package org.chuanmuc.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import org.junit.jupiter.api.Test;

/**
 * Inputs the fuzzer found ({@code org.chuanmuc.fuzz.DossierReaderFuzzTest}) that once escaped the reader as
 * something other than a {@link DossierFormatException}; each is also kept in the fuzz corpus.
 */
class DossierReaderFuzzFindingsTest {

    private static DossierFormatException formatError(byte[] bytes) {
        try {
            DossierJson.READER.read(new ByteArrayInputStream(bytes), "hong.json");
        } catch (DossierFormatException e) {
            return e;
        }
        throw new AssertionError("read without an error");
    }

    @Test
    void read_invalidUtf32CodePoint_isAFormatErrorWithAPositionNotAnIoError() {
        // EF 00 00 00 makes Jackson read UTF-32; the next four bytes are no code point at all
        byte[] bytes = {(byte) 0xEF, 0, 0, 0, 0, 0, 0, 0, 0, 'o', 'd', '"', ':', '{', '}'};

        DossierFormatException e = formatError(bytes);

        assertThat(e.getMessage()).startsWith("hong.json:").contains("không phải JSON hợp lệ").contains("UTF-32");
        assertThat(e.line()).isPositive();
        assertThat(e.column()).isPositive();
    }

    @Test
    void read_byteOrderOfAnUnreadableUcs4_isAFormatErrorAtTheStart() {
        // 00 00 FF FE: a UCS-4 byte-order mark in the order 2143, which Jackson does not read
        byte[] bytes = {0, 0, (byte) 0xFF, (byte) 0xFE, 0, 0, 0, '{'};

        DossierFormatException e = formatError(bytes);

        assertThat(e.getMessage()).startsWith("hong.json:1:1:").contains("không phải JSON hợp lệ");
    }
}
