/**
 * Experiments built on the run function: sweep files expanded into designs × arms × replications,
 * executed with resume, summarised, compared pairwise and analysed for sensitivity.
 */
package clusterlab.experiment;
