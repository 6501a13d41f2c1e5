/**
 * Seeing results: time-series charts (JFreeChart; PNG and SVG, readable in black and white, sized
 * for a slide) and a self-contained HTML report of runs, sweeps, comparisons and calibrations.
 * Reads result folders only; the model never depends on it.
 */
package clusterlab.report;
