package clusterlab.world;

import clusterlab.agents.Academic;
import clusterlab.agents.Bank;
import clusterlab.agents.Coordinator;
import clusterlab.agents.VentureFund;
import clusterlab.firms.FirmTable;
import clusterlab.random.Purpose;
import clusterlab.random.KeyedStream;
import clusterlab.scenario.PopulationParams;
import clusterlab.scenario.RegionSpec;
import clusterlab.scenario.Scenario;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the synthetic world of a scenario: regions as given, and populations drawn with keyed
 * randomness (tick -1) so the same scenario, scale and seed always give the same world. Every
 * population count is multiplied by {@code scale} and rounded.
 */
public final class WorldBuilder {
    private static final int SETUP_TICK = -1;

    private WorldBuilder() {
    }

    public static World build(Scenario s, double scale, long seed) {
        int fieldCount = s.fields().size();
        Region[] regions = new Region[s.regions().size()];
        for (int i = 0; i < regions.length; i++) {
            RegionSpec spec = s.regions().get(i);
            regions[i] = new Region(i, spec.name(), spec.block(), spec.xKm(), spec.yKm(),
                    fieldShare(spec, s.fields()), spec.localBudgetOkuPerYear(),
                    scaled(spec.incubatorPlaces(), scale));
        }
        Academic[] academics = academics(s, regions, scale, seed);
        List<Coordinator> coordinators = coordinators(s, regions, scale, seed);
        List<VentureFund> funds = new ArrayList<>();
        List<Bank> banks = new ArrayList<>();
        for (Region r : regions) {
            RegionSpec spec = s.regions().get(r.index);
            for (int k = 0; k < scaled(spec.vcFunds(), scale); k++) {
                funds.add(new VentureFund(funds.size(), r.index, s.finance().vcCapitalOku(),
                        s.finance().vcScreeningSkill()));
            }
            for (int k = 0; k < scaled(spec.banks(), scale); k++) {
                banks.add(new Bank(r.index, s.finance().bankLendingOkuPerMonth()));
            }
        }
        for (int k = 0; k < scaled(s.finance().nationalVcFunds(), scale); k++) {
            funds.add(new VentureFund(funds.size(), -1, s.finance().vcCapitalOku(), s.finance().vcScreeningSkill()));
        }
        long totalFirms = totalFirms(s, scale);
        FirmTable firms = new FirmTable((int) Math.min(Integer.MAX_VALUE - 16, totalFirms + totalFirms / 4));
        World world = new World(List.copyOf(s.fields()), regions, academics, coordinators,
                funds.toArray(new VentureFund[0]), banks.toArray(new Bank[0]), firms, academics.length);
        KeyedStream rng = new KeyedStream(0);
        for (Region r : regions) {
            int n = firms(s, s.regions().get(r.index), scale);
            for (int k = 0; k < n; k++) {
                int id = world.newFirmId();
                rng.reset(clusterlab.random.Keyed.key(seed, SETUP_TICK, id, Purpose.SETUP_FIRM));
                FirmFactory.initialFirm(world, rng, id, r, s.population(), s.firms());
            }
        }
        world.census.rebuild(firms);
        return world;
    }

    /** Firm agents of a region: its firms (or establishments) times the firm sample and the run's scale. */
    public static int firms(Scenario s, RegionSpec region, double scale) {
        return scaled(region.firms(), scale * s.population().firmSample());
    }

    /** Firm agents of the whole world at the start. */
    public static long totalFirms(Scenario s, double scale) {
        return s.regions().stream().mapToLong(r -> firms(s, r, scale)).sum();
    }

    /** A count multiplied by the scale, rounded half up; never negative. */
    public static int scaled(int count, double scale) {
        return (int) Math.max(0, Math.round(count * scale));
    }

    private static double[] fieldShare(RegionSpec spec, List<String> fields) {
        double[] w = new double[fields.size()];
        double sum = 0;
        for (int f = 0; f < w.length; f++) {
            w[f] = spec.fieldWeights().getOrDefault(fields.get(f), 1.0);
            sum += w[f];
        }
        for (int f = 0; f < w.length; f++) {
            w[f] = sum > 0 ? w[f] / sum : 1.0 / w.length;
        }
        return w;
    }

    private static Academic[] academics(Scenario s, Region[] regions, double scale, long seed) {
        PopulationParams pop = s.population();
        List<Academic> out = new ArrayList<>();
        for (Region r : regions) {
            RegionSpec spec = s.regions().get(r.index);
            int universities = scaled(spec.universities(), scale);
            int total = universities + scaled(spec.institutes(), scale);
            for (int k = 0; k < total; k++) {
                int index = out.size();
                KeyedStream rng = KeyedStream.of(seed, SETUP_TICK, index, Purpose.SETUP_ACADEMIC);
                boolean university = k < universities;
                double mean = university ? pop.universityResearchersMean() : pop.instituteResearchersMean();
                // Log-normal sizes with the given mean: a few large research universities, many small ones.
                double sigma = 0.7;
                double researchers = mean * Math.exp(sigma * rng.normal() - sigma * sigma / 2);
                double[] strength = new double[r.fieldShare.length];
                double sum = 0;
                for (int f = 0; f < strength.length; f++) {
                    strength[f] = r.fieldShare[f] * Math.exp(rng.normal());
                    sum += strength[f];
                }
                for (int f = 0; f < strength.length; f++) {
                    strength[f] /= sum;
                }
                out.add(new Academic(index, r.index, university, researchers, strength,
                        rng.clippedNormal(0.5, 0.15), Math.exp(0.5 * rng.normal() - 0.125)));
            }
        }
        return out.toArray(new Academic[0]);
    }

    private static List<Coordinator> coordinators(Scenario s, Region[] regions, double scale, long seed) {
        List<Coordinator> out = new ArrayList<>();
        for (Region r : regions) {
            int n = scaled(s.regions().get(r.index).coordinators(), scale);
            for (int k = 0; k < n; k++) {
                int key = out.size();
                KeyedStream rng = KeyedStream.of(seed, SETUP_TICK, key, Purpose.SETUP_COORDINATOR);
                out.add(new Coordinator(key, r.index, rng.clippedNormal(s.matching().coordinatorSkillMean(), 0.15),
                        linkedRegions(regions, r, s.matching().linksPerCoordinator(), rng), -1));
            }
        }
        return out;
    }

    /**
     * Regions a coordinator has links to: drawn without replacement, nearer regions more likely
     * (weight 1 / (1 + distance / 300 km)), since coordinator networks follow travel and meetings.
     */
    public static int[] linkedRegions(Region[] regions, Region home, int links, KeyedStream rng) {
        List<Integer> candidates = new ArrayList<>();
        for (Region r : regions) {
            if (r != home) {
                candidates.add(r.index);
            }
        }
        int n = Math.min(links, candidates.size());
        int[] out = new int[n];
        for (int k = 0; k < n; k++) {
            double total = 0;
            for (int c : candidates) {
                total += 1.0 / (1.0 + home.distanceKm(regions[c]) / 300.0);
            }
            double u = rng.uniform() * total;
            int chosen = candidates.size() - 1;
            for (int i = 0; i < candidates.size(); i++) {
                u -= 1.0 / (1.0 + home.distanceKm(regions[candidates.get(i)]) / 300.0);
                if (u < 0) {
                    chosen = i;
                    break;
                }
            }
            out[k] = candidates.remove(chosen);
        }
        return out;
    }
}
