package clusterlab.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A numeric CSV table of a run folder read back (e.g. {@code national_fiscal_year.csv}): the header
 * and the rows as numbers, an empty or non-numeric cell as NaN (its text is kept too).
 */
public final class NumericTable {
    private final List<String> header;
    private final List<double[]> rows;
    private final List<List<String>> texts;

    private NumericTable(List<String> header, List<double[]> rows, List<List<String>> texts) {
        this.header = header;
        this.rows = rows;
        this.texts = texts;
    }

    public static NumericTable read(Path file) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            if (lines.isEmpty()) {
                throw new IOException("empty file");
            }
            List<String> header = cells(lines.get(0));
            List<double[]> rows = new ArrayList<>(lines.size() - 1);
            List<List<String>> texts = new ArrayList<>(lines.size() - 1);
            for (String line : lines.subList(1, lines.size())) {
                List<String> cells = cells(line);
                texts.add(cells);
                double[] row = new double[header.size()];
                for (int c = 0; c < row.length; c++) {
                    row[c] = c < cells.size() && !cells.get(c).isEmpty() ? parse(cells.get(c)) : Double.NaN;
                }
                rows.add(row);
            }
            return new NumericTable(header, rows, texts);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** The cells of one CSV line; a cell in double quotes may hold commas and doubled quotes. */
    public static List<String> cells(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                cell.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                out.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        out.add(cell.toString());
        return out;
    }

    private static double parse(String cell) {
        try {
            return Double.parseDouble(cell);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    public List<String> header() {
        return header;
    }

    public int rows() {
        return rows.size();
    }

    /** The column's index, or -1. */
    public int column(String name) {
        return header.indexOf(name);
    }

    public double value(int row, int column) {
        return rows.get(row)[column];
    }

    /** A cell as written (for text columns such as region names). */
    public String text(int row, int column) {
        List<String> cells = texts.get(row);
        return column < cells.size() ? cells.get(column) : "";
    }

    /** A column's values, top to bottom. */
    public double[] values(int column) {
        return rows.stream().mapToDouble(r -> r[column]).toArray();
    }

    @Override
    public String toString() {
        return header + " × " + rows.size() + " rows" + (rows.isEmpty() ? "" : ", first " + Arrays.toString(rows.get(0)));
    }
}
