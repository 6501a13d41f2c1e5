/** The command line: {@code clusterlab run} and {@code validate}, exit codes, progress and interruption. */
package clusterlab.cli;
