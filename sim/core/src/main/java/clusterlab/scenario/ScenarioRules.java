package clusterlab.scenario;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The rules that tie several fields together and so cannot live on one {@link Param}: unique
 * names, references between lists (field weights name fields, programmes name regions) and
 * shares that must not exceed a whole.
 */
final class ScenarioRules {
    private final Function<String, Origin> originOf;

    ScenarioRules(Function<String, Origin> originOf) {
        this.originOf = originOf;
    }

    void check(Scenario s) {
        unique(s.fields(), "fields");
        unique(s.regions().stream().map(RegionSpec::name).toList(), "regions", "name");
        for (int r = 0; r < s.regions().size(); r++) {
            RegionSpec region = s.regions().get(r);
            String path = "regions." + r + ".field_weights";
            for (var e : region.fieldWeights().entrySet()) {
                if (!s.fields().contains(e.getKey())) {
                    fail(path + "." + e.getKey(), "'" + e.getKey() + "' is not one of the scenario's fields ("
                            + String.join(", ", s.fields()) + ")"
                            + Names.closest(e.getKey(), s.fields()).map(c -> "; did you mean '" + c + "'?").orElse(""));
                }
            }
        }
        long firms = Math.round(s.regions().stream().mapToLong(RegionSpec::firms).sum() * s.population().firmSample());
        if (firms > 50_000_000L) {
            fail("regions", "the regions hold " + firms + " firm agents in all (firms x population.firm_sample); "
                    + "at most 50000000 are supported");
        }
        unique(s.programmes().stream().map(ProgrammeSpec::name).toList(), "programmes", "name");
        checkCalibration(s);
        Set<String> regionNames = new HashSet<>(s.regions().stream().map(RegionSpec::name).toList());
        for (int p = 0; p < s.programmes().size(); p++) {
            ProgrammeSpec prog = s.programmes().get(p);
            String path = "programmes." + p;
            if (prog.selection() != SelectionRule.LISTED) {
                unique(prog.regions(), path + ".regions");
            }
            for (int i = 0; i < prog.regions().size(); i++) {
                String name = prog.regions().get(i);
                if (!regionNames.contains(name)) {
                    fail(path + ".regions." + i, "no region is named '" + name + "'"
                            + Names.closest(name, regionNames).map(c -> "; did you mean '" + c + "'?").orElse(""));
                }
            }
            boolean byPredecessor = prog.selection() == SelectionRule.PREDECESSOR_EVALUATION;
            List<String> earlier = s.programmes().subList(0, p).stream().map(ProgrammeSpec::name).toList();
            if (byPredecessor && !earlier.contains(prog.predecessor())) {
                fail(path + ".predecessor", (prog.predecessor().isEmpty() ? "is required by selection 'predecessor_evaluation'"
                        : "no earlier programme is named '" + prog.predecessor() + "'") + "; earlier programmes: "
                        + (earlier.isEmpty() ? "none" : String.join(", ", earlier))
                        + Names.closest(prog.predecessor(), earlier).map(c -> "; did you mean '" + c + "'?").orElse(""));
            }
            int candidates = prog.regions().isEmpty() ? s.regions().size() : prog.regions().size();
            if (prog.regionsSelected() > candidates) {
                fail(path + ".regions_selected", "selects " + prog.regionsSelected() + " regions from only "
                        + candidates + " candidates");
            }
            if (prog.startFiscalYear() < s.startFiscalYear()) {
                fail(path + ".start_fiscal_year", "FY" + prog.startFiscalYear() + " is before the scenario's first fiscal "
                        + "year, FY" + s.startFiscalYear() + "; the years before it are the spin-up, a world without "
                        + "policy: start the programme in FY" + s.startFiscalYear() + " or later, or start the scenario earlier");
            }
            if (prog.evaluationYear() >= prog.years()) {
                fail(path + ".evaluation_year", "an evaluation after year " + prog.evaluationYear()
                        + " comes after the term of " + prog.years() + " years; use 1 to " + (prog.years() - 1) + ", or 0 for none");
            }
            double shares = prog.grantShare() + prog.coordinatorShare() + prog.incubatorShare() + prog.vcSeedShare()
                    + prog.networkingShare() + prog.linkageShare();
            if (shares > 1 + 1e-9) {
                fail(path + ".coordinator_share", "grant_share + coordinator_share + incubator_share + vc_seed_share + "
                        + "networking_share + linkage_share must not exceed 1, got " + shares);
            }
        }
    }

    /** Free parameters need a range; targets a programme that exists (their span: {@link #checkTargetsInHorizon}). */
    private void checkCalibration(Scenario s) {
        CalibrationSpec c = s.calibration();
        for (int i = 0; i < c.free().size(); i++) {
            FreeParameter f = c.free().get(i);
            if (!(f.min() < f.max())) {
                fail("calibration.free." + i + ".max", "must be greater than min (" + f.min() + "), got " + f.max());
            }
        }
        unique(c.free().stream().map(FreeParameter::path).toList(), "calibration.free", "path");
        unique(c.targets().stream().map(CalibrationTarget::name).toList(), "calibration.targets", "name");
        List<String> programmes = s.programmes().stream().map(ProgrammeSpec::name).toList();
        for (int i = 0; i < c.targets().size(); i++) {
            CalibrationTarget t = c.targets().get(i);
            String path = "calibration.targets." + i;
            if (!t.programme().isEmpty() && !programmes.contains(t.programme())) {
                fail(path + ".programme", "no programme is named '" + t.programme() + "'; programmes: "
                        + (programmes.isEmpty() ? "none" : String.join(", ", programmes))
                        + Names.closest(t.programme(), programmes).map(n -> "; did you mean '" + n + "'?").orElse(""));
            }
        }
    }

    /**
     * Each target's span lies inside the horizon. Checked only for calibrate: targets matter to
     * nothing else, and a run, sweep or check shortened with --years must not be refused for them.
     */
    void checkTargetsInHorizon(Scenario s) {
        int last = s.startFiscalYear() + s.years() - 1;
        for (int i = 0; i < s.calibration().targets().size(); i++) {
            CalibrationTarget t = s.calibration().targets().get(i);
            String path = "calibration.targets." + i;
            if (t.fromFiscalYear() < s.startFiscalYear() || t.fromFiscalYear() > last) {
                fail(path + ".from_fiscal_year", "must lie in the horizon, " + s.startFiscalYear() + " to " + last
                        + ", got " + t.fromFiscalYear());
            }
            if (t.toFiscalYear() < t.fromFiscalYear() || t.toFiscalYear() > last) {
                fail(path + ".to_fiscal_year", "must lie from from_fiscal_year (" + t.fromFiscalYear() + ") to the horizon's end ("
                        + last + "), got " + t.toFiscalYear());
            }
        }
    }

    private void unique(List<String> names, String listPath) {
        unique(names, listPath, null);
    }

    private void unique(List<String> names, String listPath, String field) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < names.size(); i++) {
            if (!seen.add(names.get(i))) {
                String path = listPath + "." + i + (field == null ? "" : "." + field);
                fail(path, "'" + names.get(i) + "' appears more than once; names must be unique");
            }
        }
    }

    private void fail(String path, String problem) {
        throw ScenarioException.at(originOf.apply(path), path, problem);
    }
}
