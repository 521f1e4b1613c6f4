package org.chuanmuc.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.chuanmuc.assess.Assessor;
import org.chuanmuc.assess.Diagnostic;
import org.chuanmuc.assess.RuleCompilationException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code validate [DIR...] [--criteria DIR]}: guards and compiles the rule files of the folders together with
 * the standard criteria, or with the edited {@code --criteria} folder (so they may use its DSL and
 * catalogue), printing each problem as {@code file:line:column: message}. A criterion code the criteria's rules
 * write and their catalogue lacks ({@link Assessor#uncataloguedCriteria()}) is a problem too.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Kiểm tra và biên dịch tệp quy tắc (guard and compile rule files).")
final class ValidateCommand implements Callable<Integer> {
    @ParentCommand
    private Main main;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "DIR", description = "Thư mục quy tắc (rule folders).")
    private List<Path> folders = new ArrayList<>();

    @Mixin
    private RuleOptions rules;

    @Override
    public Integer call() {
        List<Path> all = new ArrayList<>(folders);
        all.addAll(rules.folders);
        if (all.isEmpty() && rules.criteria == null) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "cần ít nhất một thư mục quy tắc hoặc --criteria DIR (expected a rule folder or --criteria DIR)");
        }
        try {
            Assessor assessor = RuleOptions.build(rules.criteria(), all);
            // compiles and runs, but each reason of such a code would go out without its label and citation
            List<Diagnostic> uncatalogued = assessor.uncataloguedCriteria();
            if (!uncatalogued.isEmpty()) {
                return problems(uncatalogued);
            }
            main.out.println("Hợp lệ (valid): " + assessor.ruleNames().size() + " quy tắc, sha256 "
                    + assessor.ruleSet().sha256());
            return Main.OK;
        } catch (RuleCompilationException e) {
            return problems(e.diagnostics());
        }
    }

    private int problems(List<Diagnostic> diagnostics) {
        for (Diagnostic d : diagnostics) {
            main.out.println(d);
        }
        main.err.println(diagnostics.size() + " lỗi (problems)");
        return Main.ERROR;
    }
}
