package clusterlab.stages;

import clusterlab.agents.Coordinator;
import clusterlab.agents.VentureFund;
import clusterlab.metrics.Indicator;
import clusterlab.money.Flow;
import clusterlab.policy.Allocation;
import clusterlab.policy.Instrument;
import clusterlab.policy.Programme;
import clusterlab.policy.Selection;
import clusterlab.random.Keyed;
import clusterlab.random.Purpose;
import clusterlab.random.KeyedStream;
import clusterlab.scenario.ProgrammeSpec;
import clusterlab.scenario.Scenario;
import clusterlab.scenario.ScenarioException;
import clusterlab.world.Calendar;
import clusterlab.world.NamedStage;
import clusterlab.world.Region;
import clusterlab.world.TickContext;
import clusterlab.world.World;
import clusterlab.world.WorldBuilder;

import java.util.List;

/**
 * Process 1, policy. At the start of each fiscal year every running programme grants money to
 * its regions under its matching rule (programmes are served in scenario order, and a region's
 * local budget is shared among them in that order) and staffs coordinator posts; each month the
 * posts are paid. Research grants are spent by the project stage as funded projects run.
 */
public final class PolicyStage extends NamedStage {
    public PolicyStage() {
        super("policy",
                "programmes grant money under matching rules (each April) and pay coordinator posts");
    }

    /** Creates the programme objects of a scenario, resolving region names to indices. */
    public static void createProgrammes(World world, List<ProgrammeSpec> specs) {
        for (ProgrammeSpec spec : specs) {
            int[] regions = spec.regions().isEmpty()
                    ? java.util.stream.IntStream.range(0, world.regions.length).toArray()
                    : spec.regions().stream().mapToInt(name -> indexOf(world, name)).sorted().toArray();
            world.programmes.add(new Programme(world.programmes.size(), spec, regions, world.regions.length));
        }
    }

    /**
     * Checks that a world saved after {@code ticksDone} months can go on under {@code scenario}'s
     * programmes: the same programmes by name, none of which (saved or new) has started yet.
     *
     * @throws ScenarioException naming the programme that does not fit
     */
    public static void checkFork(World world, Scenario scenario, int ticksDone) {
        if (scenario.ticks() <= ticksDone) {
            throw new ScenarioException("fork: the horizon (" + scenario.years() + " fiscal years) ends before or at the "
                    + "checkpoint, which is " + ticksDone / 12 + " fiscal years in; give a longer years");
        }
        List<ProgrammeSpec> specs = scenario.programmes();
        List<String> saved = world.programmes.stream().map(p -> p.spec.name()).toList();
        List<String> given = specs.stream().map(ProgrammeSpec::name).toList();
        if (!saved.equals(given)) {
            throw new ScenarioException("fork: the checkpoint's programmes " + saved + " differ from the scenario's "
                    + given + "; a fork may change programmes' parameters, not which programmes there are");
        }
        int firstOpenYear = Calendar.fiscalYear(scenario.startFiscalYear(), ticksDone);
        for (int i = 0; i < specs.size(); i++) {
            int start = Math.min(specs.get(i).startFiscalYear(), world.programmes.get(i).spec.startFiscalYear());
            if (start < firstOpenYear) {
                throw new ScenarioException("fork: programme '" + given.get(i) + "' starts in FY" + start
                        + ", before the checkpoint's FY" + firstOpenYear + "; fork from a checkpoint before any programme starts");
            }
        }
    }

    /**
     * Replaces a world's programme objects with fresh ones of {@code scenario}: for a fork (after
     * {@link #checkFork}), and for a world at rest at tick 0 (the spin-up cache), where no programme
     * has started, so the saved ones, perhaps of another scenario, have left no trace in the world.
     */
    public static void renewProgrammes(World world, Scenario scenario) {
        world.programmes.clear();
        createProgrammes(world, scenario.programmes());
    }

    private static int indexOf(World world, String name) {
        for (Region r : world.regions) {
            if (r.name.equals(name)) {
                return r.index;
            }
        }
        throw new IllegalArgumentException("no region " + name);
    }

