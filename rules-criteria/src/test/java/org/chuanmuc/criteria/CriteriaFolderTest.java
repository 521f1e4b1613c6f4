package org.chuanmuc.criteria;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.chuanmuc.assess.Assessment;
import org.chuanmuc.assess.Assessor;
import org.chuanmuc.assess.Diagnostic;
import org.chuanmuc.assess.RuleBundle;
import org.chuanmuc.assess.RuleCompilationException;
import org.chuanmuc.assess.RuleSource;
import org.chuanmuc.model.Dossier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The standard criteria written to a folder, edited there, and loaded in place of the bundled files. */
class CriteriaFolderTest {
    @TempDir
    Path dir;

    @Test
    void writeTo_thenFromFolder_givesTheBundledFilesAndCatalogue() throws IOException {
        Path folder = dir.resolve("quy-tac");
        List<Path> written = StandardCriteria.writeTo(folder);

        RuleBundle standard = StandardCriteria.rules();
        RuleBundle loaded = StandardCriteria.fromFolder(folder);

        assertThat(written).extracting(p -> p.getFileName().toString())
                .containsAll(StandardCriteria.sourceNames()).contains("catalogue.json", "sources.txt");
        assertThat(loaded.name()).isEqualTo("quy-tac");
        assertThat(loaded.version()).isEqualTo(StandardCriteria.FOLDER_VERSION);
        assertThat(loaded.sources()).extracting(s -> Path.of(s.name()).getFileName().toString())
                .containsExactlyElementsOf(StandardCriteria.sourceNames());
        for (int i = 0; i < standard.sources().size(); i++) {
            assertThat(loaded.sources().get(i).content()).isEqualTo(standard.sources().get(i).content());
            assertThat(loaded.sources().get(i).kind()).isEqualTo(standard.sources().get(i).kind());
        }
        assertThat(loaded.criteria()).isEqualTo(standard.criteria());
    }

    @Test
    void fromFolder_unchangedCopy_assessesLikeTheStandardCriteria() {
        Path folder = dir.resolve("ban-sao");
        StandardCriteria.writeTo(folder);
        Assessor standard = Assessor.builder().rules(StandardCriteria.rules()).build();
        Assessor copy = Assessor.builder().rules(StandardCriteria.fromFolder(folder)).build();
        List<Dossier> unit = Dossiers.all(2025, Dossiers.unit(), Dossiers.staff("A").build(),
                Dossiers.staff("B").tasks(40, 40, 30, 40).sign("NQ4-DD-03", true).build(),
                Dossiers.head("C").partyMember(true).build());

        List<Assessment> expected = standard.assessAll(unit).assessments();
        List<Assessment> actual = copy.assessAll(unit).assessments();

        assertThat(copy.ruleNames()).isEqualTo(standard.ruleNames());
        // byte for byte the standard files: the same SHA-256, whatever folder they were copied to
        assertThat(copy.ruleSet().sha256()).isEqualTo(standard.ruleSet().sha256());
        assertThat(copy.ruleSet().name()).isNotEqualTo(standard.ruleSet().name());
        for (int i = 0; i < unit.size(); i++) {
            assertThat(actual.get(i).rating()).isEqualTo(expected.get(i).rating());
            assertThat(actual.get(i).reasons()).isEqualTo(expected.get(i).reasons());
            assertThat(actual.get(i).reviewFlags()).isEqualTo(expected.get(i).reviewFlags());
        }
    }

