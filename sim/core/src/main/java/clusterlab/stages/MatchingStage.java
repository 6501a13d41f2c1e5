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
 * Process 3, matching. Joint research starts from firms' demand: each month free firms of a region
 * start looking for an academic partner, and seekers give up after a while. Coordinators, in a fixed
 * order, make their monthly attempts for the seekers of their region: each picks a free firm, looks
 * for a seed (in the firm's field first) at a university or institute of its own region or, through
 * a link, of another region, and succeeds with {@link MatchOdds}. The seekers left then look on
 * their own, once a month and only in their region, with the odds of a less skilled matcher. A
 * success consumes the seed and a seeker, starts a joint project and ties the firm to the academic
 * organisation. A coordinator without seekers has nobody to match: brokerage speeds up and widens
 * matching, it does not create demand (ODD section 7.3).
 */
public final class MatchingStage extends NamedStage {
    /** Random firms a coordinator looks at before giving up an attempt (all may be busy). */
    private static final int FIRM_TRIES = 8;
    /** A firm searching on its own knows no coordinators in other regions. */
    private static final int[] NO_LINKS = new int[0];

    public MatchingStage() {
        super("matching",
                "firms look for academic partners; coordinators and the firms themselves match needs with seeds");
    }

    @Override
    public void step(TickContext t) {
        MatchingParams m = t.scenario.matching();
        World w = t.world;
        int[] busy = busyFirms(w);
        for (Region r : w.regions) {
            KeyedStream rng = t.stream(r.index, Purpose.DEMAND);
            r.demand.seekers += rng.poisson(m.seekersPerFirmPerYear() / 12.0 * Math.max(0, w.census.firms(r.index) - busy[r.index]));
        }
        for (Coordinator c : w.coordinators) {
            KeyedStream rng = t.stream(c.key, Purpose.MATCHING);
            int attempts = rng.roundedCount(m.attemptsPerCoordinatorPerMonth());
            Programme offer = offeringProgramme(w, c.programme, c.region);
            for (int k = 0; k < attempts && w.regions[c.region].demand.seekers > 0; k++) {
                if (attempt(t, c.region, c.skill, c.linkedRegions, offer, rng, m)) {
                    w.ledger.add(c.region, Indicator.MATCHES, 1);
                }
            }
        }
        for (Region r : w.regions) {
            KeyedStream rng = t.stream(r.index, Purpose.OWN_SEARCH);
            Programme offer = offeringProgramme(w, -1, r.index);
            int searching = r.demand.seekers;
            for (int k = 0; k < searching && r.demand.seekers > 0; k++) {
                attempt(t, r.index, m.ownSearchSkill(), NO_LINKS, offer, rng, m);
            }
            int gaveUp = rng.poisson(r.demand.seekers / m.searchMonths());
            r.demand.seekers -= Math.min(r.demand.seekers, gaveUp);
        }
    }

    /** Firms of each region already in a joint project (not free to start another). */
    private static int[] busyFirms(World w) {
        int[] busy = new int[w.regions.length];
        for (JointProject p : w.projects) {
            busy[p.region]++;
        }
        return busy;
    }

    /**
     * One attempt to match a seeker of {@code region} with an academic seed, by a matcher of this
     * skill reaching the {@code links} regions too; returns whether a project started.
     */
    private static boolean attempt(TickContext t, int region, double skill, int[] links, Programme offer,
                                   KeyedStream rng, MatchingParams m) {
        World w = t.world;
        int firmRow = offer != null && rng.chance(m.repeatParticipation()) ? pastParticipant(w, offer, region, rng) : -1;
        boolean repeat = firmRow >= 0;
        if (!repeat) {
            firmRow = pickFreeFirm(w, region, rng);
        }
        if (firmRow < 0) {
            return false;
        }
        FirmTable firms = w.firms;
        // A programme's research starts at its cluster's core centres and spreads out as it becomes known.
        boolean atCore = offer != null && rng.chance(offer.spec.coreShare() * (1 - offer.participation.awareness(region)));
        boolean crossRegion = !atCore && links.length > 0 && rng.chance(m.crossRegionShare());
        int seedRegion = crossRegion ? links[rng.below(links.length)] : region;
        int field = rng.chance(m.sameFieldSearch()) ? firms.field[firmRow] : rng.below(w.fields.size());
        Academic academic = atCore ? coreCentre(w, offer, region, field, rng) : null;
        boolean theme = academic != null;
        if (!theme) {
            academic = withSeed(w, w.academicsByRegion[seedRegion], field, rng);
        }
        if (academic == null) {
            return false;
        }
        Region home = w.regions[region];
        double team = 0.5 * (firms.capability[firmRow] + academic.liaison);
        double p = MatchOdds.success(field == firms.field[firmRow] ? 0 : 1, seedRegion == region,
                home.distanceKm(w.regions[seedRegion]), skill, team, m);
        if (!rng.chance(p)) {
            return false;
        }
        if (!theme || offer.participation.joinTheme(academic.index, field)) {
            academic.seeds[field]--;
        }
        firms.set(firmRow, FirmTable.IN_PROJECT, true);
        home.demand.seekers--;
        int programme = offer != null && offer.fundsField(home, field) && (repeat || rng.chance(uptake(offer, region, m)))
                && offer.participation.admit(region) ? offer.index : -1;
        w.projects.add(new JointProject(w.newProjectKey(), firms.id[firmRow], academic.index, field, region, programme,
                t.tick(), programme >= 0 ? offer.startStage() : JointProject.Stage.RESEARCH));
        w.ties.touch(firms.id[firmRow], region, academic.actorId(), academic.region, t.tick());
        w.ledger.add(region, Indicator.JOINT_PROJECTS_STARTED, 1);
        return true;
    }

    /**
     * The programme that offers funding to a matcher's next project: the first with a free funded
     * place in the region, looking at a programme post's own programme ({@code programme} ≥ 0) first
     * and then every programme funding the region this year in scenario order; when none has a place,
     * the post's own programme or the first funding the region (its projects then go unfunded);
     * else none. A region's coordinators, whichever programme pays them, steer firms to whatever
     * funding the region has: a programme of networks without grants does not hide its region's R&D
     * programme.
     */
    private static Programme offeringProgramme(World w, int programme, int region) {
        Programme own = programme >= 0 ? w.programmes.get(programme) : null;
        if (own != null && own.participation.hasPlace(region)) {
            return own;
        }
        Programme first = own;
        for (Programme p : w.programmes) {
            if (p.budget.funds(region)) {
                if (p.participation.hasPlace(region)) {
                    return p;
                }
                first = first == null ? p : first;
            }
        }
        return first;
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
