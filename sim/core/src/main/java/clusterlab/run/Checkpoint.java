package clusterlab.run;

import clusterlab.output.AtomicFile;
import clusterlab.scenario.ScenarioException;
import clusterlab.world.World;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A run's state at the end of a fiscal year: the world (every agent, tie, project and programme)
 * and the tables written so far, enough to go on and end byte for byte as the run would have.
 * Nothing else carries over between months: randomness is keyed by seed and tick, and the
 * fiscal-year totals are empty once a year has closed.
 *
 * <p>The file: a text line {@code clusterlab-checkpoint}, the format version, the fingerprint of
 * the run it belongs to (scenario with every value, scale, kernel, program version), the months
 * done, the payload (gzip of Java serialization), then the payload's length and SHA-256.
 */
public final class Checkpoint {
    public static final int FORMAT = 3;
    private static final String MAGIC = "clusterlab-checkpoint";

    /**
     * What a checkpoint must match: {@code run}, everything of the run (to resume it), and
     * {@code world}, what shapes the world (to fork it: the same populations, seed, scale, kernel
     * and program version, with other policies or parameters from then on).
     */
    public record Fingerprints(String run, String world) {
    }

    /** What a checkpoint holds. */
    public record State(int ticksDone, World world, Map<String, byte[]> tables) implements Serializable {
    }

    private Checkpoint() {
    }

    /** Writes {@code state} to {@code file}, which takes its name only when complete. */
    public static void write(Path file, Fingerprints fingerprint, State state) throws IOException {
        write(file, AtomicFile.partial(file), fingerprint, state);
    }

    /**
     * As {@link #write(Path, Fingerprints, State)}, through the temporary file {@code partial}: a
     * name of the writer's own when other processes may write the same file at once (the spin-up cache).
     */
    static void write(Path file, Path partial, Fingerprints fingerprint, State state) throws IOException {
        try {
            writePartial(partial, fingerprint, state);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(partial);
            throw e;
        }
        AtomicFile.commit(partial, file);
    }

