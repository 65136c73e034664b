package dev.zhanwang.cli;

import dev.zhanwang.comparison.ModelComparison;
import dev.zhanwang.comparison.ModelComparison.ModelRun;
import dev.zhanwang.forecast.RunInfo;
import dev.zhanwang.model.GrowthModel;
import dev.zhanwang.model.ModelSwap;
import dev.zhanwang.report.ComparisonReport;
import dev.zhanwang.scenario.Scenario;
import dev.zhanwang.sim.PlanCompiler;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code forecast compare-models SCENARIO --models a,b,c}: the scenario once per model
 * ({@link ModelSwap}), every run from the scenario's seed, so that each model draws the same
 * standard-normal shocks (common random numbers) and the differences in P(target met) are model
 * risk, not noise. Writes compare.csv, a chart and manifest.json; prints P(met) per target and
 * model with the largest spread marked.
 */
@Command(
    name = "compare-models",
    mixinStandardHelpOptions = true,
    description = {
      "Run a scenario under each of several models with common random numbers and"
          + " compare P(target met).",
      "Each indicator takes the model where it can, keeping its growth_pct, uncertainty_pct,"
          + " seasonality and growth path: ar1-monthly applies to flows only (rates keep"
          + " their model), specs given only sigma keep ar1-monthly, factor indicators keep"
          + " factor; manifest.json and the terminal list every such note.",
      "Every model runs from the scenario's seed (or --seed) and draws the same shocks."
    })
final class CompareModelsCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  CorrelationRepairOption correlationRepair;

  @Parameters(index = "0", paramLabel = "SCENARIO", description = "The scenario YAML file.")
  Path scenarioFile;

  @Option(
      names = "--models",
      required = true,
      paramLabel = "a,b,c",
      description = "Models to compare, from: iid-lognormal, ar1-monthly, split-normal,"
          + " student-t (factor needs loadings per indicator, which only a scenario can give).")
  String models;

  @Mixin
  SimulationOptions simulation;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      description = "Output folder. Default: out/<scenario name>-models in the scenario's"
          + " project (as for run). A folder a previous run wrote is replaced when the run"
          + " succeeds; any other folder that is not empty is refused (see --force).")
  Path out;

  @Mixin
  ForceOption force;

  @Option(
      names = "--skew",
      paramLabel = "K",
      defaultValue = "-0.2",
      description = "split-normal's skew for indicators that have none of their own, in (-1, 1)."
          + " Default ${DEFAULT-VALUE}: an assumption (a downside balance of risks), not a fit."
          + " growth_pct stays the mode, so a negative skew also lowers the median.")
  double skew;

  @Option(
      names = "--df",
      paramLabel = "D",
      defaultValue = "5",
      description = "student-t's degrees of freedom, > 2, for indicators that have none of their"
          + " own (default ${DEFAULT-VALUE}, an assumption).")
  double degreesOfFreedom;

  @Override
  public Integer call() throws IOException {
    Instant started = Instant.now();
    List<GrowthModel> chosen = ModelNames.swappable(spec, models);
    if (!(skew > -1 && skew < 1)) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--skew must be in (-1, 1), but was " + skew);
    }
    if (!(degreesOfFreedom > 2) || Double.isInfinite(degreesOfFreedom)) {
      throw new CommandLine.ParameterException(
          spec.commandLine(),
          "--df must be > 2 (the variance exists), but was " + degreesOfFreedom);
    }
    Scenario loaded = ForecastCommand.loadScenario(spec, scenarioFile, correlationRepair);
    Scenario scenario = loaded.withSettings(simulation.applyTo(loaded.settings()));
    // Every variant is compiled before the output folder exists: bad input leaves nothing behind.
    List<Variant> variants = new ArrayList<>();
    for (GrowthModel model : chosen) {
      ModelSwap.Result swapped = new ModelSwap(
              model, new ModelSwap.Defaults(skew, degreesOfFreedom))
          .applyTo(scenario.indicators());
      Scenario variant = scenario.withIndicators(swapped.indicators());
      variants.add(new Variant(model, variant, PlanCompiler.compile(variant), swapped.notes()));
    }
    OutputTarget target = out != null
        ? OutputTarget.given(out)
        : OutputTarget.defaultFor(scenarioFile, scenario.name() + "-models");
    PrintWriter stdout = spec.commandLine().getOut();
    try (OutputFolder folder = OutputFolder.open(
        target,
        new OutputFolder.Request(
            force.force,
            ScenarioRun.inputs(scenario),
            RunCommand.commandLine(spec),
            spec.commandLine().getErr()::println))) {
      List<ModelRun> runs = new ArrayList<>();
      Duration simulationTime = Duration.ZERO;
      String quantileMethod = "";
      long paths = 0;
      for (Variant variant : variants) {
        ProgressDisplay progress =
            new ProgressDisplay(spec.commandLine().getErr(), System.console() != null);
        ScenarioRun run =
            ScenarioRun.keepingMetPaths(variant.scenario(), variant.compiled(), progress);
        runs.add(ModelRun.of(
            variant.model(), run.forecast(), variant.compiled(), run.result(), variant.notes()));
        simulationTime = simulationTime.plus(run.result().elapsed());
        quantileMethod = run.result().quantileNote();
        paths = run.result().paths();
      }
      ModelComparison comparison = new ModelComparison(
          scenario.name(),
          scenario.description(),
          scenario.year(),
          paths,
          scenario.settings().seed(),
          runs);
      RunInfo info = ScenarioRun.runInfo(
          scenario, quantileMethod, started, simulationTime, RunCommand.commandLine(spec));
      List<String> wrote = new ArrayList<>();
      ComparisonReport.write(comparison, info, folder.staging(), wrote::add);
      folder.commit();
      String staged = folder.staging().toString();
      wrote.forEach(line -> stdout.println(line.replace(staged, target.shown())));
      ComparisonTable.print(comparison, stdout);
      stdout.printf(
          "%d models x %,d paths on %d threads: simulation %.2f s.%n",
          runs.size(), paths, scenario.settings().threads(), simulationTime.toNanos() / 1e9);
    }
    return 0;
  }

  /** The scenario with one model swapped in, compiled, and what the swap kept or assumed. */
  private record Variant(
      GrowthModel model, Scenario scenario, PlanCompiler.Compiled compiled, List<String> notes) {}
}
