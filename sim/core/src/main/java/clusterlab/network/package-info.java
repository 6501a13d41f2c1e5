/** Collaboration ties between actors: the tie table, its compact adjacency form, formation and decay. */
package clusterlab.network;
