package clusterlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clusterlab.metrics.Indicator;
import clusterlab.policy.ProgrammeIndicator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The run folder contract (files, columns, rows, manifest; see docs/outputs.md), checked through the command line. */
class RunCommandTest {
    private static final List<String> INDICATORS = Stream.of(Indicator.values()).map(Indicator::column).toList();

    @TempDir
    Path dir;

    @Test
    void runWritesEveryFileWithTheRightHeadersAndRows() throws IOException {
        Path out = dir.resolve("run");
        CliHarness r = CliHarness.run("run", "src/test/resources/tiny.yaml", "--seed", "7", "--years", "2",
                "--out", out.toString(), "--snapshots");
        assertEquals(0, r.exitCode(), r.err());
        int regions = 2;
        int months = 24;
        assertEquals(header("tick", "year", "month", "fiscal_year"), lines(out.resolve("national_monthly.csv")).get(0));
        assertEquals(months + 1, lines(out.resolve("national_monthly.csv")).size());
        assertEquals(header("tick", "year", "month", "fiscal_year", "region"),
                lines(out.resolve("regions_monthly.csv")).get(0));
        assertEquals(months * regions + 1, lines(out.resolve("regions_monthly.csv")).size());
        List<String> nationalYears = lines(out.resolve("national_fiscal_year.csv"));
        assertEquals(header("fiscal_year") + ",regional_concentration_hhi", nationalYears.get(0));
        assertEquals(3, nationalYears.size());
        assertTrue(nationalYears.get(1).startsWith("2002,") && nationalYears.get(2).startsWith("2003,"));
        assertEquals(2 * regions + 1, lines(out.resolve("regions_fiscal_year.csv")).size());
        List<String> programmes = lines(out.resolve("programmes_fiscal_year.csv"));
        assertEquals("fiscal_year,programme,regions_funded," + String.join(",",
                Stream.of(ProgrammeIndicator.values()).map(ProgrammeIndicator::column).toList()), programmes.get(0));
        assertEquals(3, programmes.size(), "one programme over two fiscal years");
        assertTrue(programmes.get(1).startsWith("2002,pilot,2,"), programmes.get(1));
        List<String> money = lines(out.resolve("money_fiscal_year.csv"));
        assertEquals("fiscal_year,flow,source,instrument,recipient,amount_oku", money.get(0));
        assertEquals(2 * clusterlab.money.Flow.COUNT + 1, money.size(), "every flow, every fiscal year");
        List<String> degrees = lines(out.resolve("network_degrees_fiscal_year.csv"));
        assertEquals("fiscal_year,scope,degree,actors", degrees.get(0));
        long nationalActors = degrees.stream().filter(l -> l.startsWith("2003,national,"))
                .mapToLong(l -> Long.parseLong(l.split(",")[3])).sum();
        long regionalActors = degrees.stream().filter(l -> l.startsWith("2003,") && !l.contains(",national,"))
                .mapToLong(l -> Long.parseLong(l.split(",")[3])).sum();
        assertEquals(nationalActors, regionalActors, "every actor is counted once nationally and once in its region");
        assertTrue(nationalActors > 900, "all actors, isolated ones included");
        List<String> firms = gzipLines(out.resolve("firms_fiscal_year.csv.gz"));
        assertEquals("fiscal_year,firm_id,region,field,employees,sales_oku,age_months,startup,spinoff", firms.get(0));
        assertTrue(firms.size() > 1500, "two fiscal years of about a thousand firms");

        JsonNode manifest = new ObjectMapper().readTree(out.resolve("manifest.json").toFile());
        assertEquals("complete", manifest.get("status").asText());
        assertEquals(7, manifest.get("seed").asLong());
        assertEquals(24, manifest.get("ticks_completed").asInt());
        assertEquals("tiny", manifest.get("scenario").asText());
        assertEquals(2, manifest.at("/parameters/years").asInt(), "the resolved parameters, overrides applied");
        assertEquals(0.45, manifest.at("/parameters/matching/base_success").asDouble(), "defaults are recorded too");
        assertTrue(manifest.hasNonNull("git_commit") && manifest.hasNonNull("ended_utc"));
        try (Stream<Path> files = Files.list(out)) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().endsWith(".partial")), "no temporary files left");
        }
    }

    @Test
    void aProgrammeCountsNothingAfterItsTermEnds() throws IOException {
        Path out = dir.resolve("term");
        CliHarness r = CliHarness.run("run", "src/test/resources/tiny.yaml", "--years", "3", "--out", out.toString(), "-q");
        assertEquals(0, r.exitCode(), r.err());
        List<String> rows = lines(out.resolve("programmes_fiscal_year.csv"));
        // The pilot runs FY2002-2003; its projects may go on in FY2004, but no longer as the programme's.
        assertTrue(rows.get(3).startsWith("2004,pilot,0,"), rows.get(3));
        assertTrue(rows.get(3).matches("2004,pilot(,0)+(,)+"), "nothing counted after the term: " + rows.get(3));
        assertTrue(rows.get(1).matches("2002,pilot,2,[1-9].*"), "but during it: " + rows.get(1));
    }

    @Test
    void fundingSustainmentParticipantsAndCostEffectivenessAreMeasured() throws IOException {
        Path out = dir.resolve("sustain");
        CliHarness r = CliHarness.run("run", "src/test/resources/tiny.yaml", "--years", "4", "--out", out.toString(), "-q");
        assertEquals(0, r.exitCode(), r.err());
        List<String> rows = lines(out.resolve("regions_fiscal_year.csv"));
        List<String> header = List.of(rows.get(0).split(","));
        int funded = header.indexOf("programme_funded");
        int ratio = header.indexOf("post_funding_activity_ratio");
        int sustaining = header.indexOf("self_sustaining");
        int participants = header.indexOf("participant_firms");
        int firms = header.indexOf("firms");
        for (String line : rows.subList(1, rows.size())) {
            String[] c = line.split(",", -1);
            boolean during = c[0].equals("2002") || c[0].equals("2003");
            assertEquals(during ? "1" : "0", c[funded], line);
            assertEquals(during, c[ratio].isEmpty(), "ratio only after funding ends: " + line);
            assertTrue(during ? c[sustaining].isEmpty() : c[sustaining].matches("[01]"), line);
            assertTrue(Double.parseDouble(c[participants]) <= Double.parseDouble(c[firms]), line);
        }
        List<String> programme = lines(out.resolve("programmes_fiscal_year.csv"));
        List<String> pHeader = List.of(programme.get(0).split(","));
        String[] y2003 = programme.get(2).split(",", -1);
        double perOku = Double.parseDouble(y2003[pHeader.indexOf("patent_applications")])
                / (Double.parseDouble(y2003[pHeader.indexOf("spending_national_oku")])
                + Double.parseDouble(y2003[pHeader.indexOf("spending_local_oku")]));
        assertEquals(perOku, Double.parseDouble(y2003[pHeader.indexOf("patents_per_oku")]), 1e-6);
        assertTrue(programme.get(3).split(",", -1)[pHeader.indexOf("patents_per_oku")].isEmpty(),
                "undefined when nothing was spent");
    }

    @Test
    void validatePrintsEveryResolvedParameterWithItsUnitAndTheStageOrder() {
        CliHarness r = CliHarness.run("validate", "src/test/resources/tiny.yaml", "--set", "years=12");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("years") && r.out().contains("= 12  [years]"), r.out());
        assertTrue(r.out().contains("regions.0.local_budget_oku_per_year = 2.0  [oku/year]")
                || r.out().matches("(?s).*regions\\.0\\.local_budget_oku_per_year\\s+= 2\\.0  \\[oku/year\\].*"), r.out());
        assertTrue(r.out().matches("(?s).*knowledge\\.spillover_max_per_month\\s+= 0\\.012  \\[1/month\\].*"),
                "defaults are listed with units");
        assertTrue(r.out().indexOf("1. policy") < r.out().indexOf("8. measurement"), "stage order is printed");
    }

    /** Regions may hold real counts of establishments of which only a sample is simulated: validate shows both. */
    @Test
    void validateSaysHowManyFirmAgentsAreSimulatedAndHowManyEstablishmentsTheyRepresent() {
        CliHarness r = CliHarness.run("validate", "src/test/resources/tiny.yaml", "--set", "population.firm_sample=0.5");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("500 firm agents simulated"), r.out());
        assertTrue(r.out().contains("representing 1000 establishments"), r.out());
        assertTrue(r.out().contains("population.firm_sample 0.5"), r.out());
    }

    @Test
    void committedSchemaMatchesTheCode() throws IOException {
        CliHarness r = CliHarness.run("schema");
        assertEquals(0, r.exitCode());
        String committed = Files.readString(Path.of("../../scenarios/scenario.schema.json"), StandardCharsets.UTF_8);
        assertEquals(committed.strip(), r.out().strip(),
                "scenarios/scenario.schema.json is stale: regenerate with ./clusterlab schema > scenarios/scenario.schema.json");
    }

    @Test
    void everyScenarioFileInTheRepositoryValidates() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("../../scenarios"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).toList()) {
                CliHarness r = CliHarness.run("validate", f.toString());
                assertEquals(0, r.exitCode(), f + ": " + r.err());
            }
        }
    }

    private static String header(String... keys) {
        List<String> cols = new ArrayList<>(List.of(keys));
        cols.addAll(INDICATORS);
        return String.join(",", cols);
    }

    private static List<String> lines(Path file) throws IOException {
        return Files.readAllLines(file, StandardCharsets.UTF_8);
    }

    private static List<String> gzipLines(Path file) throws IOException {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
            return r.lines().toList();
        }
    }
}