    @Override
    public void step(TickContext t) {
        World w = t.world;
        if (t.fiscalYearStarts()) {
            openFiscalYear(t);
        }
        for (Programme p : w.programmes) {
            for (int region : p.clusters.regions()) {
                for (Instrument instrument : Instrument.values()) {
                    pay(w, p, region, instrument);
                }
            }
        }
    }

    private static void pay(World w, Programme p, int region, Instrument instrument) {
        double[] paid = p.budget.payMonthly(instrument, region);
        w.ledger.add(region, Indicator.SPENDING_NATIONAL_OKU, paid[0]);
        w.ledger.add(region, Indicator.SPENDING_LOCAL_OKU, paid[1]);
        w.books.add(instrument.nationalFlow, paid[0]);
        w.books.add(instrument.localFlow, paid[1]);
    }

    private static void openFiscalYear(TickContext t) {
        World w = t.world;
        w.coordinators.removeIf(c -> c.programme >= 0);
        boolean[] fundedNow = new boolean[w.regions.length];
        for (Region r : w.regions) {
            r.funding.localCommittedOku = 0;
            java.util.Arrays.fill(r.funding.bought, 0);
            r.funding.linkedRegions = new int[0];
        }
        int fy = t.fiscalYear();
        for (Programme p : w.programmes) {
            p.openFiscalYear(fy);
            if (!p.runsIn(fy)) {
                continue;
            }
            if (!p.clusters.selected()) {
                p.clusters.select(Selection.top(candidates(w, p, fy), scores(t, p), p.spec.regionsSelected()));
            }
            if (!p.clusters.isSetUp()) {
                int[][] core = new int[w.regions.length][0];
                for (int region : p.clusters.regions()) {
                    core[region] = strongestAcademics(w, region, p.spec.coreCentres());
                }
                p.setUp(weakest(t, p.clusters.regions(), p.spec.trialRegions()), core);
            }
            if (p.evaluation.due(fy)) {
                p.evaluate();
            }
            for (int region : p.clusters.regions()) {
                Region r = w.regions[region];
                Allocation a = p.allocate(region, Math.max(0, r.localBudgetOkuPerYear - r.funding.localCommittedOku));
                r.funding.localCommittedOku += a.localOku();
                fundedNow[region] |= a.nationalOku() > 0;
                w.books.add(Flow.NATIONAL_ALLOCATION, a.nationalOku());
                w.books.add(Flow.LOCAL_ALLOCATION, a.localOku());
                addPosts(t, p, r, (int) a.bought(Instrument.COORDINATOR_POSTS));
                for (Instrument i : Instrument.values()) {
                    r.funding.bought[i.ordinal()] += a.bought(i);
                }
                if (a.bought(Instrument.LINKAGE) > 0) {
                    r.funding.linkedRegions = java.util.stream.IntStream.concat(java.util.Arrays.stream(r.funding.linkedRegions),
                            java.util.Arrays.stream(p.clusters.regions()).filter(o -> o != region)).distinct().sorted().toArray();
                }
                seed(w, p, r, a);
            }
        }
        markFunding(w, fundedNow);
    }

    /**
     * Scores of the regions under the programme's rule. Potential: academic researchers times
     * (1 + maturity) — a strong research base in a maturing cluster. Past performance: innovation
     * events per year (smoothed activity times firms / 100). Competition: potential judged by a
     * panel with log-normal noise of mean 1.
     */
    private static double[] scores(TickContext t, Programme p) {
        World w = t.world;
        double[] score = new double[w.regions.length];
        double noise = p.spec.selectionNoise();
        for (Region r : w.regions) {
            double potential = potential(w, r);
            score[r.index] = switch (p.spec.selection()) {
                case PAST_PERFORMANCE -> r.cluster.activity * r.knowledge.firms / 100.0;
                case PREDECESSOR_EVALUATION -> predecessor(w, p).evaluation.outputsPerOku()[r.index];
                case COMPETITION -> potential * Math.exp(noise * t.stream(
                        ((long) p.index << 32) | r.index, Purpose.SELECTION).normal() - noise * noise / 2);
                case POTENTIAL, LISTED -> potential;
            };
        }
        return score;
    }

