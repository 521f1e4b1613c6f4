package org.chuanmuc.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.chuanmuc.assess.Assessor;
import org.chuanmuc.scenario.ScenarioReport;
import org.chuanmuc.scenario.ScenarioResult;
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
        // rule files next to the scenarios are a local folder, like --rules: restricted, read with the same care
        paths.stream().filter(Files::isDirectory).forEach(builder::rules);
        Assessor assessor = builder.build();
        ScenarioReport report = ScenarioRunner.of(assessor, Readers.of(rules.catalogue())).run(paths);
        report.describe().forEach(main.out::println);
        if (report.scenarios().stream().anyMatch(ScenarioResult::malformed)) {
            main.err.println("lỗi (error): có tệp kịch bản không đọc được, xem trên (a scenario file is malformed, see"
                    + " above)");
            return Main.ERROR; // a broken file is not a failed test
        }
        return report.passed() ? Main.OK : Main.PARTIAL;
    }
}
