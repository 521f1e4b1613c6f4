/**
 * Scenario files ("given this dossier, expect this rating") that policy staff write and run against the
 * rules: {@link org.chuanmuc.scenario.ScenarioFile} loads one, {@link org.chuanmuc.scenario.ScenarioRunner}
 * runs files or folders. The format is described in {@code org/chuanmuc/scenario/FORMAT.md}.
 */
package org.chuanmuc.scenario;
