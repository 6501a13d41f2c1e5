/**
 * Sweeps on Apache Spark: the executor that runs a sweep's planned runs as Spark tasks with the
 * same run function as the local executor, writing the same folders.
 */
package clusterlab.spark;
