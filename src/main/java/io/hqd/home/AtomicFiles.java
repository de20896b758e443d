package io.hqd.home;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a file that people pick up by its name (a pack, a workbook) so that the name never shows a file half
 * written: the bytes go to a hidden {@code .name.part} beside it, which is moved onto the name once complete. A
 * process killed mid-write leaves the earlier file (or none) under the name, and the part is overwritten next time.
 */
public final class AtomicFiles {
    private AtomicFiles() {
    }

    /** What writes the content; {@code E} is what the writer may throw besides an I/O failure (a renderer's own exception). */
    public interface Content<E extends Exception> {
        void writeTo(OutputStream out) throws IOException, E;
    }

    public static <E extends Exception> void write(Path target, Content<E> content) throws IOException, E {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path part = partOf(target);
        try (OutputStream out = Files.newOutputStream(part)) {
            content.writeTo(out);
        } catch (Exception e) {
            Files.deleteIfExists(part);
            throw e;
        }
        Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** The hidden file a write of {@code target} goes to until it is complete. */
    public static Path partOf(Path target) {
        Path abs = target.toAbsolutePath();
        return abs.resolveSibling("." + abs.getFileName() + ".part");
    }
}
