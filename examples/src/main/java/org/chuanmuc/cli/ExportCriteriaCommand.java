package org.chuanmuc.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.chuanmuc.criteria.StandardCriteria;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code export-criteria DIR [--force]}: writes the standard criteria files into a folder that policy staff
 * can edit, then use with {@code --criteria DIR}. Refuses a folder that already holds files, unless
 * {@code --force}.
 */
@Command(name = "export-criteria", mixinStandardHelpOptions = true,
        description = "Ghi các tệp tiêu chí chuẩn ra một thư mục để sửa (write the standard criteria files to a"
                + " folder to edit, then use it with --criteria DIR).")
final class ExportCriteriaCommand implements Callable<Integer> {
    @ParentCommand
    private Main main;

    @Parameters(index = "0", paramLabel = "DIR", description = "Thư mục đích (target folder).")
    private Path folder;

    @Option(names = "--force", description = "Ghi đè các tệp tiêu chí chuẩn trong thư mục đã có tệp (overwrite the"
            + " standard files in a folder that is not empty; other files are left alone).")
    private boolean force;

    @Override
    public Integer call() throws IOException {
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            main.err.println("lỗi (error): " + folder + " đã có và không phải thư mục (exists and is not a folder)");
            return Main.ERROR;
        }
        if (!force && Files.isDirectory(folder) && !isEmpty(folder)) {
            main.err.println("lỗi (error): thư mục " + folder + " đã có tệp; chọn thư mục trống, hoặc dùng --force để"
                    + " ghi đè các tệp tiêu chí chuẩn trong đó (folder not empty: choose an empty folder, or use"
                    + " --force to overwrite the standard files in it)");
            return Main.ERROR;
        }
        List<Path> written = StandardCriteria.writeTo(folder);
        written.forEach(main.out::println);
        main.err.println("Đã ghi " + written.size() + " tệp của bộ tiêu chí " + StandardCriteria.NAME + " "
                + StandardCriteria.VERSION + " vào " + folder + " (wrote " + written.size() + " files). Sau khi sửa:"
                + " validate --criteria " + folder + ", rồi compare INPUT.json --criteria " + folder);
        return Main.OK;
    }

    private static boolean isEmpty(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        }
    }
}
