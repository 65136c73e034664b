package dev.zhanwang.cli;

import dev.zhanwang.data.Target;
import dev.zhanwang.forecast.RunInfo;
import dev.zhanwang.input.Suggestions;
import dev.zhanwang.scenario.RunSettings;
import dev.zhanwang.scenario.Scenario;
import dev.zhanwang.sim.PlanCompiler;
import dev.zhanwang.sim.QuantileMethod;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * What {@code sensitivity}, {@code goal-seek} and {@code stress} share: the scenario at the run
 * settings the options give (with the command's own default path count), the checks of
 * {@code --target}, the output folder, and the lines that say what was written.
 */
final class SensitivityRuns {
  private SensitivityRuns() {}

  /**
   * The scenario with the options' settings; {@code defaultPaths} replaces the scenario's path
   * count unless {@code --paths} is given (null keeps the scenario's).
   */
  static Scenario load(
      CommandSpec spec, Path file, SimulationOptions simulation, Long defaultPaths) {
    Scenario loaded = ForecastCommand.loadScenario(spec, file);
    RunSettings settings = simulation.applyTo(loaded.settings());
    if (simulation.paths == null && defaultPaths != null) {
      settings = new RunSettings(
          defaultPaths,
          settings.seed(),
          settings.threads(),
          settings.sampling(),
          settings.precision());
    }
    return loaded.withSettings(settings);
  }

  /**
   * Checks that {@code targetId} (when not null) is a target the scenario forecasts.
   *
   * @throws CommandLine.ParameterException naming {@code --target} and the rule it breaks
   */
  static void checkTarget(
      CommandSpec spec, Scenario scenario, PlanCompiler.Compiled compiled, String targetId) {
    if (targetId == null) {
      return;
    }
    List<String> ids = scenario.baseline().targets().stream().map(Target::id).toList();
    if (!ids.contains(targetId)) {
      throw new CommandLine.ParameterException(
          spec.commandLine(),
          "--target must be a target of the scenario's targets file"
              + Suggestions.didYouMean(targetId, ids)
              + ", but was "
              + targetId);
    }
    if (compiled.criteria().stream().noneMatch(c -> c.target().id().equals(targetId))) {
      throw new CommandLine.ParameterException(
          spec.commandLine(),
          "--target must be a target the scenario forecasts, but " + targetId
              + " is not forecast (no indicator in this scenario, or no comparable 2022"
              + " figure; forecast run's summary.csv says which)");
    }
  }

  /**
   * Checks that a run that keeps every value (and, with {@code shocks}, every annual shock) fits
   * in half the heap.
   *
   * @throws CommandLine.ParameterException naming {@code --paths}
   */
  static void checkMemory(
      CommandSpec spec, Scenario scenario, PlanCompiler.Compiled compiled, boolean shocks) {
    long perPath =
        4L * (compiled.plan().seriesCount() + (shocks ? compiled.plan().indicatorCount() : 0));
    long bytes = perPath * scenario.settings().paths();
    long room = Runtime.getRuntime().maxMemory() / 2;
    if (bytes > room) {
      throw new CommandLine.ParameterException(
          spec.commandLine(),
          String.format(
              "--paths must be at most %,d for this scenario, as this command keeps every value"
                  + " of every path (%,d MB of half the heap's %,d MB), but was %,d; lower"
                  + " --paths, or raise the heap with FORECAST_JAVA_OPTS=-Xmx...",
              room / perPath, bytes >> 20, room >> 20, scenario.settings().paths()));
    }
  }

  static OutputTarget target(Path out, Path scenarioFile, Scenario scenario, String suffix) {
    return out != null
        ? OutputTarget.given(out)
        : OutputTarget.defaultFor(scenarioFile, scenario.name() + suffix);
  }

  static OutputFolder open(
      CommandSpec spec, OutputTarget target, boolean force, Scenario scenario) {
    return OutputFolder.open(
        target,
        new OutputFolder.Request(
            force,
            ScenarioRun.inputs(scenario),
            RunCommand.commandLine(spec),
            spec.commandLine().getErr()::println));
  }

  static RunInfo runInfo(
      CommandSpec spec, Scenario scenario, Instant started, Duration simulationTime) {
    return ScenarioRun.runInfo(
        scenario,
        QuantileMethod.EXACT.description(),
        started,
        simulationTime,
        RunCommand.commandLine(spec));
  }

  /** Prints the {@code Wrote ...} lines with the staging folder's name replaced by the final. */
  static void printWrote(
      List<String> wrote, OutputFolder folder, OutputTarget target, PrintWriter out) {
    String staged = folder.staging().toString();
    wrote.forEach(line -> out.println(line.replace(staged, target.shown())));
  }
}
