/** The per-tick processes of the model (policy, knowledge, matching, projects, start-ups and finance, firm dynamics, networks, measurement), one class each. */
package clusterlab.stages;
