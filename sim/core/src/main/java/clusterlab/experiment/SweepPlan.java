package clusterlab.experiment;

import clusterlab.random.Keyed;
import clusterlab.random.Purpose;
import clusterlab.random.KeyedStream;
import clusterlab.scenario.Assignment;
import clusterlab.scenario.ResolvedScenario;
import clusterlab.scenario.ScenarioException;
import clusterlab.scenario.ProgrammeSpec;
import clusterlab.scenario.Scenario;
import clusterlab.scenario.ScenarioLoader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * A sweep expanded into runs: the design's points (in the unit cube for sampling designs), then
 * for every point each replication and each arm. Seeds depend on the master seed and the
 * replication (and the point, without common random numbers), never on the arm, so arms are
 * compared with common random numbers. The plan's fingerprint identifies everything that shapes a
 * run's results except the number of replications, so a folder can take more replications later.
 */
public final class SweepPlan {
    private final SweepSpec spec;
    private final double[][] unitPoints;
    private final List<List<String>> points;
    private final List<PlannedRun> runs;
    private final List<PlannedRun> warmups;
    private final String fingerprint;

    private SweepPlan(SweepSpec spec) {
        this.spec = spec;
        this.unitPoints = unitPoints(spec);
        this.points = spec.design().samplesRanges() ? rangePoints(spec, unitPoints) : gridPoints(spec.parameters());
        this.warmups = planWarmups();
        this.runs = expand();
        this.fingerprint = fingerprint(spec);
    }

    /**
     * Plans a sweep and checks that the scenario loads with every listed value (or both ends of
     * every range) in every arm, so that a bad path or value stops the sweep before any run.
     */
    public static SweepPlan of(SweepSpec spec) {
        SweepPlan plan = new SweepPlan(spec);
        plan.check();
        return plan;
    }

    /** Points of the design, before arms and replications. */
    static int pointCount(SweepSpec spec) {
        int k = spec.parameters().size();
        return switch (spec.design()) {
            case GRID -> spec.parameters().stream().mapToInt(p -> p.values().size())
                    .reduce(1, (a, b) -> (int) Math.min(Integer.MAX_VALUE, (long) a * b));
            case LHS -> spec.samples();
            case SOBOL -> (int) Math.min(Integer.MAX_VALUE, (long) spec.samples() * SaltelliSample.block(k));
            case MORRIS -> (int) Math.min(Integer.MAX_VALUE, (long) spec.samples() * (k + 1));
        };
    }

    public SweepSpec spec() {
        return spec;
    }

    public List<PlannedRun> runs() {
        return runs;
    }

    /** The warm-up runs, one per replication (none without {@code warmup_years}): they run first. */
    public List<PlannedRun> warmups() {
        return warmups;
    }

    /** Each point's parameter values as YAML text, in the order of {@code spec().parameters()}. */
    public List<List<String>> points() {
        return points;
    }

    /** The sampling design's points in [0, 1]^k (null for grids), for sensitivity estimators. */
    double[][] unitPoints() {
        return unitPoints;
    }

    public String fingerprint() {
        return fingerprint;
    }

    private static double[][] unitPoints(SweepSpec spec) {
        int k = spec.parameters().size();
        KeyedStream rng = new KeyedStream(Keyed.key(spec.seed(), 0, 0, Purpose.DESIGN));
        return switch (spec.design()) {
            case GRID -> null;
            case LHS -> LatinHypercube.points(spec.samples(), k, rng);
            case SOBOL -> SaltelliSample.points(spec.samples(), k);
            case MORRIS -> MorrisTrajectories.points(spec.samples(), k, spec.levels(), rng);
        };
    }

    private static List<List<String>> rangePoints(SweepSpec spec, double[][] unit) {
        List<List<String>> out = new ArrayList<>(unit.length);
        for (double[] u : unit) {
            List<String> values = new ArrayList<>(u.length);
            for (int i = 0; i < u.length; i++) {
                values.add(spec.parameters().get(i).at(u[i]));
            }
            out.add(List.copyOf(values));
        }
        return out;
    }

    /** All combinations, the last parameter varying fastest. */
    private static List<List<String>> gridPoints(List<SweptParameter> params) {
        List<List<String>> out = new ArrayList<>();
        out.add(List.of());
        for (SweptParameter p : params) {
            List<List<String>> next = new ArrayList<>(out.size() * p.values().size());
            for (List<String> prefix : out) {
                for (String v : p.values()) {
                    List<String> combo = new ArrayList<>(prefix);
                    combo.add(v);
                    next.add(List.copyOf(combo));
                }
            }
            out = next;
        }
        return out;
    }

    private List<PlannedRun> expand() {
        int pointDigits = Math.max(4, Integer.toString(points.size() - 1).length());
        List<PlannedRun> out = new ArrayList<>(points.size() * spec.arms().size() * spec.replications());
        for (int p = 0; p < points.size(); p++) {
            for (int r = 0; r < spec.replications(); r++) {
                long seed = spec.commonRandomNumbers() ? Keyed.derivedSeed(spec.seed(), r)
                        : Keyed.derivedSeed(Keyed.derivedSeed(spec.seed(), p), r);
                for (Arm arm : spec.arms()) {
                    String id = String.format("p%0" + pointDigits + "d%s-r%04d", p,
                            arm.name().isEmpty() ? "" : "-" + arm.name(), r);
                    out.add(new PlannedRun(id, p, arm.name(), r, seed, points.get(p), spec.base().toString(),
                            changes(points.get(p), arm, "point " + p), spec.scale(), spec.warmupYears(),
                            spec.warmupYears() > 0 ? warmups.get(r).id() : ""));
                }
            }
        }
        return List.copyOf(out);
    }

