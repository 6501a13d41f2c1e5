package clusterlab.world;

import clusterlab.agents.Academic;
import clusterlab.agents.Bank;
import clusterlab.agents.Coordinator;
import clusterlab.agents.VentureFund;
import clusterlab.firms.FirmTable;
import clusterlab.metrics.Ledger;
import clusterlab.network.TieTable;
import clusterlab.policy.Programme;
import clusterlab.projects.JointProject;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything the stages read and write: regions, the populations, ties, projects, programmes and
 * this month's ledger. One instance per run. Actor ids number academic organisations first
 * (0 .. academics-1) and firms after them, so one id space serves the collaboration network.
 */
public final class World implements java.io.Serializable {
    /** Part of a run's checkpoint (clusterlab.run.Checkpoint). */
    private static final long serialVersionUID = 1L;

    public final List<String> fields;
    public final Region[] regions;
    public final Academic[] academics;
    /** Academics of each region, by region index. */
    public final int[][] academicsByRegion;
    /** Researchers of each region's academics, by region index (the academic population is fixed). */
    public final double[] researchersByRegion;
    /** Sum of the field strengths of each region's academics, by region and field. */
    public final double[][] academicFieldStrength;
    /** Banks of each region, by region index. */
    public final Bank[][] banksByRegion;
    public final List<Coordinator> coordinators;
    public final VentureFund[] funds;
    public final Bank[] banks;
    public final FirmTable firms;
    public final TieTable ties = new TieTable();
    public final List<JointProject> projects = new ArrayList<>();
    /** Start-ups decided this month (by successful projects), founded by the start-up stage. */
    public final List<PendingStartup> pendingStartups = new ArrayList<>();
    public final List<Programme> programmes = new ArrayList<>();
    public final Ledger ledger;
    /** This fiscal year's money flows. */
    public final clusterlab.money.Books books = new clusterlab.money.Books();
    /** Structure of the whole collaboration network, from the last network stage. */
    public clusterlab.metrics.NetworkSummary nationalNetwork;
    /** Degree distribution of the whole network, from the last fiscal year's end. */
    public long[] nationalDegreeCounts = new long[0];
    /** The collaboration network by actor, as of the last network stage. */
    public clusterlab.network.Adjacency adjacency = clusterlab.network.Adjacency.empty();
    /**
     * Per region, the firm ends of its ties as of the last network stage, each firm once per tie:
     * a uniform pick from it is a pick in proportion to degree.
     */
    public int[][] tieEnds;
    public final Census census;
    private int nextFirmId;
    private int nextProjectKey;

    World(List<String> fields, Region[] regions, Academic[] academics, List<Coordinator> coordinators,
          VentureFund[] funds, Bank[] banks, FirmTable firms, int nextFirmId) {
        this.fields = fields;
        this.regions = regions;
        this.academics = academics;
        this.coordinators = coordinators;
        this.funds = funds;
        this.banks = banks;
        this.firms = firms;
        this.nextFirmId = nextFirmId;
        this.ledger = new Ledger(regions.length);
        this.census = new Census(regions.length, fields.size());
        this.academicsByRegion = new int[regions.length][];
        this.tieEnds = new int[regions.length][0];
        for (Region r : regions) {
            academicsByRegion[r.index] = java.util.Arrays.stream(academics)
                    .filter(a -> a.region == r.index).mapToInt(a -> a.index).toArray();
        }
        this.researchersByRegion = new double[regions.length];
        this.academicFieldStrength = new double[regions.length][fields.size()];
        for (Region r : regions) {
            for (int a : academicsByRegion[r.index]) {
                researchersByRegion[r.index] += academics[a].researchers;
                for (int f = 0; f < fields.size(); f++) {
                    academicFieldStrength[r.index][f] += academics[a].fieldStrength[f];
                }
            }
        }
        this.banksByRegion = new Bank[regions.length][];
        for (Region r : regions) {
            banksByRegion[r.index] = java.util.Arrays.stream(banks).filter(b -> b.region == r.index).toArray(Bank[]::new);
        }
    }

    /** Allocates the next firm id (ids only grow, which keeps the firm table sorted). */
    public int newFirmId() {
        return nextFirmId++;
    }

    /** One more than the largest actor id given out so far: academics first, then firms. */
    public int actorIdBound() {
        return Math.max(academics.length, nextFirmId);
    }

    public int newProjectKey() {
        return nextProjectKey++;
    }

    /** Region of an actor: an academic's region, or a live (or just-dead) firm's region. */
    public int regionOfActor(int actorId) {
        if (actorId < academics.length) {
            return academics[actorId].region;
        }
        int row = firms.rowOf(actorId);
        return row < 0 ? -1 : firms.region[row];
    }

    /** Whether an actor still exists: academics always do, firms until they exit. */
    public boolean actorAlive(int actorId) {
        return actorId < academics.length || firms.aliveId(actorId);
    }
}
