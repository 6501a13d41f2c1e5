package clusterlab.firms;

/**
 * Which implementation steps the firms: the optimised kernel (structure of arrays in parallel
 * chunks) or the reference (one MASON {@code Steppable} per firm, stepped one by one). Both apply
 * the same rules and give identical outputs; the reference exists to check and to time the kernel.
 */
public enum KernelKind {
    optimised,
    reference
}
