package dev.zhanwang.cli;

import dev.zhanwang.audit.TargetAudit;
import dev.zhanwang.forecast.Forecast;
import dev.zhanwang.forecast.RunInfo;
import dev.zhanwang.report.OutputChoice;
import dev.zhanwang.report.Reports;
import dev.zhanwang.scenario.RunSettings;
import dev.zhanwang.scenario.Scenario;
import dev.zhanwang.sim.PlanCompiler;
import dev.zhanwang.sim.SimulationResult;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code forecast run SCENARIO}: simulates the scenario and writes summary.csv, fan.csv, charts
 * and manifest.json into the output folder, then prints P(target met) per target. The run's
 * targets are audited ({@link TargetAudit}): the manifest lists the findings, and summary.csv's
 * note names those that concern each row.
 */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    description = "Simulate a scenario and write tables, charts and a manifest.")
final class RunCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  CorrelationRepairOption correlationRepair;

  @Parameters(index = "0", paramLabel = "SCENARIO", description = "The scenario YAML file.")
  Path scenarioFile;

  @Mixin
  SimulationOptions simulation;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      description = "Output folder. Default: out/<scenario name> in the scenario's project, the"
          + " folder above the nearest folder named scenarios that holds the scenario file, else"
          + " the scenario file's own folder. A folder a previous run wrote is replaced when the"
          + " run succeeds; any other folder that is not empty is refused (see --force).")
  Path out;

  @Mixin
  ForceOption force;

  @Option(
      names = "--precision",
      paramLabel = "SE",
      description = "Run batches until every P(target met) has a Monte Carlo standard error of at"
          + " most SE (e.g. 0.002), or --max-paths is reached: the first batch has --paths (else"
          + " the scenario's simulation.paths) paths, each next one at least twice as many. The"
          + " result is that of --paths with the final count.")
  Double precision;

  @Option(
      names = "--max-paths",
      paramLabel = "N",
      description = "Cap on paths for --precision, at least the first batch (default "
          + RunSettings.Precision.DEFAULT_MAX_PATHS + ").")
  Long maxPaths;

  @Option(
      names = "--charts",
      paramLabel = "OUTPUTS",
      defaultValue = OutputChoice.DEFAULT,
      description = "Outputs for reading, a comma-separated list of png (chart images), svg"
          + " (vector charts, slower), html (report.html) and xlsx (summary.xlsx), default"
          + " ${DEFAULT-VALUE}; or none for tables and manifest only, which is fastest.")
  String charts;

  /** The most samples.csv holds: more rows than this no longer open in Excel (1,048,576). */
  static final int MAX_SAMPLES = 1_000_000;

  @Option(
      names = "--samples",
      paramLabel = "N",
      description = "Also write samples.csv: the run's first N paths one by one (each indicator's"
          + " annual value, each target check met 1 or 0), for pandas or R; 1 to the run's paths,"
          + " at most " + MAX_SAMPLES + ". Written whatever --charts says.")
  Long samples;

  @Override
  public Integer call() throws Exception {
    Instant started = Instant.now();
    long startNanos = System.nanoTime();
    OutputChoice outputs = OutputChoice.parse(charts)
        .orElseThrow(() -> new CommandLine.ParameterException(
            spec.commandLine(),
            "--charts must be " + OutputChoice.choices() + ", but was " + charts));
    Reports.prepare(outputs);
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter stderr = spec.commandLine().getErr();

    Scenario loaded = ForecastCommand.loadScenario(spec, scenarioFile, correlationRepair);
    Scenario scenario = loaded.withSettings(simulation.applyTo(loaded.settings(), this::precision));
    PlanCompiler.Compiled compiled = PlanCompiler.compile(scenario);
    int sampled = samplePaths(scenario.settings().paths());
    OutputTarget target = out != null
        ? OutputTarget.given(out)
        : OutputTarget.defaultFor(scenarioFile, scenario.name());
    try (OutputFolder folder = OutputFolder.open(
        target,
        new OutputFolder.Request(
            force.force, ScenarioRun.inputs(scenario), commandLine(), stderr::println))) {
      long loadedNanos = System.nanoTime();
      ProgressDisplay progress = new ProgressDisplay(stderr, System.console() != null);
      ScenarioRun done = ScenarioRun.sampling(scenario, compiled, progress, sampled);
      SimulationResult result = done.result();
      Forecast forecast = done.forecast();
      RunInfo run = ScenarioRun.runInfo(
          scenario, result.quantileNote(), started, result.elapsed(), commandLine());
      long simulated = System.nanoTime();
      // Each line as its file is written, naming where it will be once the run has finished.
      String staged = folder.staging().toString();
      RunTimes.Outputs times = new RunTimes.Outputs();
      Reports.writeAll(
          forecast,
          TargetAudit.ofScenario(scenario, forecast),
          run,
          folder.staging(),
          outputs,
          line -> {
            stdout.println(line.replace(staged, target.shown()));
            stdout.flush();
          },
          times::add);
      folder.commit();
      ProbabilityTable.print(forecast, stdout);
      stdout.println(new RunTimes(
              result.paths(),
              result.threads(),
              startNanos,
              loadedNanos,
              simulated,
              result.elapsed(),
              times,
              System.nanoTime())
          .line());
    }
    return 0;
  }

  /**
   * The precision target of {@code --precision} and {@code --max-paths}, if asked for; its rules
   * are {@link RunSettings.Precision}'s.
   */
  private Optional<RunSettings.Precision> precision() {
    if (precision == null) {
      if (maxPaths != null) {
        throw new CommandLine.ParameterException(
            spec.commandLine(),
            "--max-paths caps the batches of --precision: give it with --precision");
      }
      return Optional.empty();
    }
    return Optional.of(new RunSettings.Precision(
        precision, maxPaths != null ? maxPaths : RunSettings.Precision.DEFAULT_MAX_PATHS));
  }

  /**
   * How many paths {@code --samples} asks for, 0 when not given; checked before anything is
   * written. With {@code --precision}, {@code paths} is the first batch, which the final run is
   * never smaller than.
   */
  private int samplePaths(long paths) {
    if (samples == null) {
      return 0;
    }
    long limit = Math.min(paths, MAX_SAMPLES);
    if (samples < 1 || samples > limit) {
      throw new CommandLine.ParameterException(
          spec.commandLine(),
          String.format(
              Locale.ROOT,
              limit == paths
                  ? "--samples must be from 1 to the run's %,d paths (--paths sets them), but was %d"
                  : "--samples must be from 1 to %,d (more rows no longer open in Excel), but was %d",
              limit,
              samples));
    }
    return (int) (long) samples;
  }

  private List<String> commandLine() {
    return commandLine(spec);
  }

  /** The command line as typed, for the manifest. */
  static List<String> commandLine(CommandSpec spec) {
    List<String> args = new ArrayList<>(List.of("forecast"));
    args.addAll(spec.commandLine().getParseResult().originalArgs());
    return args;
  }
}
