package org.chuanmuc.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import org.chuanmuc.io.DossierEntry;
import org.chuanmuc.io.DossierFile;
import org.chuanmuc.io.DossierFormatException;
import org.chuanmuc.io.DossierJson;

/**
 * Any bytes given to the dossier reader give results and rejections, or a {@link DossierFormatException}
 * naming the line and column: never another exception, never a hang.
 */
class DossierReaderFuzzTest {

    @FuzzTest(maxDuration = "3m")
    void read_anyBytes_givesEntriesOrAFormatError(byte[] input) {
        DossierFile file;
        try {
            file = DossierJson.READER.read(new ByteArrayInputStream(input), "fuzz.json");
        } catch (DossierFormatException e) {
            assertThat(e.source()).isEqualTo("fuzz.json");
            assertThat(e.line()).isPositive();
            assertThat(e.column()).isPositive();
            return;
        }
        int expected = 0;
        for (DossierEntry entry : file.entries()) {
            assertThat(entry.index()).isEqualTo(expected++);
        }
    }
}
