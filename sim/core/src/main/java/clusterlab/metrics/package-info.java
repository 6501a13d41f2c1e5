/** Indicators of the model: monthly and fiscal-year measurement, network statistics and concentration measures. */
package clusterlab.metrics;
