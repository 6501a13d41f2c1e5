package clusterlab.output;

import clusterlab.firms.FirmTable;
import clusterlab.metrics.Indicator;
import clusterlab.metrics.IndicatorSink;
import clusterlab.money.Flow;
import clusterlab.policy.ProgrammeIndicator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A run folder (see docs/outputs.md): the manifest and the indicator tables. Tables are written as
 * the run goes under temporary names and take their final names in {@link #close()}, so a folder
 * never shows a half-written file under a final name, and the manifest's status says whether the
 * run completed, was interrupted or failed.
 */
public final class RunFolder implements IndicatorSink, AutoCloseable {
    public static final String MANIFEST = "manifest.json";
    public static final String NATIONAL_FISCAL_YEAR = "national_fiscal_year.csv";
    public static final String REGIONS_FISCAL_YEAR = "regions_fiscal_year.csv";
    public static final String PROGRAMMES_FISCAL_YEAR = "programmes_fiscal_year.csv";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Path dir;
    private final List<String> regions;
    private final List<String> fields;
    private final List<String> programmes;
    private final int startFiscalYear;
    private final CsvTable nationalMonthly;
    private final CsvTable regionsMonthly;
    private final CsvTable nationalYearly;
    private final CsvTable regionsYearly;
    private final CsvTable programmesYearly;
    private final CsvTable money;
    private final CsvTable degrees;
    private final CsvTable firmSnapshots;

    private RunFolder(Path dir, List<String> regions, List<String> fields, List<String> programmes,
                      int startFiscalYear, boolean snapshots, Map<String, byte[]> written) {
        this.dir = dir;
        this.regions = regions;
        this.fields = fields;
        this.programmes = programmes;
        this.startFiscalYear = startFiscalYear;
        List<String> indicators = Stream.of(Indicator.values()).map(Indicator::column).toList();
        nationalMonthly = table(written, dir.resolve("national_monthly.csv"),
                concat(List.of("tick", "year", "month", "fiscal_year"), indicators));
        regionsMonthly = table(written, dir.resolve("regions_monthly.csv"),
                concat(List.of("tick", "year", "month", "fiscal_year", "region"), indicators));
        nationalYearly = table(written, dir.resolve(NATIONAL_FISCAL_YEAR),
                concat(concat(List.of("fiscal_year"), indicators), List.of("regional_concentration_hhi")));
        regionsYearly = table(written, dir.resolve(REGIONS_FISCAL_YEAR),
                concat(List.of("fiscal_year", "region"), indicators));
        programmesYearly = table(written, dir.resolve(PROGRAMMES_FISCAL_YEAR),
                concat(List.of("fiscal_year", "programme", "regions_funded"),
                        Stream.of(ProgrammeIndicator.values()).map(ProgrammeIndicator::column).toList()));
        degrees = table(written, dir.resolve("network_degrees_fiscal_year.csv"),
                List.of("fiscal_year", "scope", "degree", "actors"));
        money = table(written, dir.resolve("money_fiscal_year.csv"),
                List.of("fiscal_year", "flow", "source", "instrument", "recipient", "amount_oku"));
        firmSnapshots = snapshots ? new CsvTable(dir.resolve("firms_fiscal_year.csv.gz"),
                List.of("fiscal_year", "firm_id", "region", "field", "employees", "sales_oku", "age_months",
                        "startup", "spinoff")) : null;
    }

    /**
     * Opens a run folder. The folder may exist only if it is empty: results already there are
     * never overwritten. {@code written} holds the tables as a checkpoint saved them (by file
     * name), to go on from; null for a new run.
     */
    public static RunFolder create(Path dir, List<String> regions, List<String> fields, List<String> programmes,
                                   int startFiscalYear, boolean snapshots, Map<String, byte[]> written)
            throws IOException {
        prepare(dir);
        return new RunFolder(dir, regions, fields, programmes, startFiscalYear, snapshots, written);
    }

    private static CsvTable table(Map<String, byte[]> written, Path target, List<String> header) {
        return new CsvTable(target, header, written == null ? null : written.get(target.getFileName().toString()));
    }

    /** Every table's content so far, by file name, for a checkpoint (runs with snapshots have none). */
    public Map<String, byte[]> tablesSoFar() throws IOException {
        if (firmSnapshots != null) {
            throw new IllegalStateException("checkpoints are not written for runs with per-firm snapshots");
        }
        Map<String, byte[]> out = new java.util.LinkedHashMap<>();
        for (CsvTable t : new CsvTable[] {nationalMonthly, regionsMonthly, nationalYearly, regionsYearly,
                programmesYearly, money, degrees}) {
            out.put(t.name(), t.writtenSoFar());
        }
        return out;
    }

    /**
     * Creates an output folder for any command. It may exist only if it is empty: results
     * already there are never overwritten.
     */
    public static void prepare(Path dir) throws OutputFolderException {
        checkFree(dir);
        createFolder(dir);
    }

    /** Creates a folder (and its parents) if absent. */
    public static void createFolder(Path dir) throws OutputFolderException {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new OutputFolderException("cannot create output folder " + dir + " (" + e.getMessage()
                    + "); choose another --out");
        }
    }

    /** Checks, without creating anything, that {@code dir} could be used: absent, or an empty folder. */
    public static void checkFree(Path dir) throws OutputFolderException {
        if (Files.exists(dir)) {
            if (!Files.isDirectory(dir)) {
                throw new OutputFolderException(dir + " exists and is not a folder; choose another --out");
            }
            try (Stream<Path> entries = Files.list(dir)) {
                if (entries.findAny().isPresent()) {
                    throw new OutputFolderException("output folder " + dir
                            + " is not empty; choose another --out (results are never overwritten)");
                }
            } catch (OutputFolderException e) {
                throw e;
            } catch (IOException e) {
                throw new OutputFolderException("cannot read output folder " + dir + " (" + e.getMessage()
                        + "); choose another --out");
            }
        }
    }

    public Path dir() {
        return dir;
    }

    /** Writes (or rewrites) the manifest atomically. */
    public void writeManifest(ObjectNode manifest) throws IOException {
        AtomicFile.write(dir.resolve(MANIFEST), JSON.writeValueAsBytes(manifest));
    }

    @Override
    public void monthly(int tick, double[] national, double[][] regionRows) {
        int year = clusterlab.world.Calendar.year(startFiscalYear, tick);
        int month = clusterlab.world.Calendar.month(tick);
        int fy = clusterlab.world.Calendar.fiscalYear(startFiscalYear, tick);
        dateCells(nationalMonthly, tick, year, month, fy);
        values(nationalMonthly, national);
        for (int r = 0; r < regionRows.length; r++) {
            dateCells(regionsMonthly, tick, year, month, fy).cell(regions.get(r));
            values(regionsMonthly, regionRows[r]);
        }
    }

    @Override
    public void fiscalYear(int fiscalYear, double[] national, double[][] regionRows, double concentrationHhi,
                           int[] regionsFunded, double[][] programmeRows) {
        nationalYearly.cell(fiscalYear);
        for (double v : national) {
            nationalYearly.cell(v);
        }
        nationalYearly.cell(concentrationHhi).end();
        for (int r = 0; r < regionRows.length; r++) {
            regionsYearly.cell(fiscalYear).cell(regions.get(r));
            values(regionsYearly, regionRows[r]);
        }
        for (int p = 0; p < programmeRows.length; p++) {
            programmesYearly.cell(fiscalYear).cell(programmes.get(p)).cell(regionsFunded[p]);
            values(programmesYearly, programmeRows[p]);
        }
    }

    /** Scope "national", then each region; only degrees that occur. */
    @Override
    public void degrees(int fiscalYear, long[] national, long[][] regionCounts) {
        degreeRows(fiscalYear, "national", national);
        for (int r = 0; r < regionCounts.length; r++) {
            degreeRows(fiscalYear, regions.get(r), regionCounts[r]);
        }
    }

    private void degreeRows(int fiscalYear, String scope, long[] counts) {
        for (int d = 0; d < counts.length; d++) {
            if (counts[d] > 0) {
                degrees.cell(fiscalYear).cell(scope).cell(d).cell(counts[d]).end();
            }
        }
    }

    @Override
    public void money(int fiscalYear, double[] flows) {
        for (Flow f : Flow.values()) {
            money.cell(fiscalYear).cell(f.label()).cell(f.source).cell(f.instrument).cell(f.recipient)
                    .cell(flows[f.ordinal()]).end();
        }
    }

    @Override
    public void firms(int fiscalYear, FirmTable t) {
        if (firmSnapshots == null) {
            return;
        }
        for (int r = 0; r < t.size(); r++) {
            if (t.alive(r)) {
                firmSnapshots.cell(fiscalYear).cell(t.id[r]).cell(regions.get(t.region[r])).cell(fields.get(t.field[r]))
                        .cell(Math.round(t.employees[r])).cell(t.sales[r] * 12.0).cell(t.ageMonths[r])
                        .cell(t.has(r, FirmTable.STARTUP) ? 1 : 0).cell(t.has(r, FirmTable.SPINOFF) ? 1 : 0).end();
            }
        }
    }

    private static CsvTable dateCells(CsvTable table, int tick, int year, int month, int fy) {
        return table.cell(tick).cell(year).cell(month).cell(fy);
    }

    private static void values(CsvTable table, double[] row) {
        for (double v : row) {
            table.cell(v);
        }
        table.end();
    }

    /** Gives every table its final name; the rows written so far are complete rows. */
    @Override
    public void close() throws IOException {
        List<IOException> failures = new ArrayList<>();
        for (CsvTable t : new CsvTable[] {nationalMonthly, regionsMonthly, nationalYearly, regionsYearly,
                programmesYearly, money, degrees, firmSnapshots}) {
            if (t != null) {
                try {
                    t.close();
                } catch (IOException e) {
                    failures.add(e);
                }
            }
        }
        if (!failures.isEmpty()) {
            throw failures.get(0);
        }
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    /** Thrown when the chosen output folder cannot be used; a bad-input error. */
    public static final class OutputFolderException extends IOException {
        private static final long serialVersionUID = 1L;

        OutputFolderException(String message) {
            super(message);
        }
    }
}
