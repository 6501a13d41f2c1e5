package clusterlab.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Locale-free number formatting and write-then-rename CSV files. */
class CsvTableTest {
    @TempDir
    Path dir;

    @Test
    void integersHaveNoDecimalPoint() {
        assertEquals("0", CsvTable.format(0.0));
        assertEquals("0", CsvTable.format(-0.0), "negative zero is plain 0");
        assertEquals("42", CsvTable.format(42.0));
        assertEquals("-7", CsvTable.format(-7.0));
        assertEquals("123456789012345", CsvTable.format(123456789012345.0));
    }

    @Test
    void shortDecimalsPrintAsWritten() {
        // 0.1 is stored as 0.1000000000000000055...; rounding to 10 digits and stripping zeros
        // must give back "0.1", not the binary expansion.
        assertEquals("0.1", CsvTable.format(0.1));
        assertEquals("2.5", CsvTable.format(2.5));
        assertEquals("-0.35", CsvTable.format(-0.35));
        assertEquals("0.3", CsvTable.format(0.1 + 0.2), "0.30000000000000004 rounds to 0.3");
    }

    @Test
    void tenSignificantDigits() {
        assertEquals("0.3333333333", CsvTable.format(1.0 / 3));
        assertEquals("0.6666666667", CsvTable.format(2.0 / 3), "rounded, not truncated");
        assertEquals("3.141592654", CsvTable.format(Math.PI));
        assertEquals("-1234.567891", CsvTable.format(-1234.5678912345));
    }

    @Test
    void undefinedValuesAreEmptyCells() {
        assertEquals("", CsvTable.format(Double.NaN));
        assertEquals("", CsvTable.format(Double.POSITIVE_INFINITY));
        assertEquals("", CsvTable.format(Double.NEGATIVE_INFINITY));
    }

    @Test
    void neverScientificNotation() {
        assertEquals("0.0000001", CsvTable.format(1e-7));
        assertEquals("0.00000000000000000012", CsvTable.format(1.2e-19));
        assertEquals("-0.000005", CsvTable.format(-5e-6));
        assertEquals("1000000000000000", CsvTable.format(1e15));
        assertEquals("123456789000000000000", CsvTable.format(1.23456789e20));
        for (double v = 1e-12; v < 1e22; v *= 7.3) {
            String s = CsvTable.format(v);
            assertFalse(s.contains("E") || s.contains("e"), s);
            // And the text reads back to the value within 10-digit rounding.
            assertEquals(v, Double.parseDouble(s), Math.abs(v) * 1e-9);
        }
    }

    @Test
    void fileAppearsUnderItsFinalNameOnlyAfterClose() throws IOException {
        Path target = dir.resolve("national.csv");
        Path partial = AtomicFile.partial(target);
        CsvTable t = new CsvTable(target, List.of("tick", "firms", "share"));
        t.cell(0).cell(120.0).cell(0.25).end();
        t.cell(1).cell(Double.NaN).cell(1.0 / 3).end();
        assertFalse(Files.exists(target), "final name must not exist before close()");
        assertTrue(Files.exists(partial), "rows are written under the partial name meanwhile");
        t.close();
        assertTrue(Files.exists(target));
        assertFalse(Files.exists(partial), "the partial file is renamed away");
        assertEquals("tick,firms,share\n0,120,0.25\n1,,0.3333333333\n",
                Files.readString(target, StandardCharsets.UTF_8));
        t.close();  // a second close is harmless
        assertTrue(Files.exists(target));
    }

    @Test
    void gzipNamesAreCompressed() throws IOException {
        Path target = dir.resolve("firms.csv.gz");
        try (CsvTable t = new CsvTable(target, List.of("id", "cash"))) {
            t.cell(7).cell(-0.5).end();
        }
        try (InputStream in = new GZIPInputStream(Files.newInputStream(target))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            in.transferTo(out);
            assertEquals("id,cash\n7,-0.5\n", out.toString(StandardCharsets.UTF_8));
        }
    }

    @Test
    void closingReplacesAnOlderFile() throws IOException {
        Path target = dir.resolve("regional.csv");
        Files.writeString(target, "stale\n");
        try (CsvTable t = new CsvTable(target, List.of("x"))) {
            t.cell("fresh").end();
            assertEquals("stale\n", Files.readString(target), "the old file stays intact until close()");
        }
        assertEquals("x\nfresh\n", Files.readString(target));
    }
}
