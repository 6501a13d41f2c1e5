/** How independent pieces of work run side by side, so that data structures can split their work without knowing the thread pool. */
package clusterlab.parallel;
