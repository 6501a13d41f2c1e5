/** The small populations: universities and institutes, coordinators, venture funds and banks. */
package clusterlab.agents;
