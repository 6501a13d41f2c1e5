package clusterlab.run;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Which code is running: a SHA-256 over the names and bytes of every {@code clusterlab/} class and
 * resource the model is loaded from (the jar's entries, or the class folder's files), computed once
 * per JVM. {@link Manifest#version()} is "dev" when running from classes and does not change with
 * the code, so a cache keyed by it alone would hand a changed model a world that the old model
 * built; this identity changes with any change to the code. Only contents count (not jar time
 * stamps), so rebuilding the same sources keeps it.
 */
final class CodeIdentity {
    private static final String PREFIX = "clusterlab/";

    private CodeIdentity() {
    }

    /** The identity of the running code. */
    static String get() {
        return Holder.VALUE;
    }

    /** Computed on first use, once. */
    private static final class Holder {
        static final String VALUE = compute();
    }

    private static String compute() {
        try {
            Path location = Path.of(CodeIdentity.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            if (Files.isDirectory(location)) {
                digestFolder(location, sha);
            } else {
                digestJar(location, sha);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (IOException | URISyntaxException | RuntimeException | NoSuchAlgorithmException e) {
            // Unknown code: an identity of this JVM alone, so nothing cached by another process is trusted.
            return "unknown-" + UUID.randomUUID();
        }
    }

    private static void digestFolder(Path root, MessageDigest sha) throws IOException {
        List<Path> files;
        try (Stream<Path> all = Files.walk(root.resolve(PREFIX))) {
            files = all.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path file : files) {
            String name = root.relativize(file).toString().replace('\\', '/');
            add(sha, name, Files.readAllBytes(file));
        }
    }

    private static void digestJar(Path jar, MessageDigest sha) throws IOException {
        try (JarFile file = new JarFile(jar.toFile())) {
            List<JarEntry> entries = new ArrayList<>(file.stream()
                    .filter(e -> !e.isDirectory() && e.getName().startsWith(PREFIX)).toList());
            entries.sort(java.util.Comparator.comparing(JarEntry::getName));
            for (JarEntry e : entries) {
                try (InputStream in = file.getInputStream(e)) {
                    add(sha, e.getName(), in.readAllBytes());
                }
            }
        }
    }

    /** A name and its bytes, each preceded by its length so that no two listings digest alike. */
    private static void add(MessageDigest sha, String name, byte[] bytes) {
        byte[] n = name.getBytes(StandardCharsets.UTF_8);
        sha.update(java.nio.ByteBuffer.allocate(12).putInt(n.length).putLong(bytes.length).array());
        sha.update(n);
        sha.update(bytes);
    }
}
