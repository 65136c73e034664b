package dev.zhanwang.cli;

import dev.zhanwang.input.Limit;
import dev.zhanwang.scenario.Scenario;
import dev.zhanwang.sim.Simulator;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The simulation options every command that runs a scenario takes ({@code --paths}, {@code --seed},
 * {@code --threads}), checked and applied in one place.
 */
final class SimulationOptions {
  @Spec(Spec.Target.MIXEE) CommandSpec spec;

  @Option(names = "--paths", paramLabel = "N",
      description = "Monte Carlo paths (default: the scenario's simulation.paths); 1e6,"
          + " 1,000,000 and 1_000_000 all mean a million.")
  Long paths;

  @Option(names = "--seed", paramLabel = "S",
      description = "Random seed (default: the scenario's simulation.seed).")
  Long seed;

  @Option(names = "--threads", paramLabel = "T",
      description = "Worker threads (default: the number of cores, ${DEFAULT-VALUE}).")
  int threads = Runtime.getRuntime().availableProcessors();

  /**
   * Checks the options' ranges.
   *
   * @throws CommandLine.ParameterException naming the option and its allowed range
   */
  void check() {
    if (paths != null && (paths < 1 || paths > Simulator.MAX_PATHS)) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--paths must be between 1 and " + Simulator.MAX_PATHS + ", but was " + paths);
    }
    if (threads < 1 || !Limit.THREADS.allows(threads)) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--threads must be between 1 and " + Limit.THREADS.value() + ", but was " + threads);
    }
  }

  /** The scenario with the paths and seed given on the command line, if any. */
  Scenario applyTo(Scenario scenario) {
    if (paths != null) {
      scenario = scenario.withSimulation(scenario.simulation().withPaths(paths));
    }
    if (seed != null) {
      scenario = scenario.withSimulation(scenario.simulation().withSeed(seed));
    }
    return scenario;
  }
}
