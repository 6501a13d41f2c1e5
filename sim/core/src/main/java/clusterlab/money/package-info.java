/** Money: the closed set of flows from source through instrument to recipient, and the fiscal-year books that trace them. */
package clusterlab.money;
