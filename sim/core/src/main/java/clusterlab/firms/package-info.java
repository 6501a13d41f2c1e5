/** The firm population as a structure of arrays and the chunked, parallel step kernel over it. */
package clusterlab.firms;
