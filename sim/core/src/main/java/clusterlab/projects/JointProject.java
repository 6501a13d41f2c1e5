package clusterlab.projects;

/**
 * A joint industry-academia project between one firm and one university or institute, moving
 * from research to development to commercialisation. Funded projects carry the programme that
 * pays for them (else -1) and are counted as that programme's activity.
 */
public final class JointProject implements java.io.Serializable {
    /** Part of a run's checkpoint (clusterlab.run.Checkpoint). */
    private static final long serialVersionUID = 1L;

    /** Project stages, in order. */
    public enum Stage { RESEARCH, DEVELOPMENT, COMMERCIALISATION }

    public final int key;
    public final int firmId;
    public final int academic;
    public final int field;
    public final int region;
    public final int programme;
    public final int startTick;
    private Stage stage;
    /** Last fiscal year in which the project was counted among its programme's participants. */
    private int countedFiscalYear = Integer.MIN_VALUE;

    /** A project starting in {@code stage}: research, or development for a programme that funds development. */
    public JointProject(int key, int firmId, int academic, int field, int region, int programme, int startTick,
                        Stage stage) {
        this.stage = stage;
        this.key = key;
        this.firmId = firmId;
        this.academic = academic;
        this.field = field;
        this.region = region;
        this.programme = programme;
        this.startTick = startTick;
    }

    public Stage stage() {
        return stage;
    }

    public void advance() {
        stage = Stage.values()[stage.ordinal() + 1];
    }

    /** True the first time it is asked in a fiscal year: count the project's participants then. */
    public boolean firstTimeIn(int fiscalYear) {
        if (countedFiscalYear == fiscalYear) {
            return false;
        }
        countedFiscalYear = fiscalYear;
        return true;
    }

    public boolean funded() {
        return programme >= 0;
    }
}
