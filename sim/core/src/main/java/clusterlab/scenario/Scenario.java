package clusterlab.scenario;

import java.util.List;

/**
 * A fully resolved scenario: the world, its populations, every mechanism's parameters and the
 * policy programmes. Immutable; produced only by {@link ScenarioLoader}, which has checked every
 * value against its {@link Param}.
 */
public record Scenario(
        @Param(unit = "1", pattern = "[A-Za-z0-9][A-Za-z0-9_.-]{0,63}", def = Param.REQUIRED,
                doc = "Short name of the scenario; letters, digits, '-', '_' and '.', used in folder names.")
        String name,
        @Param(unit = "1", def = "''", doc = "What the scenario represents, for people.")
        String description,
        @Param(unit = "fiscal year", min = 1900, max = 2200, def = "2000",
                doc = "First simulated fiscal year (April to March).")
        int startFiscalYear,
        @Param(unit = "years", min = 1, max = 200, def = "30", doc = "Horizon: number of fiscal years simulated.")
        int years,
        @Param(unit = "years", min = 0, max = 200, def = "12",
                doc = "Fiscal years simulated before the first one, without policy and not reported, so that the world "
                        + "is at rest (ties, projects, seeds and firms at their own steady state) when the story begins. "
                        + "The default: the baseline's ties, patents, maturity and start-ups settle within about 10 years "
                        + "of a world as built (ODD section 7.13).")
        int spinupYears,
        @Param(unit = "1", min = 0, max = 9.223372036854775807e18, def = "1", doc = "Master random seed of the run (any whole number from 0 to 2^63 - 1).")
        long seed,
        @Param(unit = "1", min = 1, max = 64, pattern = "[a-z][a-z0-9_]{0,31}",
                def = "[life_science, ict, environment, nano_materials, monozukuri, energy, agri_food, medical_devices]",
                doc = "Technology fields, by name; field distance is 0 within a field and 1 between fields.")
        List<String> fields,
        @Param(unit = "1", min = 1, max = 10000, def = Param.REQUIRED, doc = "The regions of the world.")
        List<RegionSpec> regions,
        @Param(unit = "1", def = "{}", doc = "How the synthetic populations are drawn.")
        PopulationParams population,
        @Param(unit = "1", def = "{}", doc = "Knowledge creation, learning and spillovers.")
        KnowledgeParams knowledge,
        @Param(unit = "1", def = "{}", doc = "Coordinators matching firm needs with university seeds.")
        MatchingParams matching,
        @Param(unit = "1", def = "{}", doc = "Joint projects from research to commercialisation.")
        ProjectParams projects,
        @Param(unit = "1", def = "{}", doc = "Start-ups, venture capital and bank loans.")
        FinanceParams finance,
        @Param(unit = "1", def = "{}", doc = "Firm sales, costs, employment, entry and exit.")
        FirmParams firms,
        @Param(unit = "1", def = "{}", doc = "Formation, decay and statistics of collaboration ties.")
        NetworkParams networks,
        @Param(unit = "1", def = "{}", doc = "How indicators such as cluster maturity are computed.")
        MeasurementParams measurement,
        @Param(unit = "1", min = 0, max = 1000, def = "[]", doc = "Cluster-policy programmes; none in the baseline.")
        List<ProgrammeSpec> programmes,
        @Param(unit = "1", def = "{}", doc = "What 'clusterlab calibrate' fits: free parameters and target figures.")
        CalibrationSpec calibration) implements java.io.Serializable {

    /** Number of monthly ticks in the horizon. */
    public int ticks() {
        return years * 12;
    }

    /** The first tick simulated: the spin-up's first month, before tick 0 (April of the first reported year). */
    public int firstTick() {
        return -12 * spinupYears;
    }
}
