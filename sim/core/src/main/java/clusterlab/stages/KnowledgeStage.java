package clusterlab.stages;

import clusterlab.agents.Academic;
import clusterlab.firms.FirmTable;
import clusterlab.projects.JointProject;
import clusterlab.random.Purpose;
import clusterlab.random.KeyedStream;
import clusterlab.scenario.KnowledgeParams;
import clusterlab.world.NamedStage;
import clusterlab.world.Region;
import clusterlab.world.TickContext;
import clusterlab.world.World;

/**
 * Process 2, knowledge. From the census (current: only firm dynamics moves rows, and it rebuilds
 * the census after compaction) and the joint projects under way, computes each region's same-field actor counts and
 * spillover rates, lets universities and
 * institutes add technology seeds (from researchers and from last month's research grants) and
 * lose obsolete ones, and lets every firm learn: own R&D, spillovers taken in through its
 * absorptive capacity, and joint projects, against depreciation.
 */
public final class KnowledgeStage extends NamedStage {
    public KnowledgeStage() {
        super("knowledge",
                "spillovers by region and field; academic seeds; firm capability learning (parallel)");
    }

    @Override
    public void step(TickContext t) {
        World w = t.world;
        KnowledgeParams k = t.scenario.knowledge();
        int[][] projects = activeProjects(w);
        for (Region r : w.regions) {
            r.knowledge.firms = w.census.firms(r.index);
            for (int f = 0; f < w.fields.size(); f++) {
                r.knowledge.sameFieldActors[f] = w.census.firms(r.index, f)
                        + k.academicActorWeight() * w.academicFieldStrength[r.index][f]
                        + k.projectActorWeight() * projects[r.index][f];
                r.knowledge.spillover[f] = Spillover.rate(r.knowledge.sameFieldActors[f], k);
            }
        }
        createSeeds(t, k);
        learn(t, k);
    }

    /** Joint projects under way (funded or not) by region and field. */
    static int[][] activeProjects(World w) {
        int[][] count = new int[w.regions.length][w.fields.size()];
        for (JointProject p : w.projects) {
            count[p.region][p.field]++;
        }
        return count;
    }

    private static void createSeeds(TickContext t, KnowledgeParams k) {
        World w = t.world;
        double obsolete = k.seedObsolescencePerYear() / 12.0;
        for (Academic a : w.academics) {
            KeyedStream rng = t.stream(a.actorId(), Purpose.SEEDS);
            // Grant money spent in the region last month funds research in proportion to size.
            double grantSeeds = k.seedsPerGrantOku() * w.regions[a.region].grantSpentLastMonthOku
                    * (w.researchersByRegion[a.region] > 0 ? a.researchers / w.researchersByRegion[a.region] : 0);
            for (int f = 0; f < a.seeds.length; f++) {
                double mean = a.fieldStrength[f] * (a.researchers * k.seedsPerResearcherPerYear() / 12.0 + grantSeeds);
                int lost = Math.min(a.seeds[f], rng.poisson(a.seeds[f] * obsolete));
                a.seeds[f] += rng.poisson(mean) - lost;
            }
        }
    }

    /** Capability update of every firm; a pure function of the firm's row and its region's spillover. */
    private static void learn(TickContext t, KnowledgeParams k) {
        World w = t.world;
        FirmTable firms = w.firms;
        Region[] regions = w.regions;
        double rd = k.rdLearningPerMonth();
        double project = k.projectLearningPerMonth();
        double depreciation = k.capabilityDepreciationPerMonth();
        t.runner.forEachChunk(firms.size(), (chunk, from, to) -> {
            double[] cap = firms.capability;
            double[] absorptive = firms.absorptive;
            for (int r = from; r < to; r++) {
                double spill = regions[firms.region[r]].knowledge.spillover[firms.field[r]];
                double rate = rd * (0.5 + absorptive[r]) + spill * absorptive[r]
                        + (firms.has(r, FirmTable.IN_PROJECT) ? project : 0);
                double c = cap[r];
                cap[r] = Math.min(1.0, Math.max(0.0, c + rate * (1.0 - c) - depreciation * c));
            }
        });
    }
}
