package org.chuanmuc.cli.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Iterator;
import java.util.stream.Stream;
import org.chuanmuc.io.internal.AtomicFile;

/** Checks made on an {@code --output} path before anything is opened for writing. */
public final class OutputTarget {
    private OutputTarget() {
    }

    /**
     * Refuses an output path that is a folder, lies in a folder that does not exist, or is the same file as
     * one of the inputs: the path itself, a symbolic link to it, or a hard link (compared with
     * {@link Files#isSameFile}). A folder among the inputs stands for every file in it, in subfolders too (a
     * {@code --rules} folder).
     *
     * @param output the output path
     * @param inputs the files and folders the command reads
     * @throws OutputRefusedException when the output must not be written
     * @throws UncheckedIOException   when an input folder cannot be listed
     */
    public static void refuseInputs(Path output, Collection<Path> inputs) {
        if (Files.isDirectory(output)) {
            throw new OutputRefusedException("tệp kết quả là một thư mục (the output is a folder): " + output);
        }
        Path folder = output.toAbsolutePath().getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new OutputRefusedException("không có thư mục để ghi tệp kết quả (the output's folder does not exist): "
                    + output);
        }
        Path written;
        try {
            written = AtomicFile.resolveLink(output);
        } catch (IOException e) {
            throw new OutputRefusedException("không theo được liên kết của tệp kết quả (cannot follow the output's"
                    + " symbolic link): " + output + ": " + e.getMessage());
        }
        if (written.getParent() == null || !Files.isDirectory(written.getParent())) {
            throw new OutputRefusedException("không có thư mục để ghi tệp kết quả (the output's folder does not exist): "
                    + output + " (liên kết tới, a link to " + written + ")");
        }
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                refuseInside(output, written, input);
                try (Stream<Path> files = Files.walk(input)) {
                    for (Iterator<Path> it = files.filter(Files::isRegularFile).iterator(); it.hasNext(); ) {
                        refuseSame(output, it.next());
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException("không đọc được thư mục (cannot list) " + input, e);
                }
            } else {
                refuseSame(output, input);
            }
        }
    }

    /**
     * A result written among rule files would be read as one, or make the folder fail to load.
     *
     * @param written where the bytes would land ({@link AtomicFile#resolveLink}): through a symbolic link at the name
     *                too, even one to a file not yet there
     */
    private static void refuseInside(Path output, Path written, Path folder) {
        try {
            if (written.startsWith(folder.toRealPath())) {
                boolean linked = !written.equals(output.toAbsolutePath());
                throw new OutputRefusedException("tệp kết quả " + output + (linked ? " (liên kết tới " + written + ")" : "")
                        + " nằm trong thư mục quy tắc " + folder + ", không ghi vào đó (the output lies inside a rule"
                        + " folder" + (linked ? ", through a symbolic link" : "") + ": refusing to write there)");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("không đọc được thư mục (cannot resolve) " + folder, e);
        }
    }

    private static void refuseSame(Path output, Path input) {
        if (same(output, input)) {
            throw new OutputRefusedException("tệp kết quả " + output + " chính là tệp đầu vào " + input
                    + ", ghi vào sẽ mất dữ liệu; hãy chọn tên khác (the output is the input file itself, also through a"
                    + " link: choose another name)");
        }
    }

    private static boolean same(Path a, Path b) {
        try {
            return Files.isSameFile(a, b);
        } catch (NoSuchFileException e) {
            return false; // one of them does not exist, so they cannot be one file
        } catch (IOException e) {
            // cannot tell: compare where the paths lead, as far as they exist
            return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
        }
    }
}
