package dev.zhanwang.cli;

import dev.zhanwang.forecast.Forecast;
import dev.zhanwang.forecast.RunInfo;
import dev.zhanwang.model.Sampling;
import dev.zhanwang.report.ChartFormat;
import dev.zhanwang.report.Reports;
import dev.zhanwang.scenario.Scenario;
import dev.zhanwang.sim.PlanCompiler;
import dev.zhanwang.sim.SimulationResult;
import dev.zhanwang.sim.Simulator;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code forecast run SCENARIO}: simulates the scenario and writes summary.csv, fan.csv, charts
 * and manifest.json into the output folder, then prints P(target met) per target.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
    description = "Simulate a scenario and write tables, charts and a manifest.")
final class RunCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "SCENARIO", description = "The scenario YAML file.")
  Path scenarioFile;

  @Mixin SimulationOptions simulation;

  @Option(names = "--out", paramLabel = "DIR",
      description = "Output folder. Default: out/<scenario name> in the scenario's project, the"
          + " folder above the nearest folder named scenarios that holds the scenario file, else"
          + " the scenario file's own folder. A folder a previous run wrote is replaced when the"
          + " run succeeds; any other folder that is not empty is refused (see --force).")
  Path out;

  @Mixin ForceOption force;

  @Option(names = "--precision", paramLabel = "SE",
      description = "Run batches until every P(target met) has a Monte Carlo standard error of at"
          + " most SE (e.g. 0.005), or --max-paths is reached; replaces --paths.")
  Double precision;

  @Option(names = "--max-paths", paramLabel = "N", defaultValue = "10000000",
      description = "Cap on paths for --precision (default ${DEFAULT-VALUE}).")
  long maxPaths;

  @Option(names = "--sampling", paramLabel = "METHOD",
      description = "monte-carlo or latin-hypercube (stratifies each shock's annual total, for"
          + " any model; the months within the year, student-t's chi-square draws and project"
          + " events stay Monte Carlo). Default: the scenario's simulation.sampling, else"
          + " monte-carlo.")
  String sampling;

  @Option(names = "--charts", paramLabel = "FORMATS", defaultValue = "png,svg",
      description = "Chart files to write: png, svg, both (default ${DEFAULT-VALUE}) or none for"
          + " tables and manifest only, which is faster.")
  String charts;

  @Override
  public Integer call() throws Exception {
    Instant started = Instant.now();
    long startNanos = System.nanoTime();
    checkOptions();
    Set<ChartFormat> chartFormats = ChartFormat.parse(charts).orElseThrow(() ->
        new CommandLine.ParameterException(spec.commandLine(), "--charts must be "
            + ChartFormat.choices() + ", but was " + charts));
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter stderr = spec.commandLine().getErr();

    Scenario scenario = simulation.applyTo(ForecastCommand.loadScenario(spec, scenarioFile));
    if (sampling != null) {
      Sampling method = Sampling.ofLabel(sampling).orElseThrow(() ->
          new CommandLine.ParameterException(spec.commandLine(), "--sampling must be one of "
              + Sampling.labels() + ", but was " + sampling));
      scenario = scenario.withSimulation(scenario.simulation().withSampling(method));
    }
    PlanCompiler.Compiled compiled = PlanCompiler.compile(scenario);
    OutputTarget target = out != null ? OutputTarget.given(out)
        : OutputTarget.defaultFor(scenarioFile, scenario.name());
    try (OutputFolder folder = OutputFolder.open(target, new OutputFolder.Request(force.force,
        ScenarioRun.inputs(scenario), commandLine(), stderr::println))) {
      ProgressDisplay progress = new ProgressDisplay(stderr, System.console() != null);
      ScenarioRun done = precision == null
          ? ScenarioRun.of(scenario, compiled, simulation.threads, progress)
          : ScenarioRun.toPrecision(scenario, compiled, precision, maxPaths, simulation.threads,
              progress, stderr::println);
      SimulationResult result = done.result();
      Forecast forecast = done.forecast();
      RunInfo run = ScenarioRun.runInfo(scenario, simulation.threads,
          result.quantileNote(), started, result.elapsed(), commandLine());
      List<String> wrote = new ArrayList<>();
      Reports.writeAll(forecast, run, folder.staging(), chartFormats, wrote::add);
      folder.commit();
      String staged = folder.staging().toString();
      for (String line : wrote) {
        stdout.println(line.replace(staged, target.shown()));
      }
      ProbabilityTable.print(forecast, stdout);
      stdout.printf("%,d paths on %d threads: simulation %.2f s, whole run %.2f s.%n",
          result.paths(), simulation.threads, result.elapsed().toNanos() / 1e9,
          (System.nanoTime() - startNanos) / 1e9);
    }
    return 0;
  }

  private void checkOptions() {
    simulation.check();
    if (precision != null && !(precision > 0 && precision < 0.5)) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--precision must be in (0, 0.5), but was " + precision);
    }
    if (precision != null && simulation.paths != null) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--precision decides the number of paths: give --paths or --precision, not both");
    }
    if (maxPaths < Simulator.CHUNK_PATHS || maxPaths > Simulator.MAX_PATHS) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--max-paths must be between "
          + Simulator.CHUNK_PATHS + " and " + Simulator.MAX_PATHS + ", but was " + maxPaths);
    }
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
