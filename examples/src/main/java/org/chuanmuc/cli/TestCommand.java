package org.chuanmuc.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.chuanmuc.assess.Assessor;
import org.chuanmuc.assess.RuleSource;
import org.chuanmuc.scenario.ScenarioReport;
import org.chuanmuc.scenario.ScenarioRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code test DIR...}: runs the scenario files ({@code *.json}) found in the folders against the standard
 * criteria (or the {@code --criteria} folder) plus any rule files found in the same folders and in
 * {@code --rules}.
 */
@Command(name = "test", mixinStandardHelpOptions = true,
        description = "Chạy các kịch bản kiểm thử (run scenario files: a dossier plus the expected rating).")
final class TestCommand implements Callable<Integer> {
    @ParentCommand
    private Main main;

    @Parameters(arity = "1..*", paramLabel = "DIR", description = "Thư mục kịch bản (scenario folders or files).")
    private List<Path> paths;

    @Mixin
    private RuleOptions rules;

    @Override
    public Integer call() {
        Assessor.Builder builder = Assessor.builder().rules(rules.criteria());
        rules.folders.forEach(builder::rules);
        paths.stream().filter(Files::isDirectory).forEach(dir -> builder.rules(ruleFiles(dir)));
        Assessor assessor = builder.build();
        ScenarioReport report = ScenarioRunner.of(assessor, Readers.of(rules.catalogue())).run(paths);
        report.describe().forEach(main.out::println);
        return report.passed() ? Main.OK : Main.PARTIAL;
    }

    private static List<RuleSource> ruleFiles(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            List<RuleSource> sources = new ArrayList<>();
            files.filter(Files::isRegularFile)
                    .filter(f -> RuleSource.Kind.ofFileName(f.getFileName().toString()).isPresent())
                    .sorted().forEach(f -> sources.add(RuleSource.fromFile(f)));
            return sources;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }
}
