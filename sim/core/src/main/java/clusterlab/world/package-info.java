/** The simulated world: regions, technology fields and the synthetic populations built from a scenario. */
package clusterlab.world;
