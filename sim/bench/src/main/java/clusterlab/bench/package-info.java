/** JMH benchmarks of the step kernel: firm-updates per second of the optimised kernel and the reference. */
package clusterlab.bench;
