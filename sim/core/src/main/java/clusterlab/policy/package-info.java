/** Cluster-policy programmes: selection of regions, allocation, matching funds and the instruments that spend the money. */
package clusterlab.policy;
