/**
 * Scenarios: what a planner assumes about 2023, read from YAML. {@link
 * dev.zhanwang.scenario.ScenarioLoader} is the entry type: it resolves {@code extends}, loads the
 * data the scenario names and validates every rule, reporting all problems at once with file,
 * line and column; the result is an immutable {@link dev.zhanwang.scenario.Scenario}. Its
 * {@link dev.zhanwang.scenario.RunSettings} (paths, seed, threads, sampling, precision target) are
 * the one validated value the command line overrides and the simulator runs by.
 */
package dev.zhanwang.scenario;