    /** The region's {@code count} academic organisations with the most researchers (ties to the lower index). */
    private static int[] strongestAcademics(World w, int region, int count) {
        int[] own = w.academicsByRegion[region];
        double[] researchers = new double[w.academics.length];
        for (int a : own) {
            researchers[a] = w.academics[a].researchers;
        }
        return Selection.top(own, researchers, Math.min(count, own.length));
    }

    /** Research potential: academic researchers of the region times (1 + maturity). */
    private static double potential(World w, Region r) {
        return w.researchersByRegion[r.index] * (1 + r.cluster.maturity);
    }

    /**
     * The programme's candidate regions, less those another programme funds in this fiscal year when
     * the programme takes only regions without one ({@code exclude_funded_regions}: one area per city
     * at a time, as the City Area programme's cohorts).
     */
    private static int[] candidates(World w, Programme p, int fy) {
        if (!p.spec.excludeFundedRegions()) {
            return p.clusters.candidates();
        }
        return java.util.Arrays.stream(p.clusters.candidates()).filter(r -> w.programmes.stream().noneMatch(
                other -> other != p && other.runsIn(fy) && other.clusters.includes(r))).toArray();
    }

    /** The {@code count} regions of the lowest research potential (ties to the higher index), none for 0. */
    private static int[] weakest(TickContext t, int[] regions, int count) {
        if (count <= 0) {
            return new int[0];
        }
        double[] negated = new double[t.world.regions.length];
        for (Region r : t.world.regions) {
            negated[r.index] = -potential(t.world, r);
        }
        return Selection.top(regions, negated, Math.min(count, regions.length));
    }

    private static Programme predecessor(World w, Programme p) {
        return w.programmes.stream().filter(q -> q.spec.name().equals(p.spec.predecessor())).findFirst()
                .orElseThrow(() -> new IllegalStateException("no predecessor " + p.spec.predecessor()));
    }

    /** Remembers, for regions whose funding has just ended, how active they were at the end of it. */
    private static void markFunding(World w, boolean[] fundedNow) {
        for (Region r : w.regions) {
            if (r.funding.funded && !fundedNow[r.index]) {
                r.funding.activityAtFundingEnd = r.cluster.activity;
            }
            r.funding.funded = fundedNow[r.index];
        }
    }

    /**
     * Seed money goes, in equal parts, into the region's own venture funds as capital; a region
     * without one cannot use it and it lapses.
     */
    private static void seed(World w, Programme p, Region r, Allocation a) {
        double total = a.seedNationalOku() + a.seedLocalOku();
        if (total <= 0) {
            return;
        }
        List<VentureFund> funds = java.util.Arrays.stream(w.funds).filter(f -> f.region == r.index).toList();
        if (funds.isEmpty()) {
            p.budget.seedLapses(a.seedNationalOku(), a.seedLocalOku());
            return;
        }
        for (VentureFund f : funds) {
            f.raise(total / funds.size());
        }
        p.budget.seedPaid(r.index, a.seedNationalOku(), a.seedLocalOku());
        w.ledger.add(r.index, Indicator.SPENDING_NATIONAL_OKU, a.seedNationalOku());
        w.ledger.add(r.index, Indicator.SPENDING_LOCAL_OKU, a.seedLocalOku());
        w.books.add(Flow.NATIONAL_VC_SEED, a.seedNationalOku());
        w.books.add(Flow.LOCAL_VC_SEED, a.seedLocalOku());
    }

    /** Programme coordinator posts: new people each year, keyed by programme, region and post. */
    private static void addPosts(TickContext t, Programme p, Region r, int posts) {
        World w = t.world;
        for (int k = 0; k < posts; k++) {
            long agent = Keyed.mix(((long) p.index << 40) ^ ((long) r.index << 20) ^ k);
            KeyedStream rng = t.stream(agent, Purpose.SETUP_COORDINATOR);
            int[] links = WorldBuilder.linkedRegions(w.regions, r, t.scenario.matching().linksPerCoordinator(), rng);
            w.coordinators.add(new Coordinator(w.coordinators.size(), r.index,
                    rng.clippedNormal(t.scenario.matching().coordinatorSkillMean(), 0.15), links, p.index));
        }
    }
}
