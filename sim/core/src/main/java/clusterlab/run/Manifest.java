package clusterlab.run;

import clusterlab.model.ClusterModel;
import clusterlab.output.GitCommit;
import clusterlab.scenario.Scenario;
import clusterlab.scenario.ScenarioTree;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The manifest of a run folder: what was run (scenario, every resolved parameter, seed, threads,
 * kernel, program version, git commit), when, and how it ended.
 */
public final class Manifest {

    private Manifest() {
    }

    public static ObjectNode of(RunRequest req, Instant started, ClusterModel model) {
        Scenario s = req.scenario().scenario();
        ObjectNode m = JsonNodeFactory.instance.objectNode();
        m.put("scenario", s.name());
        m.put("scenario_file", req.scenario().file().toString());
        ArrayNode chain = m.putArray("scenario_chain");
        req.scenario().chain().forEach(p -> chain.add(p.toString()));
        ArrayNode overrides = m.putArray("overrides");
        req.overrides().forEach(overrides::add);
        m.put("seed", s.seed());
        m.put("start_fiscal_year", s.startFiscalYear());
        m.put("years", s.years());
        m.put("scale", req.scale());
        m.put("threads", req.threads());
        m.put("kernel", req.kernel().name());
        m.put("snapshots", req.snapshots());
        m.put("checkpoint_every_years", req.checkpointEveryYears());
        if (req.resume() != null) {
            m.put("resumed_from", req.resume().toString());
        }
        m.put("program_version", version());
        m.put("git_commit", GitCommit.of(codeLocation()));
        m.put("java_version", System.getProperty("java.version"));
        m.put("started_utc", started.truncatedTo(ChronoUnit.SECONDS).toString());
        m.putNull("ended_utc");
        m.put("status", RunStatus.RUNNING.label());
        m.put("ticks_planned", s.ticks());
        m.put("ticks_completed", 0);
        m.put("spinup_months_planned", -s.firstTick());
        m.put("spinup_from_cache", false);
        m.putNull("spinup_cache_file");
        ArrayNode stages = m.putArray("stage_order");
        model.stages().forEach(st -> stages.add(st.name()));
        m.set("parameters", ScenarioTree.toTree(s));
        return m;
    }

    /**
     * Records where the run's spin-up came from: the cache file of its world (read, or written once the
     * spin-up is done; null without a cache) and whether the world was read from it.
     */
    public static void spinup(ObjectNode m, SpinupCache.Claim claim) {
        m.put("spinup_from_cache", claim.world() != null);
        if (claim.file() != null) {
            m.put("spinup_cache_file", claim.file().toString());
        }
    }

    /**
     * Records the end of a run. {@code ticksDone} is the model's tick, negative while the run was still
     * in its spin-up: then no reported month was completed.
     */
    public static void end(ObjectNode m, RunStatus status, int ticksDone, Instant ended, Throwable failure) {
        m.put("ended_utc", ended.truncatedTo(ChronoUnit.SECONDS).toString());
        m.put("status", status.label());
        m.put("ticks_completed", Math.max(0, ticksDone));
        m.put("fiscal_years_completed", Math.max(0, ticksDone) / 12);
        if (failure != null) {
            m.put("failure", String.valueOf(failure));
        }
    }

    /** The program version from the jar manifest, or "dev" when run from classes. */
    public static String version() {
        String v = ClusterModel.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    private static Path codeLocation() {
        try {
            return Path.of(ClusterModel.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (Exception e) {
            return Path.of("").toAbsolutePath();
        }
    }
}
