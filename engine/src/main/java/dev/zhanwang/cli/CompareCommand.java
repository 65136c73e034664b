package dev.zhanwang.cli;

import dev.zhanwang.forecast.RunInfo;
import dev.zhanwang.report.ScenarioComparisonReport;
import dev.zhanwang.scenario.RunSettings;
import dev.zhanwang.scenario.Scenario;
import dev.zhanwang.scenariocompare.CommonRandomRuns;
import dev.zhanwang.scenariocompare.ScenarioComparer;
import dev.zhanwang.scenariocompare.ScenarioComparison;
import dev.zhanwang.scenariocompare.ScenarioDifference;
import dev.zhanwang.sim.PlanCompiler;
import dev.zhanwang.sim.Simulator;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code forecast compare A.yaml B.yaml [C.yaml ...]}: the scenarios on common random numbers
 * (the first's seed and paths for all), each later one's change in P(target met) from the first
 * with its paired standard error, and that change attributed to the groups of assumptions that
 * differ ({@link ScenarioComparer}). Writes scenarios.csv, attribution.csv, differences.csv, a
 * chart of the changes, overlaid outcome distributions per target and manifest.json.
 */
@Command(
    name = "compare",
    mixinStandardHelpOptions = true,
    description = {
      "Compare scenarios on common random numbers: P(target met) per scenario, the change from"
          + " the first with its paired s.e., and what moves it.",
      "Every scenario runs with the first's seed and paths (or --seed, --paths), so each"
          + " indicator draws the same shocks in all of them. The assumptions that differ are"
          + " grouped by indicator and kind (growth, uncertainty, model, events, correlation); each"
          + " target's change is shared out over the groups by Shapley values computed from hybrid"
          + " scenarios, and the shares sum to the change exactly. Groups that cannot move any"
          + " target are listed as such.",
      "The scenarios must read the same figures and targets and have the same indicators."
    })
final class CompareCommand implements Callable<Integer> {
  /** More would not fit the terminal's columns, lettered A to F. */
  static final int MAX_SCENARIOS = 6;

  @Spec
  CommandSpec spec;

  @Mixin
  CorrelationRepairOption correlationRepair;

  @Parameters(
      index = "0..*",
      arity = "2..*",
      paramLabel = "SCENARIO",
      description = "Two to " + MAX_SCENARIOS + " scenario YAML files; the first is the base.")
  List<Path> scenarioFiles;

  @Mixin
  SimulationOptions simulation;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      description = "Output folder. Default: out/<first scenario's name>-compare in its project"
          + " (as for run). A folder a previous run wrote is replaced when the run succeeds; any"
          + " other folder that is not empty is refused (see --force).")
  Path out;

  @Mixin
  ForceOption force;

  @Option(
      names = "--max-hybrids",
      paramLabel = "N",
      defaultValue = "" + ScenarioComparer.DEFAULT_MAX_COALITIONS,
      description = "Per target, the most hybrid scenarios an exact attribution may take"
          + " (2^groups); beyond it the attribution samples random orders of the groups within"
          + " about that many and says so (default ${DEFAULT-VALUE}, at least 2).")
  int maxHybrids;

  @Override
  public Integer call() throws IOException {
    Instant started = Instant.now();
    if (scenarioFiles.size() > MAX_SCENARIOS) {
      throw new CommandLine.ParameterException(
          spec.commandLine(),
          "compare takes 2 to " + MAX_SCENARIOS + " scenarios, but was given "
              + scenarioFiles.size());
    }
    if (maxHybrids < 2) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--max-hybrids must be at least 2, but was " + maxHybrids);
    }
    List<Scenario> scenarios = new ArrayList<>();
    RunSettings settings = null;
    for (Path file : scenarioFiles) {
      Scenario loaded = ForecastCommand.loadScenario(spec, file, correlationRepair);
      if (settings == null) {
        settings = simulation.applyTo(loaded.settings());
      }
      Scenario scenario = loaded.withSettings(settings);
      PlanCompiler.compile(scenario); // bad input fails before the output folder exists
      scenarios.add(scenario);
    }
    List<ScenarioDifference> differences = ScenarioComparer.differences(scenarios);
    Scenario first = scenarios.get(0);
    OutputTarget target = out != null
        ? OutputTarget.given(out)
        : OutputTarget.defaultFor(scenarioFiles.get(0), first.name() + "-compare");
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter stderr = spec.commandLine().getErr();
    boolean console = System.console() != null;
    try (OutputFolder folder = OutputFolder.open(
        target,
        new OutputFolder.Request(
            force.force, inputs(scenarios), RunCommand.commandLine(spec), stderr::println))) {
      // Many short runs: one line per hybrid (redrawn on a terminal), not a bar per run.
      CommonRandomRuns runs = new CommonRandomRuns(settings, Simulator.Progress.NONE);
      ScenarioComparison comparison = new ScenarioComparer(runs, maxHybrids, (run, total) -> {
            if (console) {
              stderr.printf("\rHybrid scenario %d of %d", run, total);
              stderr.flush();
              if (run.equals(total)) {
                stderr.println();
              }
            } else if (run % 10 == 0 || run.equals(total)) {
              stderr.printf("Ran hybrid scenario %d of %d%n", run, total);
            }
          })
          .compare(differences);
      RunInfo info = runInfo(
          scenarios, settings, comparison.scenarios().get(0).run().quantileNote(), started, runs);
      List<String> wrote = new ArrayList<>();
      ScenarioComparisonReport.write(comparison, info, folder.staging(), wrote::add);
      folder.commit();
      String staged = folder.staging().toString();
      wrote.forEach(line -> stdout.println(line.replace(staged, target.shown())));
      ScenarioComparisonTable.print(comparison, stdout);
      stdout.printf(
          "%d scenario runs (%d hybrids) x %,d paths on %d threads: simulation %.2f s.%n",
          runs.runs(),
          runs.runs() - scenarios.size(),
          settings.paths(),
          settings.threads(),
          runs.simulationTime().toNanos() / 1e9);
    }
    return 0;
  }

  /** Every scenario's chain of files, each once, then the data files. */
  private static List<Path> inputs(List<Scenario> scenarios) {
    Set<Path> inputs = new LinkedHashSet<>();
    for (Scenario scenario : scenarios) {
      inputs.addAll(scenario.chain());
    }
    for (Scenario scenario : scenarios) {
      inputs.addAll(scenario.dataFiles());
    }
    return List.copyOf(inputs);
  }

  private RunInfo runInfo(
      List<Scenario> scenarios,
      RunSettings settings,
      String quantileMethod,
      Instant started,
      CommonRandomRuns runs) {
    Set<Path> chain = new LinkedHashSet<>();
    Set<Path> data = new LinkedHashSet<>();
    for (Scenario scenario : scenarios) {
      chain.addAll(scenario.chain());
      data.addAll(scenario.dataFiles());
    }
    List<Path> chainFiles = List.copyOf(chain);
    List<Path> dataFiles = List.copyOf(data);
    return new RunInfo(
        chainFiles,
        Hashes.sha256(chainFiles),
        dataFiles,
        Hashes.sha256(dataFiles),
        ForecastCommand.version(),
        settings.threads(),
        quantileMethod,
        started,
        runs.simulationTime(),
        RunCommand.commandLine(spec));
  }
}