    private static void writePartial(Path partial, Fingerprints fingerprint, State state) throws IOException {
        MessageDigest digest = sha256();
        long length;
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(partial), 1 << 16))) {
            out.writeUTF(MAGIC);
            out.writeInt(FORMAT);
            out.writeUTF(fingerprint.run());
            out.writeUTF(fingerprint.world());
            out.writeInt(state.ticksDone());
            // The payload streams to the file (a national world is large); its length and digest follow it.
            CountingOutput counted = new CountingOutput(new DigestOutputStream(out, digest));
            ObjectOutputStream objects = new ObjectOutputStream(new BufferedOutputStream(
                    new GZIPOutputStream(counted, 1 << 16) {
                        {
                            def.setLevel(Deflater.BEST_SPEED);
                        }
                    }, 1 << 16));
            objects.writeObject(state);
            objects.close();
            length = counted.count;
            out.writeLong(length);
            out.writeUTF(HexFormat.of().formatHex(digest.digest()));
        }
    }

    /**
     * Reads a checkpoint to resume the run with {@code fingerprint}, or with {@code fork} to go on
     * from its world under other parameters.
     *
     * @throws ScenarioException when the file is not a checkpoint, is of another format version,
     *                           belongs to another run, or is damaged
     */
    public static State read(Path file, Fingerprints fingerprint, boolean fork) {
        if (!Files.isRegularFile(file)) {
            throw new ScenarioException(file + ": no such checkpoint file");
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            String magic = readText(in, file);
            if (!MAGIC.equals(magic)) {
                throw notCheckpoint(file);
            }
            int format = in.readInt();
            if (format != FORMAT) {
                throw new ScenarioException(file + ": checkpoint format " + format + ", but this clusterlab reads format "
                        + FORMAT + "; resume it with the version that wrote it");
            }
            String run = in.readUTF();
            String world = in.readUTF();
            if (fork && !world.equals(fingerprint.world())) {
                throw new ScenarioException(file + ": a fork may change only the programmes and the horizon, but other "
                        + "parameters differ from the checkpoint's run (or its seed, scale, kernel or program version)");
            }
            if (!fork && !run.equals(fingerprint.run())) {
                throw new ScenarioException(file + ": this checkpoint belongs to another run (its scenario, seed, "
                        + "scale, kernel or program version differ from the ones given); resume with the same scenario "
                        + "file and options as the run that wrote it, or fork from it with --fork");
            }
            in.readInt();
            long[] length = new long[1];
            String sha = trailer(file, length);
            long header = Files.size(file) - TRAILER - length[0];
            // The checksum is verified before anything is deserialised, and deserialisation admits only
            // the model's own classes and the JDK's collections, so a crafted file cannot run code.
            MessageDigest digest = sha256();
            new DigestInputStream(new BoundedInput(in, length[0]), digest).transferTo(OutputStream.nullOutputStream());
            if (!HexFormat.of().formatHex(digest.digest()).equals(sha)) {
                throw damaged(file, "its checksum does not match");
            }
            try (InputStream again = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
                again.skipNBytes(header);
                ObjectInputStream objects = new ObjectInputStream(new GZIPInputStream(new BoundedInput(again, length[0]), 1 << 16));
                objects.setObjectInputFilter(FILTER);
                return (State) objects.readObject();
            }
        } catch (ScenarioException e) {
            throw e;
        } catch (IOException | ClassNotFoundException | ClassCastException | IllegalStateException
                 | IllegalArgumentException e) {
            throw damaged(file, e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        }
    }

    /** What a checkpoint may contain: the model's classes, Java's boxes, collections and arrays. */
    private static final java.io.ObjectInputFilter FILTER = java.io.ObjectInputFilter.Config.createFilter(
            "maxdepth=64;clusterlab.**;java.lang.*;java.util.*;!*");

    /** Bytes of the trailer: the payload's length (8) and its SHA-256 in hex as modified UTF-8 (2 + 64). */
    private static final int TRAILER = 8 + 2 + 64;

    /** Reads the trailer; returns the digest and puts the payload's length in {@code length[0]}. */
    private static String trailer(Path file, long[] length) throws IOException {
        try (java.nio.channels.SeekableByteChannel ch = Files.newByteChannel(file)) {
            if (ch.size() < TRAILER) {
                throw damaged(file, "it is cut short");
            }
            java.nio.ByteBuffer buf = java.nio.ByteBuffer.allocate(TRAILER);
            ch.position(ch.size() - TRAILER);
            while (buf.hasRemaining() && ch.read(buf) > 0) {
                // read the whole trailer
            }
            buf.flip();
            length[0] = buf.getLong();
            int n = buf.getShort();
            if (n != 64 || length[0] < 0 || length[0] > ch.size()) {
                throw damaged(file, "its trailer is not valid");
            }
            byte[] hex = new byte[64];
            buf.get(hex);
            return new String(hex, java.nio.charset.StandardCharsets.US_ASCII);
        }
    }

    private static String readText(DataInputStream in, Path file) {
        try {
            return in.readUTF();
        } catch (IOException e) {
            throw notCheckpoint(file);
        }
    }

    private static ScenarioException notCheckpoint(Path file) {
        return new ScenarioException(file + ": not a clusterlab checkpoint (checkpoint-FY*.ckpt files are written by "
                + "run --checkpoint-every)");
    }

    private static ScenarioException damaged(Path file, String why) {
        return new ScenarioException(file + ": the checkpoint is damaged (" + why + "); resume from an earlier one");
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** Counts the bytes written through it. */
    private static final class CountingOutput extends java.io.FilterOutputStream {
        private long count;

        CountingOutput(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }

    /** At most {@code left} bytes of a stream, so a truncated payload ends early instead of reading on. */
    private static final class BoundedInput extends InputStream {
        private final InputStream in;
        private long left;

        BoundedInput(InputStream in, long left) {
            this.in = in;
            this.left = left;
        }

        @Override
        public int read() throws IOException {
            if (left <= 0) {
                return -1;
            }
            int b = in.read();
            if (b >= 0) {
                left--;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (left <= 0) {
                return -1;
            }
            int n = in.read(b, off, (int) Math.min(len, left));
            if (n > 0) {
                left -= n;
            }
            return n;
        }
    }
}
