/** Scenario files to validated, immutable records: YAML reading, {@code extends}, overrides, schema and checks. */
package clusterlab.scenario;
