/** The MASON {@code SimState} that builds the world and runs the per-tick stages in their fixed order. */
package clusterlab.model;
