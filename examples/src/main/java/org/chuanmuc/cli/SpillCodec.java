package org.chuanmuc.cli;

import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.chuanmuc.assess.Assessment;
import org.chuanmuc.io.RejectedOfficer;
import org.chuanmuc.model.Dossier;

/**
 * Turns the records an assessment run passes around (dossiers, outcomes) into bytes and back, for spill files.
 * Every record component is written, so a field added to the model later travels too; a test checks that
 * what comes back equals what went in.
 */
final class SpillCodec {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new Jdk8Module())
            .addModule(new JavaTimeModule())
            .visibility(PropertyAccessor.GETTER, Visibility.NONE)
            .visibility(PropertyAccessor.IS_GETTER, Visibility.NONE)
            .visibility(PropertyAccessor.FIELD, Visibility.ANY)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    /** One outcome as stored: an assessment (with its dossier when the report needs it) or a refusal. */
    private record Stored(int index, Dossier dossier, Assessment assessment, RejectedOfficer refused) {
    }

    private final boolean keepDossiers;

    /**
     * @param keepDossiers whether outcomes keep their dossier: every output of {@code assess} needs it (reports show
     *                     names, the JSON results repeat the group); only a caller that needs the assessment alone
     *                     may leave it out
     */
    SpillCodec(boolean keepDossiers) {
        this.keepDossiers = keepDossiers;
    }

    byte[] dossier(Dossier dossier) {
        return write(dossier);
    }

    Dossier dossier(byte[] bytes) {
        return read(bytes, Dossier.class);
    }

    byte[] outcome(UnitAssessment.Outcome outcome) {
        if (outcome instanceof UnitAssessment.Assessed a) {
            return write(new Stored(a.index(), keepDossiers ? a.dossier() : null, a.assessment(), null));
        }
        UnitAssessment.Refused r = (UnitAssessment.Refused) outcome;
        return write(new Stored(r.index(), null, null, r.officer()));
    }

    UnitAssessment.Outcome outcome(byte[] bytes) {
        Stored s = read(bytes, Stored.class);
        if (s.refused() != null) {
            return new UnitAssessment.Refused(s.index(), s.refused());
        }
        return new UnitAssessment.Assessed(s.index(), s.dossier(), s.assessment());
    }

    private static byte[] write(Object value) {
        try {
            return MAPPER.writeValueAsBytes(value);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode " + value.getClass().getSimpleName(), e);
        }
    }

    private static <T> T read(byte[] bytes, Class<T> type) {
        try {
            return MAPPER.readValue(bytes, type);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot decode " + type.getSimpleName(), e);
        }
    }
}
