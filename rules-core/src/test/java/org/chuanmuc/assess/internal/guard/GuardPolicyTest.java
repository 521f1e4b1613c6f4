package org.chuanmuc.assess.internal.guard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.chuanmuc.assess.internal.guard.GuardPolicy.TypeRule;
import org.junit.jupiter.api.Test;

class GuardPolicyTest {

    @Test
    void modelTypes_coverEveryPublicTypeOfTheModelPackage() throws IOException, URISyntaxException,
            ClassNotFoundException {
        Path folder = Path.of(GuardPolicyTest.class.getClassLoader().getResource("org/chuanmuc/model").toURI());
        Set<String> listed = new HashSet<>(GuardPolicy.EXCLUDED_MODEL_TYPES);
        GuardPolicy.MODEL_TYPES.forEach(c -> listed.add(c.getName()));
        List<String> publicTypes;
        try (Stream<Path> files = Files.list(folder)) {
            publicTypes = files.map(f -> f.getFileName().toString())
                    .filter(n -> n.endsWith(".class") && !n.contains("$"))
                    .map(n -> GuardPolicy.MODEL_PACKAGE + "." + n.substring(0, n.length() - ".class".length()))
                    .toList();
        }
        for (String type : publicTypes) {
            if (Modifier.isPublic(Class.forName(type).getModifiers())) {
                assertThat(listed).as("add %s to GuardPolicy.MODEL_TYPES or EXCLUDED_MODEL_TYPES", type)
                        .contains(type);
            }
        }
    }

    @Test
    void allowedMembers_neverIncludeAForbiddenName() {
        for (TypeRule rule : GuardPolicy.VALUE_TYPES) {
            assertThat(rule.staticMethods()).doesNotContainAnyElementsOf(GuardPolicy.FORBIDDEN_NAMES.keySet());
            assertThat(rule.instanceMethods()).doesNotContainAnyElementsOf(GuardPolicy.FORBIDDEN_NAMES.keySet());
        }
        for (String name : GuardPolicy.FORBIDDEN_NAMES.keySet()) {
            assertThat(GuardPolicy.anyWord(name)).as(name).isFalse();
            assertThat(GuardPolicy.instanceMethod(name)).as(name).isFalse();
        }
        assertThat(GuardPolicy.anyWord("getClass")).isFalse();
    }

    @Test
    void modelMembers_areDerivedFromThePublicApiButStayInsideTheModel() {
        TypeRule officer = GuardPolicy.type("Officer").orElseThrow();
        assertThat(officer.constructible()).isTrue();
        assertThat(officer.staticMethods()).doesNotContain("builder"); // returns the mutable OfficerBuilder
        assertThat(officer.instanceMethods()).contains("id", "signs", "ratingIn", "verifiedComplaints");
        assertThat(GuardPolicy.type("RatingCap").orElseThrow().staticMethods()).contains("state", "party");
        assertThat(GuardPolicy.type("Tasks").orElseThrow().staticFields()).contains("NONE");
        assertThat(GuardPolicy.type("RatingLevel").orElseThrow().staticFields()).contains("HOAN_THANH");
        assertThat(GuardPolicy.type("RatingLevel").orElseThrow().constructible()).isFalse();
        assertThat(GuardPolicy.type("OfficerBuilder")).isEmpty();
    }

    @Test
    void dangerousTypes_areNotNameable() {
        for (String name : List.of("Object", "Class", "System", "Runtime", "Thread", "StringBuilder", "ArrayList")) {
            assertThat(GuardPolicy.type(name)).as(name).isEmpty();
        }
        assertThat(GuardPolicy.qualifiedType("java.util.List")).isPresent();
        assertThat(GuardPolicy.qualifiedType("java.time.Period")).isEmpty(); // "Period" is the model's
    }

    @Test
    void imports_onlyTheModelAndValueTypes() {
        assertThat(GuardPolicy.importAllowed("org.chuanmuc.model.*")).isTrue();
        assertThat(GuardPolicy.importAllowed("org.chuanmuc.model.Officer")).isTrue();
        assertThat(GuardPolicy.importAllowed("java.time.LocalDate")).isTrue();
        assertThat(GuardPolicy.importAllowed("java.util.*")).isFalse();
        assertThat(GuardPolicy.importAllowed("org.chuanmuc.model.OfficerBuilder")).isFalse();
        assertThat(GuardPolicy.importAllowed("org.chuanmuc.assess.Assessor")).isFalse();
    }

    @Test
    void hazardOf_prefersTheSimpleNameThenTheLongestPackage() {
        assertThat(GuardPolicy.hazardOf("java.io.ObjectInputStream")).isEqualTo(GuardMessages.Hazard.DESERIALIZATION);
        assertThat(GuardPolicy.hazardOf("java.io.Foo")).isEqualTo(GuardMessages.Hazard.FILE);
        assertThat(GuardPolicy.hazardOf("java.lang.reflect.Parameter")).isEqualTo(GuardMessages.Hazard.REFLECTION);
        assertThat(GuardPolicy.hazardOf("com.example.Thing")).isEqualTo(GuardMessages.Hazard.OUTSIDE_MODEL);
    }
}
