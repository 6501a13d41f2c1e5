package clusterlab.run;

import clusterlab.firms.KernelKind;
import clusterlab.scenario.Scenario;
import clusterlab.world.World;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One spin-up per world: the world at rest at tick 0, cached as a checkpoint {@code KEY.ckpt} in a
 * folder, where KEY is a SHA-256 of everything that shapes it (the resolved scenario without its
 * programmes, horizon, name, description and calibration; the seed, scale and kernel; the program
 * version and {@link CodeIdentity the code itself}). Programmes do not: none runs in the spin-up, and
 * every draw is keyed by seed, tick, agent and purpose, so runs that differ only in their programmes
 * (a sweep's arms, compare) or horizon share one file, and each goes on under its own programmes.
 *
 * <p>A file is trusted only when its checksum and key verify; one that does not is rebuilt, with a
 * warning. In one JVM each key is spun up once: runs wanting a key that another thread is building
 * wait for its file. Between processes, each writes under a temporary name of its own and renames,
 * so the file is always whole (two processes may both build it; the last rename wins, and both are
 * the same world). The folder is kept under {@link #MAX_BYTES}: the least recently used files go first.
 */
public final class SpinupCache {
    /** The folder's cap: past it, the least recently used files are deleted (a national world is large). */
    static final long MAX_BYTES = 8L << 30;
    /** Temporary files older than this were left by a process that died while writing. */
    private static final Duration STALE_PARTIAL = Duration.ofDays(1);
    /** Keys being built in this JVM (by absolute file), each done when its builder has stored or given up. */
    private static final Map<Path, CompletableFuture<Void>> BUILDING = new ConcurrentHashMap<>();

    private SpinupCache() {
    }

    /** The cache's key for a world: a scenario's world parameters at a seed, scale and kernel, with this code. */
    static String key(Scenario s, long seed, double scale, KernelKind kernel) {
        return RunRequest.sha256("spinup|" + RunRequest.worldParameters(s) + "|seed=" + seed + "|scale=" + scale
                + "|kernel=" + kernel + "|version=" + Manifest.version() + "|code=" + CodeIdentity.get());
    }

    /**
     * What the cache gives a run: a world at rest from the file ({@link #world()} not null), or the
     * duty to spin up and {@link #store} it (then close the claim, stored or not, so that runs waiting
     * for this key go on).
     */
    public static final class Claim implements AutoCloseable {
        /** No cache: spin up, store nothing. */
        public static final Claim NONE = new Claim(null, null, null, null);

        private final Path file;
        private final String key;
        private final World world;
        private final CompletableFuture<Void> building;
        private boolean stored;

        private Claim(Path file, String key, World world, CompletableFuture<Void> building) {
            this.file = file;
            this.key = key;
            this.world = world;
            this.building = building;
        }

        /** The cached world at rest at tick 0, or null when the run must spin up itself. */
        public World world() {
            return world;
        }

        /** The cache file of this run's world (read, or to be written), or null without a cache. */
        public Path file() {
            return file;
        }

        /**
         * Caches the world at rest at tick 0, once, if this claim is the key's builder; a failure to
         * write (a full disk) is a warning, not a failure of the run.
         */
        public void store(World atRest) {
            if (building == null || stored) {
                return;
            }
            stored = true;
            Path partial = file.resolveSibling("." + file.getFileName() + "." + UUID.randomUUID() + ".partial");
            try {
                Files.createDirectories(file.getParent());
                Checkpoint.write(file, partial, new Checkpoint.Fingerprints(key, key),
                        new Checkpoint.State(0, atRest, Map.of()));
                trim(file.getParent(), file);
            } catch (IOException | RuntimeException e) {
                warn("could not write the spin-up cache file " + file + " (" + e + "); the run goes on");
            }
            release();
        }

        /** Lets runs waiting for this key go on: they read the file, or one of them builds it. */
        @Override
        public void close() {
            release();
        }

        private void release() {
            if (building != null && !building.isDone()) {
                BUILDING.remove(absolute(file), building);
                building.complete(null);
            }
        }
    }

    /**
     * The cache's answer for a run of {@code s} at {@code seed}, {@code scale} and {@code kernel}:
     * {@link Claim#NONE} without a folder or without a spin-up; otherwise the cached world, or the
     * duty to build it. Waits while another thread of this JVM builds the same key.
     */
    public static Claim claim(Path dir, Scenario s, long seed, double scale, KernelKind kernel) {
        if (dir == null || s.spinupYears() == 0) {
            return Claim.NONE;
        }
        String key = key(s, seed, scale, kernel);
        Path file = dir.resolve(key + ".ckpt");
        boolean distrusted = false;
        while (true) {
            if (!distrusted && Files.exists(file)) {
                World world = read(file, key);
                if (world != null) {
                    return new Claim(file, key, world, null);
                }
                distrusted = true;
            }
            CompletableFuture<Void> mine = new CompletableFuture<>();
            CompletableFuture<Void> other = BUILDING.putIfAbsent(absolute(file), mine);
            if (other == null) {
                if (!distrusted && Files.exists(file)) {
                    // Written between the look above and the claim: read it on the next pass.
                    BUILDING.remove(absolute(file), mine);
                    mine.complete(null);
                    continue;
                }
                return new Claim(file, key, null, mine);
            }
            other.join();
            distrusted = false;
        }
    }

    /** The world in {@code file}, or null (with a warning, and the file deleted) when it cannot be trusted. */
    private static World read(Path file, String key) {
        try {
            Checkpoint.State state = Checkpoint.read(file, new Checkpoint.Fingerprints(key, key), true);
            if (state.ticksDone() != 0 || state.world() == null) {
                throw new IllegalStateException("it holds month " + state.ticksDone() + ", not a world at rest");
            }
            touch(file);
            return state.world();
        } catch (RuntimeException e) {
            warn("ignoring the spin-up cache file " + file + ": " + e.getMessage() + "; spinning up again");
            try {
                Files.deleteIfExists(file);
            } catch (IOException gone) {
                // It is overwritten when the new spin-up is stored.
            }
            return null;
        }
    }

    /** Marks a file as used now, for the least-recently-used order of {@link #trim}. */
    private static void touch(Path file) {
        try {
            Files.setLastModifiedTime(file, FileTime.from(Instant.now()));
        } catch (IOException e) {
            // A read-only cache still serves; only its eviction order suffers.
        }
    }

    /**
     * Keeps the folder under {@link #MAX_BYTES}: deletes the least recently used cache files (never
     * {@code keep}, just written) and temporary files that a dead process left.
     */
    static void trim(Path dir, Path keep) throws IOException {
        trim(dir, keep, MAX_BYTES);
    }

    static void trim(Path dir, Path keep, long maxBytes) throws IOException {
        List<Path> files = new ArrayList<>();
        Instant staleBefore = Instant.now().minus(STALE_PARTIAL);
        try (DirectoryStream<Path> all = Files.newDirectoryStream(dir)) {
            for (Path p : all) {
                String name = p.getFileName().toString();
                if (name.endsWith(".partial") && Files.getLastModifiedTime(p).toInstant().isBefore(staleBefore)) {
                    Files.deleteIfExists(p);
                } else if (name.endsWith(".ckpt") && !name.startsWith(".")) {
                    files.add(p);
                }
            }
        }
        long total = 0;
        for (Path p : files) {
            total += size(p);
        }
        files.sort(Comparator.comparing(SpinupCache::lastUsed));
        for (Path p : files) {
            if (total <= maxBytes) {
                break;
            }
            if (!p.equals(keep)) {
                total -= size(p);
                Files.deleteIfExists(p);
            }
        }
    }

    /** A file's size, 0 when another process has just deleted it. */
    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            return 0;
        }
    }

    private static FileTime lastUsed(Path p) {
        try {
            return Files.getLastModifiedTime(p);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }

    private static Path absolute(Path file) {
        return file.toAbsolutePath().normalize();
    }

    private static void warn(String message) {
        System.err.println("clusterlab: warning: " + message);
        System.err.flush();
    }
}
