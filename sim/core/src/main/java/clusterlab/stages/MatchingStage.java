package clusterlab.stages;

import clusterlab.agents.Academic;
import clusterlab.agents.Coordinator;
import clusterlab.firms.FirmTable;
import clusterlab.metrics.Indicator;
import clusterlab.policy.Programme;
import clusterlab.projects.JointProject;
import clusterlab.random.Purpose;
import clusterlab.random.KeyedStream;
import clusterlab.scenario.MatchingParams;
import clusterlab.world.NamedStage;
import clusterlab.world.Region;
import clusterlab.world.TickContext;
import clusterlab.world.World;

/**
 * Process 3, matching. Each coordinator, in a fixed order, makes its monthly attempts: it picks a
 * firm of its region that is free to collaborate, looks for a seed (in the firm's field first)
 * at a university or institute of its own region or, through a link, of another region, and
 * succeeds with {@link MatchOdds}. A success consumes the seed, starts a joint project and ties
 * the firm to the academic organisation.
 */
public final class MatchingStage extends NamedStage {
    /** Random firms a coordinator looks at before giving up an attempt (all may be busy). */
    private static final int FIRM_TRIES = 8;

    public MatchingStage() {
        super("matching",
                "coordinators match firms' needs with academic seeds, in and across regions");
    }

    @Override
    public void step(TickContext t) {
        MatchingParams m = t.scenario.matching();
        for (Coordinator c : t.world.coordinators) {
            KeyedStream rng = t.stream(c.key, Purpose.MATCHING);
            int attempts = rng.roundedCount(m.attemptsPerCoordinatorPerMonth());
            for (int k = 0; k < attempts; k++) {
                attempt(t, c, rng, m);
            }
        }
    }

    private static void attempt(TickContext t, Coordinator c, KeyedStream rng, MatchingParams m) {
        World w = t.world;
        Programme offer = offeringProgramme(w, c);
        int firmRow = offer != null && rng.chance(m.repeatParticipation()) ? pastParticipant(w, offer, c.region, rng) : -1;
        boolean repeat = firmRow >= 0;
        if (!repeat) {
            firmRow = pickFreeFirm(w, c.region, rng);
        }
        if (firmRow < 0) {
            return;
        }
        FirmTable firms = w.firms;
        // A programme's research starts at its cluster's core centres and spreads out as it becomes known.
        boolean atCore = offer != null && rng.chance(offer.spec.coreShare() * (1 - offer.participation.awareness(c.region)));
        boolean crossRegion = !atCore && c.linkedRegions.length > 0 && rng.chance(m.crossRegionShare());
        int seedRegion = crossRegion ? c.linkedRegions[rng.below(c.linkedRegions.length)] : c.region;
        int field = rng.chance(m.sameFieldSearch()) ? firms.field[firmRow] : rng.below(w.fields.size());
        Academic academic = atCore ? coreCentre(w, offer, c.region, field, rng) : null;
        boolean theme = academic != null;
        if (!theme) {
            academic = withSeed(w, w.academicsByRegion[seedRegion], field, rng);
        }
        if (academic == null) {
            return;
        }
        Region home = w.regions[c.region];
        double team = 0.5 * (firms.capability[firmRow] + academic.liaison);
        double p = MatchOdds.success(field == firms.field[firmRow] ? 0 : 1, seedRegion == c.region,
                home.distanceKm(w.regions[seedRegion]), c.skill, team, m);
        if (!rng.chance(p)) {
            return;
        }
        if (!theme || offer.participation.joinTheme(academic.index, field)) {
            academic.seeds[field]--;
        }
        firms.set(firmRow, FirmTable.IN_PROJECT, true);
        int programme = offer != null && (repeat || rng.chance(uptake(offer, c.region, m))) && offer.participation.admit(c.region)
                ? offer.index : -1;
        w.projects.add(new JointProject(w.newProjectKey(), firms.id[firmRow], academic.index, field,
                c.region, programme, t.tick()));
        w.ties.touch(firms.id[firmRow], c.region, academic.actorId(), academic.region, t.tick());
        w.ledger.add(c.region, Indicator.MATCHES, 1);
        w.ledger.add(c.region, Indicator.JOINT_PROJECTS_STARTED, 1);
    }

    /**
     * The programme that offers funding to the coordinator's next project: its own programme
     * (for a programme post), else the first programme funding the region this year, else none.
     */
    private static Programme offeringProgramme(World w, Coordinator c) {
        if (c.programme >= 0) {
            return w.programmes.get(c.programme);
        }
        for (Programme p : w.programmes) {
            if (p.budget.funds(c.region)) {
                return p;
            }
        }
        return null;
    }

    /**
     * Chance that a new firm takes the programme up. Uptake spreads by word of mouth (Bass
     * diffusion): the innovation coefficient plus the imitation coefficient times how far the
     * programme is already known in the region. A past participant always takes it up.
     */
    private static double uptake(Programme p, int region, MatchingParams m) {
        return m.programmeUptakeInnovation() + m.programmeUptakeImitation() * p.participation.awareness(region);
    }

    /** A live, free past participant of the programme in the region (one draw), else -1. */
    private static int pastParticipant(World w, Programme p, int region, KeyedStream rng) {
        int id = p.participation.pastParticipant(region, rng.uniform());
        int row = id < 0 ? -1 : w.firms.rowOf(id);
        return row >= 0 && w.firms.alive(row) && !w.firms.has(row, FirmTable.IN_PROJECT) ? row : -1;
    }

    private static int pickFreeFirm(World w, int region, KeyedStream rng) {
        int n = w.census.firms(region);
        if (n == 0) {
            return -1;
        }
        for (int k = 0; k < FIRM_TRIES; k++) {
            int row = w.census.row(region, rng.below(n));
            if (!w.firms.has(row, FirmTable.IN_PROJECT)) {
                return row;
            }
        }
        return -1;
    }

    /**
     * A core centre of the programme's cluster with a place in an open research theme of the
     * field, or else a seed to open one, scanning from a random start; null if none has either.
     */
    private static Academic coreCentre(World w, Programme p, int region, int field, KeyedStream rng) {
        int[] core = p.clusters.core(region);
        if (core.length == 0) {
            return null;
        }
        int start = rng.below(core.length);
        for (int k = 0; k < core.length; k++) {
            Academic a = w.academics[core[(start + k) % core.length]];
            if (p.participation.hasThemePlace(a.index, field) || a.seeds[field] > 0) {
                return a;
            }
        }
        return null;
    }

    /**
     * A random one of these academics holding a seed of the field, scanning from a random start;
     * null if none has one.
     */
    private static Academic withSeed(World w, int[] candidates, int field, KeyedStream rng) {
        if (candidates.length == 0) {
            return null;
        }
        int start = rng.below(candidates.length);
        for (int k = 0; k < candidates.length; k++) {
            Academic a = w.academics[candidates[(start + k) % candidates.length]];
            if (a.seeds[field] > 0) {
                return a;
            }
        }
        return null;
    }
}
