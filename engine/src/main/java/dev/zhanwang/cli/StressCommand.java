package dev.zhanwang.cli;

import dev.zhanwang.forecast.RunInfo;
import dev.zhanwang.input.NumberText;
import dev.zhanwang.input.Suggestions;
import dev.zhanwang.model.IndicatorSpec;
import dev.zhanwang.report.ProbabilityText;
import dev.zhanwang.report.SensitivityReport;
import dev.zhanwang.scenario.Scenario;
import dev.zhanwang.sensitivity.StressComparison;
import dev.zhanwang.sim.PlanCompiler;
import dev.zhanwang.sim.Stress;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code forecast stress SCENARIO --stress ID:0-5 [--stress ID:LO-HI ...]}: the scenario with
 * indicators' annual shocks pinned to percentile bands, beside the unstressed run, both from the
 * same seed ({@link StressComparison}). Writes stress.csv and manifest.json.
 */
@Command(
    name = "stress",
    mixinStandardHelpOptions = true,
    description = {
      "P(target met) with indicators' annual shocks pinned to a percentile band (e.g. their"
          + " worst 5%%), beside the unstressed run.",
      "Each path draws what the unstressed run draws; a pinned indicator's annual shock Z is"
          + " moved to the same rank within its band, Phi^-1(lo + (hi - lo) Phi(Z)), which is"
          + " exactly Z conditioned on the band, and correlated indicators follow by their"
          + " regression on it (the exact conditional for jointly normal shocks). Only annual"
          + " models can be pinned (not ar1-monthly)."
    })
final class StressCommand implements Callable<Integer> {
  private static final Pattern BAND = Pattern.compile("(.+):([0-9０-９.]+)-([0-9０-９.]+)%?");

  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "SCENARIO", description = "The scenario YAML file.")
  Path scenarioFile;

  @Option(
      names = "--stress",
      required = true,
      paramLabel = "ID:LO-HI",
      description = "An indicator and the band of percentiles its annual shock is pinned to:"
          + " industrial_output_total:0-5 is its worst 5%%, :95-100 its best 5%%. Repeat for"
          + " several indicators together.")
  List<String> bands;

  @Mixin
  SimulationOptions simulation;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      description = "Output folder. Default: out/<scenario name>-stress in the scenario's project"
          + " (as for run).")
  Path out;

  @Mixin
  ForceOption force;

  @Override
  public Integer call() throws IOException {
    Instant started = Instant.now();
    Scenario scenario = SensitivityRuns.load(spec, scenarioFile, simulation, null);
    PlanCompiler.Compiled compiled = PlanCompiler.compile(scenario);
    Stress stress = stress(scenario);
    try {
      stress.applyTo(scenario, compiled.plan());
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--stress must pin an annual model's shock, but " + e.getMessage());
    }
    OutputTarget target = SensitivityRuns.target(out, scenarioFile, scenario, "-stress");
    PrintWriter stdout = spec.commandLine().getOut();
    try (OutputFolder folder = SensitivityRuns.open(spec, target, force.force, scenario)) {
      StressComparison comparison = StressComparison.of(scenario, stress);
      RunInfo info = SensitivityRuns.runInfo(spec, scenario, started, comparison.simulationTime());
      List<String> wrote = new ArrayList<>();
      SensitivityReport.writeStress(comparison, info, folder.staging(), wrote::add);
      folder.commit();
      SensitivityRuns.printWrote(wrote, folder, target, stdout);
      print(comparison, stdout);
    }
    return 0;
  }

  /** The bands of the {@code --stress} options, each checked. */
  private Stress stress(Scenario scenario) {
    List<String> ids = scenario.indicators().stream().map(IndicatorSpec::id).toList();
    List<Stress.Band> parsed = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (String text : bands) {
      Matcher m = BAND.matcher(text.strip());
      if (!m.matches()) {
        throw new CommandLine.ParameterException(
            spec.commandLine(),
            "--stress must be INDICATOR:LOW-HIGH in percentiles (vehicle_output:0-5 for its worst"
                + " 5%), but was " + text);
      }
      String id = m.group(1);
      if (!ids.contains(id)) {
        throw new CommandLine.ParameterException(
            spec.commandLine(),
            "--stress must name an indicator of the scenario"
                + Suggestions.didYouMean(id, ids)
                + ", but was "
                + id);
      }
      double low = percent(m.group(2), text);
      double high = percent(m.group(3), text);
      if (!(low >= 0 && low < high && high <= 100)) {
        throw new CommandLine.ParameterException(
            spec.commandLine(), "--stress must have 0 <= LOW < HIGH <= 100, but was " + text);
      }
      if (!seen.add(id)) {
        throw new CommandLine.ParameterException(
            spec.commandLine(),
            "--stress must pin each indicator once, but " + id + " was given twice");
      }
      parsed.add(new Stress.Band(id, low / 100, high / 100));
    }
    return new Stress(parsed);
  }

  private double percent(String digits, String text) {
    java.util.OptionalDouble value = NumberText.parse(digits, false);
    if (value.isPresent()) {
      return value.getAsDouble();
    }
    throw new CommandLine.ParameterException(
        spec.commandLine(), "--stress must be INDICATOR:LOW-HIGH in percentiles, but was " + text);
  }

  static void print(StressComparison comparison, PrintWriter out) {
    out.printf(
        Locale.ROOT,
        "%nP(target met) under stress - %s, %d, %,d paths, seed %d (common random numbers)%n",
        comparison.scenarioName(),
        comparison.year(),
        comparison.paths(),
        comparison.seed());
    out.println("stressed: "
        + String.join(
            ", ", comparison.stress().bands().stream().map(Stress.Band::label).toList())
        + " of its annual shock");
    out.printf(
        Locale.ROOT,
        "%-40s %-7s %11s %11s %17s%n",
        "target",
        "check",
        "unstressed",
        "stressed",
        "change ± s.e.");
    for (StressComparison.Row row : comparison.rows()) {
      out.printf(
          Locale.ROOT,
          "%-40s %-7s %11s %11s %10s ±%4.1f%n",
          row.check() == null ? "all targets met at once" : row.check().targetId(),
          row.check() == null ? "" : row.check().criterion(),
          ProbabilityText.cell(row.unstressed(), comparison.paths()),
          ProbabilityText.cell(row.stressed(), comparison.paths()),
          ScenarioComparisonTable.signed(100 * row.difference(), "%+.1f"),
          100 * row.differenceStdError());
    }
    out.println("change in percentage points; ± is its Monte Carlo s.e., paired path by path.");
    comparison.notes().forEach(note -> out.println("Note: " + note));
  }
}
