package org.chuanmuc.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Hostile review (performance round 8), of 83948b5: {@code DossierFormatException}'s message is now built by
 * {@code new Diagnostic(source, line, column, reason).toString()}, and {@code Diagnostic} requires a non-null source.
 * Neither the public constructor nor {@link DossierReader#read(com.fasterxml.jackson.databind.JsonNode, String)}
 * (which, unlike {@code open}, does not require a source name) says a null name is refused; before 83948b5 a null
 * name gave {@code "null:0:0: ..."}. Now a malformed tree read with no name throws a {@code NullPointerException}
 * from inside the exception's constructor, so the caller gets neither the documented
 * {@code DossierFormatException} nor the reason. Correct: the documented exception, with its reason.
 */
class DossierFormatNullSourceAttackTest {
    @Test
    void readTree_malformedRootWithoutASourceName_throwsTheDocumentedException() throws Exception {
        var root = new ObjectMapper().readTree("{\"officers\": []}"); // no period

        assertThatThrownBy(() -> DossierReader.withKnownSigns(Set.of()).read(root, null))
                .isInstanceOf(DossierFormatException.class);
    }

    @Test
    void constructor_withoutASourceName_keepsTheReason() {
        DossierFormatException e = new DossierFormatException(null, 0, 0, "thiếu period");
        assertThat(e.getMessage()).contains("thiếu period");
    }
}
