/** Writers of run folders: CSV tables, the manifest, atomic file commits. */
package clusterlab.output;
