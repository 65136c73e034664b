package dev.zhanwang.cli;

import dev.zhanwang.forecast.RunInfo;
import dev.zhanwang.report.SensitivityReport;
import dev.zhanwang.scenario.Scenario;
import dev.zhanwang.sensitivity.GlobalMeasure;
import dev.zhanwang.sensitivity.SensitivityAnalysis;
import dev.zhanwang.sensitivity.Tornado;
import dev.zhanwang.sim.PlanCompiler;
import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code forecast sensitivity SCENARIO [--target ID]}: which assumptions move each target's
 * P(met), one at a time (a tornado) and globally from one run ({@link SensitivityAnalysis}).
 * Writes tornado.csv, global.csv, a tornado chart per target check and manifest.json.
 */
@Command(
    name = "sensitivity",
    mixinStandardHelpOptions = true,
    description = {
      "Which assumptions move P(target met): a tornado of one-at-a-time swings and a global"
          + " measure from one run.",
      "One at a time: each growth_pct of an indicator a target depends on is moved to the"
          + " indicator's own 10%% and 90%% growth in the base run, each uncertainty_pct to half"
          + " and one and a half times its value, everything else held; every run draws the same"
          + " shocks (common random numbers), so each swing has a paired standard error.",
      "Global, from the base run alone: the rank correlation of each indicator's annual shock"
          + " (its monthly shocks summed over the year) with the outcome, and P(met) when that"
          + " shock is in its bottom or top fifth; this shows indicators that matter through"
          + " their correlation with the target's own."
    })
final class SensitivityCommand implements Callable<Integer> {
  /** Paths per run unless --paths: 1 + 2 runs per assumption, so fewer than a forecast's. */
  static final long DEFAULT_PATHS = 20_000;

  /** Rows of the global measure printed per target check; global.csv has them all. */
  static final int GLOBAL_ROWS = 5;

  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "SCENARIO", description = "The scenario YAML file.")
  Path scenarioFile;

  @Option(
      names = "--target",
      paramLabel = "ID",
      description = "Only this target (an id of the targets file); default: every target the"
          + " scenario forecasts.")
  String targetId;

  @Mixin
  SimulationOptions simulation;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      description = "Output folder. Default: out/<scenario name>-sensitivity in the scenario's"
          + " project (as for run).")
  Path out;

  @Mixin
  ForceOption force;

  @Override
  public Integer call() throws IOException {
    Instant started = Instant.now();
    Scenario scenario = SensitivityRuns.load(spec, scenarioFile, simulation, DEFAULT_PATHS);
    PlanCompiler.Compiled compiled = PlanCompiler.compile(scenario);
    SensitivityRuns.checkTarget(spec, scenario, compiled, targetId);
    SensitivityRuns.checkMemory(spec, scenario, compiled, true);
    OutputTarget target = SensitivityRuns.target(out, scenarioFile, scenario, "-sensitivity");
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter stderr = spec.commandLine().getErr();
    try (OutputFolder folder = SensitivityRuns.open(spec, target, force.force, scenario)) {
      SensitivityAnalysis analysis = SensitivityAnalysis.of(scenario, targetId, run -> {
        if (System.console() != null) {
          stderr.print("\rsimulation " + run);
          stderr.flush();
        }
      });
      if (System.console() != null) {
        stderr.println();
      }
      RunInfo info = SensitivityRuns.runInfo(spec, scenario, started, analysis.simulationTime());
      List<String> wrote = new ArrayList<>();
      SensitivityReport.write(analysis, info, folder.staging(), wrote::add);
      folder.commit();
      SensitivityRuns.printWrote(wrote, folder, target, stdout);
      print(analysis, stdout);
    }
    return 0;
  }

  static void print(SensitivityAnalysis analysis, PrintWriter out) {
    out.printf(
        Locale.ROOT,
        "%nSensitivity - %s, %d, %,d paths per run, seed %d, %d runs (common random numbers)%n",
        analysis.scenarioName(),
        analysis.year(),
        analysis.paths(),
        analysis.seed(),
        analysis.runs());
    for (int t = 0; t < analysis.tornadoes().size(); t++) {
      Tornado tornado = analysis.tornadoes().get(t);
      out.printf(
          Locale.ROOT,
          "%n%s (target %s %s): P(met) %.1f%% ± %.1f%n",
          tornado.check().label(),
          number(tornado.check().planned().threshold()),
          tornado.check().planned().unit(),
          100 * tornado.probabilityBase(),
          100 * tornado.baseStdError());
      out.println("  one at a time (swing = P(met) at high - at low, ± paired s.e., points):");
      out.printf(
          Locale.ROOT,
          "  %-44s %-22s %8s %8s %15s%n",
          "assumption",
          "low..high",
          "P(low)",
          "P(high)",
          "swing");
      for (Tornado.Bar bar : tornado.bars()) {
        if (!bar.feeds()) {
          continue;
        }
        out.printf(
            Locale.ROOT,
            "  %-44s %-22s %7.1f%% %7.1f%% %+8.1f ±%4.1f%n",
            bar.assumption().label(),
            number(bar.assumption().low()) + ".." + number(bar.assumption().high()),
            100 * bar.probabilityLow(),
            100 * bar.probabilityHigh(),
            100 * bar.swing(),
            100 * bar.swingStdError());
      }
      long others = tornado.bars().stream().filter(bar -> !bar.feeds()).count();
      if (others > 0) {
        out.printf(
            "  (%d more assumptions, on indicators this target does not depend on, swing 0:"
                + " tornado.csv)%n",
            others);
      }
      GlobalMeasure global = analysis.global().get(t);
      out.println("  global, from the base run (rank correlation of the indicator's annual shock"
          + " with the outcome; P(met) when that shock is in its bottom -> top fifth):");
      for (GlobalMeasure.Row row :
          global.rows().subList(0, Math.min(GLOBAL_ROWS, global.rows().size()))) {
        out.printf(
            Locale.ROOT,
            "  %-44s %+6.2f   %5.1f%% -> %5.1f%%%n",
            row.indicator(),
            row.rankCorrelation(),
            100 * row.probabilityBottomFifth(),
            100 * row.probabilityTopFifth());
      }
    }
    out.printf(
        Locale.ROOT,
        "%n%d runs of %,d paths: simulation %.2f s.%n",
        analysis.runs(),
        analysis.paths(),
        analysis.simulationTime().toNanos() / 1e9);
  }

  /** Up to four significant digits, as planners read them. */
  static String number(double value) {
    return new BigDecimal(value).round(new MathContext(4)).stripTrailingZeros().toPlainString();
  }
}
