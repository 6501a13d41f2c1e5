/**
 * Calibration: fitting the parameters a scenario leaves free to the programme figures it
 * declares, over replications with common random numbers, with Commons Math optimisers.
 */
package clusterlab.calibration;
