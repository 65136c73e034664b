package dev.zhanwang.cli;

import dev.zhanwang.forecast.RunInfo;
import dev.zhanwang.input.Suggestions;
import dev.zhanwang.model.IndicatorSpec;
import dev.zhanwang.report.SensitivityReport;
import dev.zhanwang.scenario.Scenario;
import dev.zhanwang.sensitivity.GoalSeek;
import dev.zhanwang.sensitivity.TargetCheck;
import dev.zhanwang.sim.PlanCompiler;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code forecast goal-seek SCENARIO --target ID --probability 0.8 --vary INDICATOR.growth_pct}:
 * the growth that makes a target as likely as wanted ({@link GoalSeek#growth}); without
 * {@code --vary}, the target levels the scenario makes 50% and 80% likely
 * ({@link GoalSeek#levels}). Writes goal-seek.csv and manifest.json.
 */
@Command(
    name = "goal-seek",
    mixinStandardHelpOptions = true,
    description = {
      "The growth of one indicator that gives a wanted P(target met), or the target levels a"
          + " scenario makes 50%% and 80%% likely.",
      "With --vary: bisection on the indicator's growth_pct, every step simulated from the same"
          + " seed (common random numbers), until the bracket is a tenth of the Monte Carlo"
          + " error (or 0.001 points); the Monte Carlo standard error of"
          + " the growth found is sqrt(p(1-p)/paths) over the slope of P(met) there.",
      "Without --vary: the 50%% and 20%% quantiles of each checked outcome (P(outcome >= level)"
          + " = 50%% and 80%%), with distribution-free 95%% intervals."
    })
final class GoalSeekCommand implements Callable<Integer> {
  private static final String GROWTH_KEY = ".growth_pct";

  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "SCENARIO", description = "The scenario YAML file.")
  Path scenarioFile;

  @Option(
      names = "--target",
      paramLabel = "ID",
      description = "The target (an id of the targets file); needed with --vary, else every"
          + " target the scenario forecasts.")
  String targetId;

  @Option(
      names = "--probability",
      paramLabel = "P",
      defaultValue = "0.8",
      description = "The wanted P(target met), in (0, 1); default ${DEFAULT-VALUE}.")
  double probability;

  @Option(
      names = "--vary",
      paramLabel = "INDICATOR.growth_pct",
      description = "The assumption to vary: an indicator's growth_pct.")
  String vary;

  @Mixin
  SimulationOptions simulation;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      description = "Output folder. Default: out/<scenario name>-goal-seek in the scenario's"
          + " project (as for run).")
  Path out;

  @Mixin
  ForceOption force;

  @Override
  public Integer call() throws IOException {
    Instant started = Instant.now();
    if (!(probability > 0 && probability < 1)) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--probability must be in (0, 1), but was " + probability);
    }
    if (vary != null && targetId == null) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--vary needs --target: the target whose P(met) is sought");
    }
    Scenario scenario = SensitivityRuns.load(spec, scenarioFile, simulation, null);
    PlanCompiler.Compiled compiled = PlanCompiler.compile(scenario);
    SensitivityRuns.checkTarget(spec, scenario, compiled, targetId);
    String indicator = vary == null ? null : indicator(scenario);
    SensitivityRuns.checkMemory(spec, scenario, compiled, false);
    List<TargetCheck> checks = TargetCheck.of(scenario, compiled, targetId);
    OutputTarget target = SensitivityRuns.target(out, scenarioFile, scenario, "-goal-seek");
    PrintWriter stdout = spec.commandLine().getOut();
    try (OutputFolder folder = SensitivityRuns.open(spec, target, force.force, scenario)) {
      List<GoalSeek.Growth> growths = new ArrayList<>();
      List<GoalSeek.Levels> levels = new ArrayList<>();
      Duration time = Duration.ZERO;
      if (indicator != null) {
        for (TargetCheck check : checks) {
          try {
            GoalSeek.Growth found =
                GoalSeek.growth(scenario, check, indicator, probability, step -> {});
            growths.add(found);
            time = time.plus(found.simulationTime());
          } catch (GoalSeek.Unreachable e) {
            throw new CommandLine.ParameterException(
                spec.commandLine(), "--probability cannot be reached: " + e.getMessage());
          }
        }
      } else {
        long before = System.nanoTime();
        levels.addAll(GoalSeek.levels(scenario, compiled, checks));
        time = Duration.ofNanos(System.nanoTime() - before);
      }
      RunInfo info = SensitivityRuns.runInfo(spec, scenario, started, time);
      List<String> wrote = new ArrayList<>();
      SensitivityReport.writeGoalSeek(
          scenario.name(),
          scenario.description(),
          scenario.year(),
          scenario.settings().seed(),
          scenario.settings().paths(),
          growths,
          levels,
          info,
          folder.staging(),
          wrote::add);
      folder.commit();
      SensitivityRuns.printWrote(wrote, folder, target, stdout);
      if (indicator != null) {
        printGrowths(scenario, growths, stdout);
      } else {
        printLevels(scenario, levels, stdout);
      }
    }
    return 0;
  }

  /** The indicator of {@code --vary INDICATOR.growth_pct}, checked against the scenario. */
  private String indicator(Scenario scenario) {
    if (!vary.endsWith(GROWTH_KEY)) {
      throw new CommandLine.ParameterException(
          spec.commandLine(),
          "--vary must be INDICATOR.growth_pct (goal seek varies a growth, along which P(met)"
              + " rises), but was " + vary);
    }
    String id = vary.substring(0, vary.length() - GROWTH_KEY.length());
    List<String> ids = scenario.indicators().stream().map(IndicatorSpec::id).toList();
    if (!ids.contains(id)) {
      throw new CommandLine.ParameterException(
          spec.commandLine(),
          "--vary must name an indicator of the scenario"
              + Suggestions.didYouMean(id, ids)
              + ", but was "
              + vary);
    }
    return id;
  }

  private static void printGrowths(
      Scenario scenario, List<GoalSeek.Growth> growths, PrintWriter out) {
    for (GoalSeek.Growth g : growths) {
      out.printf(
          Locale.ROOT,
          "%nGoal seek - %s, %d: %s (target %s %s) met with P = %.1f%%%n",
          scenario.name(),
          scenario.year(),
          g.check().label(),
          SensitivityCommand.number(g.check().planned().threshold()),
          g.check().planned().unit(),
          100 * g.probability());
      out.printf(
          Locale.ROOT,
          "  %s.growth_pct = %.3f%% ± %.3f (95%%: %.3f..%.3f); P(met) there %.2f%%%n",
          g.indicator(),
          g.growthPct(),
          g.stdError(),
          g.growthPct() - 1.96 * g.stdError(),
          g.growthPct() + 1.96 * g.stdError(),
          100 * g.probabilityAt());
      out.printf(
          Locale.ROOT,
          "  the scenario's %s%% gives P(met) %.2f%%; P(met) rises %.2f points per point of"
              + " growth there%n",
          SensitivityCommand.number(g.scenarioGrowthPct()),
          100 * g.probabilityInScenario(),
          100 * g.slopePerPoint());
      out.printf(
          Locale.ROOT,
          "  %d simulations of %,d paths, seed %d (common random numbers): simulation %.2f s%n",
          g.steps(),
          g.paths(),
          scenario.settings().seed(),
          g.simulationTime().toNanos() / 1e9);
    }
  }

  private static void printLevels(
      Scenario scenario, List<GoalSeek.Levels> levels, PrintWriter out) {
    out.printf(
        Locale.ROOT,
        "%nTarget levels likely under %s, %d, %,d paths, seed %d (95%% intervals)%n",
        scenario.name(),
        scenario.year(),
        scenario.settings().paths(),
        scenario.settings().seed());
    out.printf(
        Locale.ROOT,
        "%-40s %-7s %10s %7s %28s %28s%n",
        "target",
        "check",
        "target",
        "P(met)",
        "50% likely",
        "80% likely");
    for (GoalSeek.Levels l : levels) {
      StringBuilder row = new StringBuilder(String.format(
          Locale.ROOT,
          "%-40s %-7s %10s %6.1f%%",
          l.check().targetId(),
          l.check().criterion(),
          SensitivityCommand.number(l.check().planned().threshold()),
          100 * l.probabilityMet()));
      for (GoalSeek.Level level : l.levels()) {
        row.append(String.format(
            Locale.ROOT,
            " %28s",
            SensitivityCommand.number(level.level()) + " ("
                + SensitivityCommand.number(level.low()) + ".."
                + SensitivityCommand.number(level.high()) + ")"));
      }
      out.println(row);
    }
    out.println("A growth check's levels are growth rates in %; a level check's are in its unit.");
  }
}
