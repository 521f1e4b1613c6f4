package org.chuanmuc.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Whether stderr is a terminal, so that progress is shown only to a person watching. */
final class Terminal {
    private Terminal() {
    }

    /**
     * On Linux, reads where file descriptor 2 points ({@code /dev/pts/…} or {@code /dev/tty…} is a terminal),
     * which stays right when stdout alone is redirected ({@code assess big.json > out.json}). Elsewhere it
     * falls back to {@link System#console()}, which needs stdin and stdout to be terminals too.
     */
    static boolean stderrIsTerminal() {
        Path fd = Path.of("/proc/self/fd/2");
        if (Files.isSymbolicLink(fd)) {
            try {
                String target = Files.readSymbolicLink(fd).toString();
                return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
            } catch (IOException | UnsupportedOperationException | SecurityException e) {
                return System.console() != null;
            }
        }
        return System.console() != null;
    }
}
