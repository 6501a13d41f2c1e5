package clusterlab.output;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/**
 * A CSV file written row by row under a temporary name and renamed when closed: UTF-8, a header
 * row, '.' as decimal point, no thousands separators, no quoting needed (names are restricted by
 * the schema). Numbers are formatted the same way on every machine and locale, which is part of
 * what makes runs byte-identical; an undefined value (NaN) is an empty cell, which pandas, R and
 * spreadsheets read as missing.
 */
public final class CsvTable implements AutoCloseable {
    private static final MathContext DIGITS = new MathContext(10);
    private final Path target;
    private final Path partial;
    private final BufferedWriter out;
    private final StringBuilder line = new StringBuilder(512);
    private boolean committed;

    public CsvTable(Path target, List<String> header) {
        this(target, header, null);
    }

    /**
     * A table that goes on from {@code written} (its header and rows as a checkpoint saved them),
     * or starts with its header when that is null.
     */
    public CsvTable(Path target, List<String> header, byte[] written) {
        this.target = target;
        this.partial = AtomicFile.partial(target);
        try {
            OutputStream os = Files.newOutputStream(partial);
            if (target.getFileName().toString().endsWith(".gz")) {
                os = new GZIPOutputStream(os, 1 << 16);
            }
            if (written != null) {
                os.write(written);
            }
            this.out = new BufferedWriter(new OutputStreamWriter(os, StandardCharsets.UTF_8), 1 << 16);
            if (written == null) {
                out.write(String.join(",", header));
                out.write('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target, e);
        }
    }

    /** The file's name. */
    public String name() {
        return target.getFileName().toString();
    }

    /** Everything written so far (header and whole rows), for a checkpoint; not for compressed tables. */
    public byte[] writtenSoFar() throws IOException {
        out.flush();
        return Files.readAllBytes(partial);
    }

    /** Starts a row; add cells with {@link #cell}, finish with {@link #end()}. */
    public CsvTable cell(String text) {
        if (!line.isEmpty()) {
            line.append(',');
        }
        line.append(text);
        return this;
    }

    public CsvTable cell(long value) {
        return cell(Long.toString(value));
    }

    public CsvTable cell(double value) {
        return cell(format(value));
    }

    public void end() {
        try {
            line.append('\n');
            out.append(line);
            line.setLength(0);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target, e);
        }
    }

    /** Pushes the rows so far to the (partial) file, for tables written slowly, row by row. */
    public void flush() {
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target, e);
        }
    }

    /** Numbers as plain decimals with at most 10 significant digits; integers without a point. */
    public static String format(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return "";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return new BigDecimal(v).round(DIGITS).stripTrailingZeros().toPlainString();
    }

    /** Flushes, closes and renames the file to its final name. */
    @Override
    public void close() throws IOException {
        if (committed) {
            return;
        }
        committed = true;
        out.close();
        AtomicFile.commit(partial, target);
    }
}
