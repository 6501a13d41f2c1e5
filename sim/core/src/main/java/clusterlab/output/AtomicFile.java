package clusterlab.output;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Files that appear under their final name only when complete: they are written under a hidden
 * temporary name beside it and renamed at the end (atomically where the file system allows).
 */
public final class AtomicFile {
    private AtomicFile() {
    }

    /** The temporary name used while {@code target} is being written. */
    public static Path partial(Path target) {
        return target.resolveSibling("." + target.getFileName() + ".partial");
    }

    /**
     * Moves a finished temporary file to its final name, its content forced to the disk first and
     * the folder's entry after, so that a power cut leaves the old state or the new, never a torn file.
     */
    public static void commit(Path partial, Path target) throws IOException {
        try (FileChannel ch = FileChannel.open(partial, StandardOpenOption.WRITE)) {
            ch.force(true);
        }
        try {
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
        }
        syncFolder(target.toAbsolutePath().getParent());
    }

    /** Forces a folder's entries to the disk where the platform allows it (Linux does; some others cannot). */
    public static void syncFolder(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException e) {
            // Not every platform can open a folder for syncing; the rename is still atomic there.
        }
    }

    /** Text written through a buffered writer. */
    @FunctionalInterface
    public interface TextBody {
        void write(java.io.BufferedWriter out) throws IOException;
    }

    /** Writes text (UTF-8) to {@code target} through a temporary file that takes the final name only when complete. */
    public static void writeText(Path target, TextBody body) throws IOException {
        Path tmp = partial(target);
        try (java.io.BufferedWriter out = Files.newBufferedWriter(tmp, java.nio.charset.StandardCharsets.UTF_8)) {
            body.write(out);
        }
        commit(tmp, target);
    }

    /** Writes {@code bytes} to {@code target} through a temporary file. */
    public static void write(Path target, byte[] bytes) throws IOException {
        Path tmp = partial(target);
        Files.write(tmp, bytes);
        commit(tmp, target);
    }
}
