package dev.zhanwang.cli;

import dev.zhanwang.model.Sampling;
import dev.zhanwang.scenario.RunSettings;
import java.util.Optional;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The run settings every command that runs a scenario takes ({@code --paths}, {@code --seed},
 * {@code --threads}, {@code --sampling}), laid over the scenario's in one place. Their rules are
 * {@link RunSettings}'s; this class only names the option that broke one.
 */
final class SimulationOptions {
  @Spec(Spec.Target.MIXEE)
  CommandSpec spec;

  @Option(
      names = "--paths",
      paramLabel = "N",
      description = "Monte Carlo paths (default: the scenario's simulation.paths); 1e6,"
          + " 1,000,000 and 1_000_000 all mean a million.")
  Long paths;

  @Option(
      names = "--seed",
      paramLabel = "S",
      description = "Random seed (default: the scenario's simulation.seed).")
  Long seed;

  @Option(
      names = "--threads",
      paramLabel = "T",
      description = "Worker threads (default: the number of cores, ${DEFAULT-VALUE}).")
  int threads = RunSettings.defaultThreads();

  @Option(
      names = "--sampling",
      paramLabel = "METHOD",
      description = "monte-carlo or latin-hypercube (stratifies each shock's annual total, for"
          + " any model; the months within the year, student-t's chi-square draws and project"
          + " events stay Monte Carlo). Default: the scenario's simulation.sampling, else"
          + " monte-carlo.")
  String sampling;

  /**
   * The scenario's run settings with the options given on the command line in their place.
   *
   * @throws CommandLine.ParameterException naming the option and the rule it breaks
   */
  RunSettings applyTo(RunSettings fromScenario) {
    return applyTo(fromScenario, Optional::empty);
  }

  /**
   * As {@link #applyTo(RunSettings)}, with the precision target the command builds from its own
   * options ({@code run}'s {@code --precision} and {@code --max-paths}).
   *
   * @throws CommandLine.ParameterException naming the option and the rule it breaks
   */
  RunSettings applyTo(
      RunSettings fromScenario, Supplier<Optional<RunSettings.Precision>> precision) {
    Sampling method = sampling == null
        ? fromScenario.sampling()
        : Sampling.ofLabel(sampling)
            .orElseThrow(() -> new CommandLine.ParameterException(
                spec.commandLine(),
                "--sampling must be one of " + Sampling.labels() + ", but was " + sampling));
    try {
      return new RunSettings(
          paths != null ? paths : fromScenario.paths(),
          seed != null ? seed : fromScenario.seed(),
          threads,
          method,
          precision.get());
    } catch (RunSettings.InvalidSettingException e) {
      throw new CommandLine.ParameterException(
          spec.commandLine(),
          "--" + e.setting() + " must be " + e.rule() + ", but was " + e.value());
    }
  }
}
