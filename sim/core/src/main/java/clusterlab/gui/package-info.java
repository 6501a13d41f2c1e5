/**
 * The live view: MASON's Console around the model (start, stop, step; the scenario's parameters
 * editable before start), a map of regions and their links, time-series charts and inspectors.
 * Only this package uses Swing; the model runs the same without it.
 */
package clusterlab.gui;
