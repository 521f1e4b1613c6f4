package org.chuanmuc.assess.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.chuanmuc.assess.Diagnostic;
import org.chuanmuc.assess.RuleSource;
import org.chuanmuc.assess.internal.guard.GuardLimits;
import org.chuanmuc.assess.internal.guard.GuardMessages;

/**
 * Reads the rule files of a local folder, and only those: every {@code .drl .dsl .dslr .xlsx} file below it that is
 * a regular file inside the folder. A link that leads outside the folder, a linked folder, a device, a FIFO or a
 * socket with a rule file's name is never opened (a FIFO would block, a device would never end, a link to
 * {@code /etc/passwd} would put its words into the diagnostics); each gets a diagnostic that names it and nothing of
 * its content. The folder's size is bounded: number of entries and rule files, bytes per file and in all.
 */
public final class RuleFolder {

    /**
     * What reading a folder gave.
     *
     * @param folder   the rule files read, in path order
     * @param problems every file refused, one diagnostic each
     */
    public record Read(RuleInput.LocalFolder folder, List<Diagnostic> problems) {
    }

    private RuleFolder() {
    }

    /**
     * @param folder a folder (it may itself be a link: the caller named it)
     * @return the folder's rule files and what was refused
     * @throws UncheckedIOException when the folder cannot be listed
     */
    public static Read read(Path folder) {
        Path root;
        try {
            root = folder.toRealPath();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list rule folder " + folder, e);
        }
        Walk walk = new Walk(folder, root);
        try {
            Files.walkFileTree(root, EnumSet.noneOf(java.nio.file.FileVisitOption.class), Integer.MAX_VALUE, walk);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list rule folder " + folder, e);
        }
        List<RuleSource> sources = new ArrayList<>();
        walk.files.sort(Comparator.comparing(Candidate::name));
        walk.checkSizes();
        if (!walk.overLimit) {
            for (Candidate file : walk.files) {
                try {
                    sources.add(new RuleSource(file.name, file.kind, readBounded(file.real, GuardLimits.MAX_FILE_BYTES)));
                } catch (TooLarge e) {
                    walk.problem(file.name, GuardMessages.fileTooLarge(GuardLimits.MAX_FILE_BYTES));
                } catch (IOException e) {
                    walk.problem(file.name, GuardMessages.unreadableFile(e.getClass().getSimpleName()));
                }
            }
        }
        return new Read(new RuleInput.LocalFolder(folder.toString(), sources), List.copyOf(walk.problems));
    }

    /**
     * Reads at most {@code max} bytes of a regular file, without following a link at its last step.
     *
     * @throws TooLarge    when the file holds more
     * @throws IOException when it cannot be read
     */
    public static byte[] readBounded(Path file, long max) throws IOException {
        try (SeekableByteChannel channel = Files.newByteChannel(file, StandardOpenOption.READ,
                LinkOption.NOFOLLOW_LINKS);
             InputStream in = Channels.newInputStream(channel)) {
            byte[] content = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
            if (content.length > max) {
                throw new TooLarge();
            }
            return content;
        }
    }

    /** A file larger than it may be. */
    public static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;

        TooLarge() {
            super("file too large");
        }
    }

    /** A rule file to read: the name diagnostics use, where its bytes are, and how many there are. */
    private record Candidate(String name, RuleSource.Kind kind, Path real, long size) {
    }

    private static final class Walk extends SimpleFileVisitor<Path> {
        private final Path folder;
        private final Path root;
        private final List<Candidate> files = new ArrayList<>();
        private final List<Diagnostic> problems = new ArrayList<>();
        private int entries;
        private long bytes;
        private boolean overLimit;

        Walk(Path folder, Path root) {
            this.folder = folder;
            this.root = root;
        }

        /** The path as the caller would write it: below the folder they named. */
        private String name(Path real) {
            return folder.resolve(root.relativize(real)).toString();
        }

        void problem(String name, String message) {
            problems.add(new Diagnostic(name, 1, 1, message));
        }

        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
            return counted(dir) ? FileVisitResult.CONTINUE : FileVisitResult.TERMINATE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            if (!counted(file)) {
                return FileVisitResult.TERMINATE;
            }
            String name = name(file);
            Optional<RuleSource.Kind> kind = RuleSource.Kind.ofFileName(file.getFileName().toString());
            if (attrs.isSymbolicLink()) {
                link(file, name, kind);
            } else if (kind.isPresent()) {
                if (attrs.isRegularFile()) {
                    add(name, kind.get(), file, attrs.size());
                } else {
                    problem(name, GuardMessages.notRegularFile());
                }
            }
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
            if (RuleSource.Kind.ofFileName(String.valueOf(file.getFileName())).isPresent()) {
                problem(name(file), GuardMessages.unreadableFile(e.getClass().getSimpleName()));
            }
            return FileVisitResult.CONTINUE;
        }

        /** A link is read only when it leads to a regular rule file inside the folder. */
        private void link(Path file, String name, Optional<RuleSource.Kind> kind) {
            Path target;
            BasicFileAttributes targetAttrs;
            try {
                target = file.toRealPath();
                targetAttrs = Files.readAttributes(target, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            } catch (IOException e) {
                if (kind.isPresent()) {
                    problem(name, GuardMessages.unreadableFile(e.getClass().getSimpleName()));
                }
                return;
            }
            if (targetAttrs.isDirectory()) {
                problem(name, GuardMessages.linkedFolder());
            } else if (kind.isEmpty()) {
                return; // not a rule file: never read
            } else if (!target.startsWith(root)) {
                problem(name, GuardMessages.linkOutside());
            } else if (!targetAttrs.isRegularFile()) {
                problem(name, GuardMessages.notRegularFile());
            } else {
                add(name, kind.get(), target, targetAttrs.size());
            }
        }

        private void add(String name, RuleSource.Kind kind, Path real, long size) {
            files.add(new Candidate(name, kind, real, size));
        }

        /** The size bounds, in path order, before anything is read: the first file past one is named. */
        void checkSizes() {
            for (int i = 0; i < files.size() && !overLimit; i++) {
                Candidate file = files.get(i);
                if (file.size() > GuardLimits.MAX_FILE_BYTES) {
                    problem(file.name(), GuardMessages.fileTooLarge(GuardLimits.MAX_FILE_BYTES));
                    overLimit = true;
                } else if (i == GuardLimits.MAX_FOLDER_FILES) {
                    problem(file.name(), GuardMessages.folderTooManyFiles(GuardLimits.MAX_FOLDER_FILES));
                    overLimit = true;
                } else if ((bytes += file.size()) > GuardLimits.MAX_FOLDER_BYTES) {
                    problem(file.name(), GuardMessages.folderTooLarge(GuardLimits.MAX_FOLDER_BYTES));
                    overLimit = true;
                }
            }
        }

        private boolean counted(Path path) {
            if (++entries > GuardLimits.MAX_FOLDER_ENTRIES) {
                problem(name(path), GuardMessages.folderTooManyFiles(GuardLimits.MAX_FOLDER_ENTRIES));
                overLimit = true;
                return false;
            }
            return true;
        }
    }
}
