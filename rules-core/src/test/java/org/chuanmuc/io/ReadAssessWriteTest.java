package org.chuanmuc.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import org.chuanmuc.assess.Assessor;
import org.chuanmuc.testing.TinyRules;
import org.junit.jupiter.api.Test;

/** The CLI's path: stream a file in batches, assess each batch, stream the results out. */
class ReadAssessWriteTest {

    @Test
    void streamAssessWrite_sampleWithOneBadRecord_writesEveryOfficerOnceInInputOrder() throws Exception {
        Assessor assessor = TinyRules.assessor();
        ObjectNode root = DossierStreamTest.withOfficers("PC08", "PC08", "PC09", "PC09");
        ((ObjectNode) root.withArray("officers").get(1)).put("monthsWorked", 13);
        ((ObjectNode) root.withArray("officers").get(2)).putArray("signs").addObject()
                .put("code", "NQ4-DD-03").put("verified", true);
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        try (DossierStream in = DossierJson.READER.open(new ByteArrayInputStream(DossierJson.bytes(root)), "in");
             ResultWriter writer = ResultWriter.to(out, in.period(), assessor.ruleSet())) {
            for (DossierBatch batch : in) {
                writer.write(assessor.assessAll(batch.dossiers()));
                writer.reject(batch.rejected());
            }
            writer.finish();
        }

        Schemas.assertValidResults(out.toByteArray());
        JsonNode results = DossierJson.MAPPER.readTree(out.toByteArray());
        assertThat(results.get("results")).extracting(r -> r.get("officerId").asText())
                .containsExactly("CB-0", "CB-2", "CB-3");
        assertThat(results.get("results").get(1).get("rating").asText()).isEqualTo("HOAN_THANH");
        assertThat(results.get("results").get(1).get("reasons").get(0).get("rule").asText())
                .isEqualTo(TinyRules.CAP_RULE);
        assertThat(results.get("rejected")).extracting(r -> r.get("officerId").asText()).containsExactly("CB-1");
        assertThat(results.get("summary").toString())
                .isEqualTo("{\"assessed\":3,\"rejected\":1,\"byRating\":{\"HOAN_THANH_XUAT_SAC\":2,\"HOAN_THANH\":1}}");
        assertThat(results.get("ruleSet").get("sha256").asText()).isEqualTo(assessor.ruleSet().sha256());
    }
}
