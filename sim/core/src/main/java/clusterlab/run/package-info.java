/** A run as a pure function of scenario, seed and options: it steps the model and writes one run folder. */
package clusterlab.run;