    @Test
    void fromFolder_catalogueEdited_anotherSha256_theRuleFilesAlone_stillTheSame() throws IOException {
        // the catalogue gives reasons their labels, citations and severities: an edit of it alone is another rule set
        Path folder = dir.resolve("danh-muc");
        StandardCriteria.writeTo(folder);
        Path catalogue = folder.resolve("catalogue.json");
        String text = Files.readString(catalogue);
        String edited = text.replaceFirst("\"severity\"\\s*:\\s*\"RAT_NGHIEM_TRONG\"", "\"severity\": \"NHE\"");
        assertThat(edited).isNotEqualTo(text);
        Files.writeString(catalogue, edited);

        RuleBundle loaded = StandardCriteria.fromFolder(folder);
        Assessor standard = Assessor.builder().rules(StandardCriteria.rules()).build();
        Assessor copy = Assessor.builder().rules(loaded).build();
        Assessor rulesAlone = Assessor.builder().rules(loaded.sources()).name(loaded.name()).build();

        assertThat(copy.ruleSet().sha256()).isNotEqualTo(standard.ruleSet().sha256());
        // without a catalogue the SHA-256 is the rule files': the same bytes as the standard ones
        assertThat(rulesAlone.ruleSet().sha256())
                .isEqualTo(Assessor.builder().rules(StandardCriteria.rules().sources()).build().ruleSet().sha256())
                .isNotEqualTo(copy.ruleSet().sha256());
    }

    @Test
    void fromFolder_ruleFileInASubfolder_isRefusedNamingIt_hiddenFoldersAreNotLookedInto() throws IOException {
        Path folder = dir.resolve("thu-muc-con");
        StandardCriteria.writeTo(folder);
        Path nested = Files.createDirectories(folder.resolve("địa phương/cũ"));
        Path rule = Files.writeString(nested.resolve("quy-tắc.drl"), "package x;\n");
        Path hidden = Files.createDirectories(folder.resolve(".git/lưu"));
        Files.writeString(hidden.resolve("xep-loai.drl"), "package x;\n");

        assertThatThrownBy(() -> StandardCriteria.fromFolder(folder)).isInstanceOf(RuleCompilationException.class)
                .satisfies(e -> assertThat(((RuleCompilationException) e).diagnostics()).singleElement()
                        .satisfies(d -> {
                            assertThat(d.source()).isEqualTo(rule.toString());
                            assertThat(d.message()).startsWith("tệp quy tắc nằm trong thư mục con nên sẽ không được nạp");
                        }));
    }

    @Test
    void fromFolder_sourcesListSavedWithAByteOrderMark_readsAsWithout() throws IOException {
        Path folder = dir.resolve("bom");
        StandardCriteria.writeTo(folder);
        Path list = folder.resolve(StandardCriteria.SOURCES_FILE);
        Files.writeString(list, "\uFEFF" + Files.readString(list));
        assertThat(Files.readString(list)).startsWith("\uFEFF#");

        assertThat(StandardCriteria.fromFolder(folder).sources()).extracting(s -> Path.of(s.name()).getFileName()
                .toString()).containsExactlyElementsOf(StandardCriteria.sourceNames());
    }

    @Test
    void fromFolder_withoutCatalogue_namesTheMissingFile() throws IOException {
        Path folder = dir.resolve("thieu");
        StandardCriteria.writeTo(folder);
        Files.delete(folder.resolve("catalogue.json"));

        assertThatThrownBy(() -> StandardCriteria.fromFolder(folder))
                .isInstanceOfSatisfying(RuleCompilationException.class, e -> assertThat(e.diagnostics())
                        .singleElement().satisfies(d -> {
                            assertThat(d.source()).isEqualTo(folder.resolve("catalogue.json").toString());
                            assertThat(d.message()).contains("missing criteria catalogue")
                                    .contains("\"criteria\"");
                        }));
    }

    @Test
    void fromFolder_missingFolder_saysWhatWasExpected() {
        assertThatThrownBy(() -> StandardCriteria.fromFolder(dir.resolve("khong-co")))
                .isInstanceOfSatisfying(RuleCompilationException.class, e -> assertThat(e.diagnostics())
                        .singleElement().extracting(Diagnostic::message).asString()
                        .contains("criteria folder not found").contains("export-criteria"));
    }

