package org.chuanmuc.assess;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.chuanmuc.assess.internal.RuleFolder;
import org.chuanmuc.assess.internal.guard.GuardLimits;
import org.chuanmuc.assess.internal.guard.GuardMessages;

/**
 * One rule file: DRL, a DSL definition, DSLR rules written in that DSL, or an Excel decision table.
 *
 * @param name    the name used in diagnostics (file name or resource path)
 * @param kind    the file kind
 * @param content the raw bytes (UTF-8 text for all kinds but {@link Kind#XLSX})
 */
public record RuleSource(String name, Kind kind, byte[] content) {

    /** Kinds of rule file, recognised by file extension. */
    public enum Kind {
        /** Drools Rule Language, {@code .drl}. */
        DRL,
        /** Domain-specific language mapping, {@code .dsl}. */
        DSL,
        /** Rules written in a DSL, {@code .dslr}. */
        DSLR,
        /** Excel decision table, {@code .xlsx}. */
        XLSX;

        /** @return the kind for a file name's extension, if it is a rule file */
        public static Optional<Kind> ofFileName(String fileName) {
            String lower = fileName.toLowerCase(Locale.ROOT);
            if (lower.endsWith(".drl")) {
                return Optional.of(DRL);
            } else if (lower.endsWith(".dslr")) {
                return Optional.of(DSLR);
            } else if (lower.endsWith(".dsl")) {
                return Optional.of(DSL);
            } else if (lower.endsWith(".xlsx")) {
                return Optional.of(XLSX);
            }
            return Optional.empty();
        }
    }

    /** @throws NullPointerException when a component is null */
    public RuleSource {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        content = Objects.requireNonNull(content, "content").clone();
    }

    /** @return a copy of the raw bytes */
    @Override
    public byte[] content() {
        return content.clone();
    }

    /** @return the content as UTF-8 text */
    public String text() {
        return new String(content, StandardCharsets.UTF_8);
    }

    /** A DRL source held in a string. */
    public static RuleSource drl(String name, String text) {
        return new RuleSource(name, Kind.DRL, text.getBytes(StandardCharsets.UTF_8));
    }

    /** A source of the given kind held in a string. */
    public static RuleSource of(String name, Kind kind, String text) {
        return new RuleSource(name, kind, text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Reads a rule file; the kind comes from its extension. Only a regular file is read (a device or a FIFO given
     * here would never end or never open), of at most 4,000,000 bytes.
     *
     * @throws IllegalArgumentException when the extension is not a rule file's, or the file is not a regular
     *                                  file, or too large
     * @throws UncheckedIOException     when the file cannot be read
     */
    public static RuleSource fromFile(Path file) {
        Kind kind = Kind.ofFileName(file.getFileName().toString()).orElseThrow(() ->
                new IllegalArgumentException("not a rule file (.drl, .dsl, .dslr, .xlsx): " + file));
        try {
            Path real = file.toRealPath();
            if (!Files.readAttributes(real, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).isRegularFile()) {
                throw new IllegalArgumentException(file + ": " + GuardMessages.notRegularFile());
            }
            return new RuleSource(file.toString(), kind, RuleFolder.readBounded(real, GuardLimits.MAX_FILE_BYTES));
        } catch (RuleFolder.TooLarge e) {
            throw new IllegalArgumentException(file + ": " + GuardMessages.fileTooLarge(GuardLimits.MAX_FILE_BYTES), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read rule file " + file, e);
        }
    }

    /**
     * Reads a rule file from the class path; the kind comes from its extension.
     *
     * @param resource a class-path resource, e.g. {@code org/chuanmuc/criteria/nq4.drl}
     * @param loader   the class loader to read it with
     * @throws IllegalArgumentException when the resource is missing or not a rule file
     */
    public static RuleSource fromClasspath(String resource, ClassLoader loader) {
        Kind kind = Kind.ofFileName(resource).orElseThrow(() ->
                new IllegalArgumentException("not a rule file (.drl, .dsl, .dslr, .xlsx): " + resource));
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no such class-path resource: " + resource);
            }
            return new RuleSource(resource, kind, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read rule resource " + resource, e);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RuleSource other && name.equals(other.name) && kind == other.kind
                && Arrays.equals(content, other.content);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, kind, Arrays.hashCode(content));
    }

    @Override
    public String toString() {
        return "RuleSource[" + name + ", " + kind + ", " + content.length + " bytes]";
    }
}
