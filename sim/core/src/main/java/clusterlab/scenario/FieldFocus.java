package clusterlab.scenario;

/**
 * Which fields a programme funds in a region; written in scenarios as the lower-case word of each
 * constant ({@code speciality}).
 */
public enum FieldFocus {
    /** Joint projects of every field. */
    ALL,
    /** Only joint projects in the region's speciality, its field of largest weight ("small but strong"). */
    SPECIALITY
}
