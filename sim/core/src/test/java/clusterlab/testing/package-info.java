/** Helpers that tests share: the outside tools some tests need, and what happens when one is missing. */
package clusterlab.testing;
