/** Joint projects from research through development to commercialisation, with patents along the way. */
package clusterlab.projects;
