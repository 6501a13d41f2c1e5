package clusterlab.gui;

import clusterlab.agents.Academic;
import java.util.Arrays;

/** A university or research institute as the map draws it and an inspector shows it. */
public final class AcademicView {
    private final Academic academic;
    private final String region;

    AcademicView(Academic academic, String region) {
        this.academic = academic;
        this.region = region;
    }

    public String getKind() {
        return academic.university ? "university" : "research institute";
    }

    public String getRegion() {
        return region;
    }

    public double getResearchers() {
        return academic.researchers;
    }

    public double getLiaisonCapability() {
        return academic.liaison;
    }

    public int getTechnologySeeds() {
        return Arrays.stream(academic.seeds).sum();
    }

    public double getSpinoffPropensity() {
        return academic.spinoffPropensity;
    }

    @Override
    public String toString() {
        return getKind() + " " + academic.index + " (" + region + ")";
    }
}