    /** One warm-up per replication: the base scenario with the fixed changes, for the warm-up's years. */
    private List<PlannedRun> planWarmups() {
        List<PlannedRun> out = new ArrayList<>();
        for (int r = 0; spec.warmupYears() > 0 && r < spec.replications(); r++) {
            List<Assignment> changes = new ArrayList<>(spec.fixed());
            changes.add(new Assignment("years=" + spec.warmupYears(), spec.file() + ": warmup_years"));
            out.add(new PlannedRun(String.format("warmup-r%04d", r), -1, "", r, Keyed.derivedSeed(spec.seed(), r),
                    List.of(), spec.base().toString(), List.copyOf(changes), spec.scale(), spec.warmupYears(), ""));
        }
        return List.copyOf(out);
    }

    /** The fixed changes, then the point's values, then the arm's changes. */
    private List<Assignment> changes(List<String> values, Arm arm, String where) {
        List<Assignment> out = new ArrayList<>(spec.fixed());
        for (int i = 0; i < values.size(); i++) {
            SweptParameter p = spec.parameters().get(i);
            out.add(new Assignment(p.path() + "=" + values.get(i),
                    spec.file() + ": parameters." + p.path() + " at " + where));
        }
        out.addAll(arm.changes());
        return out;
    }

    private void check() {
        for (SweptParameter p : spec.parameters()) {
            if (p.path().equals("seed")) {
                throw new ScenarioException(spec.file() + ": field 'parameters.seed': the sweep sets each run's seed "
                        + "(from its master seed and the replication); vary the master 'seed' of separate sweeps instead");
            }
        }
        for (Arm arm : spec.arms()) {
            for (List<String> values : checkPoints()) {
                Scenario s = ScenarioLoader.load(spec.base(), changes(values, arm, "value " + String.join(", ", values)))
                        .scenario();
                if (spec.warmupYears() > 0) {
                    checkWarmup(s, arm);
                }
            }
        }
    }

    /**
     * A shared warm-up serves runs that differ only in their programmes (and horizon), none of which
     * may start during it, and that run past it.
     */
    private void checkWarmup(Scenario s, Arm arm) {
        List<String> varied = new ArrayList<>(spec.parameters().stream().map(SweptParameter::path).toList());
        arm.changes().forEach(c -> varied.add(c.text().substring(0, c.text().indexOf('='))));
        for (String path : varied) {
            if (!path.startsWith("programmes.") && !path.equals("years")) {
                throw new ScenarioException(spec.file() + ": field 'warmup_years': every run forks from one warm-up, "
                        + "so points and arms may change only programmes (and years), but '" + path + "' is varied");
            }
        }
        int firstOpen = s.startFiscalYear() + spec.warmupYears();
        for (ProgrammeSpec p : s.programmes()) {
            if (p.startFiscalYear() < firstOpen) {
                throw new ScenarioException(spec.file() + ": field 'warmup_years': programme '" + p.name() + "' starts in FY"
                        + p.startFiscalYear() + ", during the warm-up (FY" + s.startFiscalYear() + "-" + (firstOpen - 1) + ")");
            }
        }
        if (s.years() <= spec.warmupYears()) {
            throw new ScenarioException(spec.file() + ": field 'warmup_years': the runs' horizon (" + s.years()
                    + " years) must be longer than the warm-up (" + spec.warmupYears() + ")");
        }
    }

    /**
     * Each parameter at each listed value (or both ends and the middle of its range, which shows a
     * whole-number parameter sampled without {@code whole: true}), the others at their first value.
     */
    private List<List<String>> checkPoints() {
        List<SweptParameter> params = spec.parameters();
        List<String> first = params.stream().map(p -> p.values().isEmpty() ? p.at(0) : p.values().get(0)).toList();
        List<List<String>> out = new ArrayList<>();
        out.add(first);
        for (int i = 0; i < params.size(); i++) {
            SweptParameter p = params.get(i);
            for (String v : p.values().isEmpty() ? List.of(p.at(1), p.at(0.381966)) : p.values().subList(1, p.values().size())) {
                List<String> point = new ArrayList<>(first);
                point.set(i, v);
                out.add(point);
            }
        }
        return out;
    }

    /** SHA-256 over the sweep's definition (replications and outputs aside) and the scenario files it reads. */
    private static String fingerprint(SweepSpec spec) {
        StringBuilder text = new StringBuilder();
        text.append("design=").append(spec.design().label()).append('\n')
                .append("samples=").append(spec.samples()).append('\n')
                .append("levels=").append(spec.levels()).append('\n')
                .append("seed=").append(spec.seed()).append('\n')
                .append("scale=").append(spec.scale()).append('\n')
                .append("crn=").append(spec.commonRandomNumbers()).append('\n')
                .append("warmup=").append(spec.warmupYears()).append('\n');
        spec.fixed().forEach(a -> text.append("set ").append(a.text()).append('\n'));
        spec.parameters().forEach(p -> text.append("parameter ").append(p).append('\n'));
        spec.arms().forEach(a -> {
            text.append("arm ").append(a.name()).append('\n');
            a.changes().forEach(c -> text.append("  ").append(c.text()).append('\n'));
        });
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(text.toString().getBytes(StandardCharsets.UTF_8));
            ResolvedScenario base = ScenarioLoader.load(spec.base(), spec.fixed());
            for (Path file : base.chain()) {
                sha.update(file.getFileName().toString().getBytes(StandardCharsets.UTF_8));
                sha.update(Files.readAllBytes(file));
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        } catch (IOException e) {
            throw new ScenarioException(spec.base() + ": cannot read (" + e.getMessage() + ")");
        }
    }
}