    @Test
    void fromFolder_badCatalogueEntries_reportEachWithLineAndPath() throws IOException {
        Path folder = dir.resolve("danh-muc");
        StandardCriteria.writeTo(folder);
        Files.writeString(folder.resolve("catalogue.json"), """
                {"criteria": [
                  {"code": "NQ4-CT-01", "label": "Phai nhạt lý tưởng", "severity": "NGHIEM_TRONG"},
                  {"code": "NQ4-CT-02", "label": "Xa rời tôn chỉ", "severity": "NANG"},
                  {"code": "NQ4-CT-01", "label": "Trùng mã"},
                  {"code": "PC-01", "lable": "Gõ sai tên trường"}
                ]}
                """);

        assertThatThrownBy(() -> StandardCriteria.fromFolder(folder))
                .isInstanceOfSatisfying(RuleCompilationException.class, e -> {
                    assertThat(e.diagnostics()).allSatisfy(d -> assertThat(d.source()).endsWith("catalogue.json"));
                    assertThat(e.diagnostics()).anySatisfy(d -> {
                        assertThat(d.line()).isEqualTo(3);
                        assertThat(d.message()).contains("criteria[1].severity").contains("\"NANG\"")
                                .contains("RAT_NGHIEM_TRONG");
                    });
                    assertThat(e.diagnostics()).anySatisfy(d -> {
                        assertThat(d.line()).isEqualTo(4);
                        assertThat(d.message()).contains("criteria[2].code").contains("duplicate code");
                    });
                    assertThat(e.diagnostics()).anySatisfy(d -> {
                        assertThat(d.line()).isEqualTo(5);
                        assertThat(d.message()).contains("criteria[3].lable").contains("unknown field");
                    });
                    assertThat(e.diagnostics()).anySatisfy(d -> assertThat(d.message())
                            .contains("criteria[3].label").contains("required"));
                });
    }

    @Test
    void catalogue_valuesOtherThanStrings_areReportedAsBefore_andTheNextEntriesStillRead() throws IOException {
        // the catalogue is read with Jackson's streaming parser; values that are not strings are read as trees:
        // each case below was reported so when every entry was read as a tree
        Path file = dir.resolve("catalogue.json");
        Files.writeString(file, """
                {"criteria": [
                  3,
                  ["NQ4-CT-01"],
                  {"code": "A-1", "label": "Số làm mức độ", "severity": 5},
                  {"code": "A-2", "label": "Mức độ rỗng", "severity": null, "group": null},
                  {"code": "A-3", "label": null},
                  {"code": "A-4", "label": "Nhóm là số", "group": 7},
                  {"code": "A-5", "label": "Mã hai lần", "code": "A-5b"},
                  {"code": "A-6", "label": "Trường lạ lồng nhau", "ghi-chu": {"a": [1, {"b": null}]}},
                  {"code": "A-7", "label": "Mức độ là đối tượng", "severity": {"x": 1}},
                  {"code": "A-8", "label": "Đúng cả", "severity": "NHE", "citation": "Nghị quyết 04-NQ/TW"}
                ]}
                """);

        assertThatThrownBy(() -> CriteriaCatalogue.read(file))
                .isInstanceOfSatisfying(RuleCompilationException.class, e -> assertThat(e.diagnostics())
                        .extracting(d -> d.line() + " " + d.message()).containsExactlyInAnyOrder(
                                "2 criteria[0]: cần một đối tượng (expected an object with code, label…)",
                                "3 criteria[1]: cần một đối tượng (expected an object with code, label…)",
                                "4 criteria[2].severity: \"5\" không phải mức độ (unknown severity; expected one of "
                                        + "[NHE, NGHIEM_TRONG, RAT_NGHIEM_TRONG])",
                                "6 criteria[4].label: bắt buộc (required)",
                                "7 criteria[5].group: cần một chuỗi (expected a string)",
                                "9 criteria[7].ghi-chu: trường không có trong định dạng (unknown field; expected "
                                        + "[citation, code, group, label, severity])",
                                "10 criteria[8].severity: \"\" không phải mức độ (unknown severity; expected one of "
                                        + "[NHE, NGHIEM_TRONG, RAT_NGHIEM_TRONG])"));

        // without the broken entries: a field given twice keeps its last value; null is as if absent
        Files.writeString(file, """
                {"criteria": [
                  {"code": "A-2", "label": "Mức độ rỗng", "severity": null, "group": null},
                  {"code": "A-5", "label": "Mã hai lần", "code": "A-5b"},
                  {"code": "A-8", "label": "Đúng cả", "severity": "NHE", "citation": "Nghị quyết 04-NQ/TW"}
                ]}
                """);
        CriteriaCatalogue catalogue = CriteriaCatalogue.read(file);
        assertThat(catalogue.codes()).containsExactly("A-2", "A-5b", "A-8");
        assertThat(catalogue.find("A-2")).hasValueSatisfying(c -> {
            assertThat(c.severity()).isEmpty();
            assertThat(c.group()).isEmpty();
        });
        assertThat(catalogue.find("A-8")).hasValueSatisfying(c -> {
            assertThat(c.severity()).contains(org.chuanmuc.model.Severity.NHE);
            assertThat(c.citation()).isEqualTo("Nghị quyết 04-NQ/TW");
        });
    }

