/** Keyed, counter-based random numbers: draws depend on (seed, tick, agent, purpose), never on thread order. */
package clusterlab.random;