    @Test
    void fromFolder_catalogueNotJson_givesLineAndColumn() throws IOException {
        Path folder = dir.resolve("json");
        StandardCriteria.writeTo(folder);
        Files.writeString(folder.resolve("catalogue.json"), "{\"criteria\": [\n  {\"code\": \"A\",, }\n]}");

        assertThatThrownBy(() -> StandardCriteria.fromFolder(folder))
                .isInstanceOfSatisfying(RuleCompilationException.class, e -> assertThat(e.diagnostics())
                        .singleElement().satisfies(d -> {
                            assertThat(d.line()).isEqualTo(2);
                            assertThat(d.column()).isPositive();
                            assertThat(d.message()).contains("not valid JSON");
                        }));
    }

    @Test
    void fromFolder_sourcesListAndFilesDisagree_reportsBothWays() throws IOException {
        Path folder = dir.resolve("danh-sach");
        StandardCriteria.writeTo(folder);
        Files.delete(folder.resolve("han-muc.drl"));
        Files.writeString(folder.resolve("them.drl"), "package them;\n");
        int line = Files.readAllLines(folder.resolve("sources.txt")).indexOf("han-muc.drl") + 1;

        assertThatThrownBy(() -> StandardCriteria.fromFolder(folder))
                .isInstanceOfSatisfying(RuleCompilationException.class, e -> {
                    assertThat(e.diagnostics()).anySatisfy(d -> {
                        assertThat(d.source()).isEqualTo(folder.resolve("sources.txt").toString());
                        assertThat(d.line()).isEqualTo(line);
                        assertThat(d.message()).contains("\"han-muc.drl\"").contains("listed file missing");
                    });
                    assertThat(e.diagnostics()).anySatisfy(d -> {
                        assertThat(d.source()).isEqualTo(folder.resolve("them.drl").toString());
                        assertThat(d.message()).contains("not listed in sources.txt");
                    });
                });
    }

    @Test
    void fromFolder_withoutSourcesList_loadsEveryRuleFileByName() throws IOException {
        Path folder = dir.resolve("khong-danh-sach");
        StandardCriteria.writeTo(folder);
        Files.delete(folder.resolve("sources.txt"));

        RuleBundle loaded = StandardCriteria.fromFolder(folder);

        assertThat(loaded.sources()).extracting(s -> Path.of(s.name()).getFileName().toString())
                .containsExactlyElementsOf(StandardCriteria.sourceNames().stream().sorted().toList());
    }

    @Test
    void fromFolder_hostileEdit_isRejectedByTheGuardWithItsLine() throws IOException {
        Path folder = dir.resolve("doc-hai");
        StandardCriteria.writeTo(folder);
        Path drl = folder.resolve("han-muc.drl");
        String text = Files.readString(drl);
        Files.writeString(drl, text + "\nrule \"X\"\nwhen\n    Officer()\nthen\n    System.exit(1);\nend\n");
        int line = (int) text.lines().count() + 6;
        RuleBundle bundle = StandardCriteria.fromFolder(folder);

        assertThatThrownBy(() -> Assessor.builder().rules(bundle).build())
                .isInstanceOfSatisfying(RuleCompilationException.class, e -> assertThat(e.diagnostics())
                        .anySatisfy(d -> {
                            assertThat(d.source()).isEqualTo(drl.toString());
                            assertThat(d.line()).isEqualTo(line);
                            assertThat(d.message()).contains("System");
                        }));
        assertThat(bundle.sources()).extracting(RuleSource::name).contains(drl.toString());
    }
}
