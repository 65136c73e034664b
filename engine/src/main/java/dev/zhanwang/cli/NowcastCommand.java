package dev.zhanwang.cli;

import dev.zhanwang.data.Actuals;
import dev.zhanwang.data.ActualsLoader;
import dev.zhanwang.forecast.RunInfo;
import dev.zhanwang.model.IndicatorSpec;
import dev.zhanwang.nowcast.Nowcast;
import dev.zhanwang.nowcast.Nowcaster;
import dev.zhanwang.nowcast.Restatement;
import dev.zhanwang.nowcast.TargetNowcast;
import dev.zhanwang.report.ChartFormat;
import dev.zhanwang.report.NowcastReport;
import dev.zhanwang.report.OutputChoice;
import dev.zhanwang.report.ProbabilityText;
import dev.zhanwang.scenario.NowcastSection;
import dev.zhanwang.scenario.RunSettings;
import dev.zhanwang.scenario.Scenario;
import dev.zhanwang.scenario.StatusThresholds;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
 * {@code forecast nowcast SCENARIO --actuals FILE [--as-of YYYY-MM]}: P(target met) given the
 * year-to-date actuals published so far ({@link Nowcaster}), beside its value at the start of the
 * year, with the growth the remaining months need and a red / amber / green status. Writes
 * nowcast.csv, the 同口径 restatement, the month-by-month path and manifest.json
 * ({@link NowcastReport}) under {@code run}'s rules for output folders.
 */
@Command(
    name = "nowcast",
    mixinStandardHelpOptions = true,
    description = {
      "Nowcast the targets from year-to-date actuals (累计值, 累计增速): P(target met | data to"
          + " month m) beside its value at the start of the year, the growth the remaining months"
          + " need, progress against time and the seasons, and a red / amber / green status.",
      "Writes nowcast.csv (UTF-8 with BOM), restatement.csv, nowcast-path.csv and a chart when"
          + " several months are given, and manifest.json."
    })
final class NowcastCommand implements Callable<Integer> {
  private static final Pattern AS_OF = Pattern.compile("(\\d{4})-(\\d{1,2})");

  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "SCENARIO", description = "The scenario YAML file.")
  Path scenarioFile;

  @Option(
      names = "--actuals",
      required = true,
      paramLabel = "FILE",
      description = "Year-to-date actuals CSV: indicator, period (YYYY-MM, or YYYY-1-2月), "
          + "ytd_value and/or ytd_growth_pct, source.")
  Path actualsFile;

  @Option(
      names = "--as-of",
      paramLabel = "YYYY-MM",
      description = "Use the actuals up to this month (default: the last month in the file).")
  String asOf;

  @Option(
      names = "--paths",
      paramLabel = "N",
      description = "Paths per probability (default: the scenario's simulation.paths).")
  Long paths;

  @Option(
      names = "--seed",
      paramLabel = "S",
      description = "Random seed (default: the scenario's simulation.seed).")
  Long seed;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      description = "Output folder. Default: out/<scenario name>-nowcast in the scenario's"
          + " project (as for run). A folder a previous run wrote is replaced; any other folder"
          + " that is not empty is refused (see --force).")
  Path out;

  @Mixin
  ForceOption force;

  @Option(
      names = "--charts",
      paramLabel = "FORMATS",
      defaultValue = "png",
      description =
          "Chart files to write: " + OutputChoice.IMAGE_CHOICES + " (default ${DEFAULT-VALUE}).")
  String charts;

  @Override
  public Integer call() throws IOException {
    Instant started = Instant.now();
    CommandLine commandLine = spec.commandLine();
    Set<ChartFormat> chartFormats = OutputChoice.parseImages(charts)
        .orElseThrow(() -> new CommandLine.ParameterException(
            commandLine, "--charts must be " + OutputChoice.IMAGE_CHOICES + ", but was " + charts));
    Scenario scenario = ForecastCommand.loadScenario(spec, scenarioFile);
    long pathCount = paths != null ? paths : scenario.settings().paths();
    if (!RunSettings.allowsPaths(pathCount)) {
      throw new CommandLine.ParameterException(
          commandLine, "--paths must be " + RunSettings.PATHS_RULE + ", but was " + pathCount);
    }
    long seedValue = seed != null ? seed : scenario.settings().seed();
    StatusThresholds thresholds = NowcastSection.read(scenarioFile);
    Map<String, Boolean> indicators = new LinkedHashMap<>();
    for (IndicatorSpec indicator : scenario.indicators()) {
      indicators.put(indicator.id(), indicator.flow());
    }
    Actuals actuals = ActualsLoader.load(
        actualsFile, scenario.year(), indicators, ForecastCommand.warnings(spec));
    int month = asOf == null ? Math.max(1, actuals.lastMonth()) : asOfMonth(scenario.year());
    List<Path> inputs = new ArrayList<>(ScenarioRun.inputs(scenario));
    inputs.add(actualsFile);
    OutputTarget target = out != null
        ? OutputTarget.given(out)
        : OutputTarget.defaultFor(scenarioFile, scenario.name() + "-nowcast");
    try (OutputFolder folder = OutputFolder.open(
        target,
        new OutputFolder.Request(
            force.force, inputs, RunCommand.commandLine(spec), commandLine.getErr()::println))) {
      long simulationStart = System.nanoTime();
      Nowcast nowcast = Nowcaster.run(scenario, actuals, month, pathCount, seedValue, thresholds);
      Duration elapsed = Duration.ofNanos(System.nanoTime() - simulationStart);
      List<Path> data = new ArrayList<>(scenario.dataFiles());
      data.add(actualsFile);
      RunInfo run = new RunInfo(
          scenario.chain(),
          Hashes.sha256(scenario.chain()),
          data,
          Hashes.sha256(data),
          ForecastCommand.version(),
          1,
          "",
          started,
          elapsed,
          RunCommand.commandLine(spec));
      List<String> wrote = new ArrayList<>();
      NowcastReport.write(nowcast, run, folder.staging(), chartFormats, wrote::add);
      folder.commit();
      PrintWriter stdout = commandLine.getOut();
      String staged = folder.staging().toString();
      wrote.forEach(line -> stdout.println(line.replace(staged, target.shown())));
      print(nowcast, stdout);
    }
    return 0;
  }

  /** {@code --as-of} as a month of the scenario's year. */
  private int asOfMonth(int year) {
    Matcher matcher = AS_OF.matcher(asOf.strip());
    if (matcher.matches()
        && Integer.parseInt(matcher.group(1)) == year
        && Integer.parseInt(matcher.group(2)) >= 1
        && Integer.parseInt(matcher.group(2)) <= 12) {
      return Integer.parseInt(matcher.group(2));
    }
    throw new CommandLine.ParameterException(
        spec.commandLine(),
        "--as-of must be YYYY-MM in " + year + ", the scenario's year, but was " + asOf);
  }

  /** The terminal table: one line per target check, then what was not nowcast and why. */
  static void print(Nowcast nowcast, PrintWriter out) {
    out.printf(
        Locale.ROOT,
        "Nowcast - %s, as of %s, %,d paths, seed %d (status: green from %s%%, red below %s%%)%n",
        nowcast.scenarioName(),
        nowcast.period(nowcast.asOf()),
        nowcast.paths(),
        nowcast.seed(),
        plain(nowcast.thresholds().greenAtPct()),
        plain(nowcast.thresholds().redBelowPct()));
    out.printf(
        Locale.ROOT,
        "%-36s %-6s %9s %10s %-9s %7s %7s %7s %15s %15s %9s %9s  %s%n",
        "target",
        "check",
        "target",
        "YTD",
        "period",
        "done",
        "time",
        "season",
        "P start",
        "P now",
        "g_rest",
        "planned",
        "status");
    for (TargetNowcast row : nowcast.targets()) {
      out.printf(
          Locale.ROOT,
          "%-36s %-6s %9s %10s %-9s %7s %7s %7s %15s %15s %9s %9s  %s%n",
          row.target().id(),
          row.check(),
          row.growth()
              ? String.format(Locale.ROOT, "%.1f%%", row.threshold())
              : String.format(Locale.ROOT, "%.4g", row.threshold()),
          yearToDate(row),
          row.last().map(a -> a.period(nowcast.year())).orElse("-"),
          pct(row.completionPct()),
          row.month() == 0 ? "-" : pct(row.shareOfYearPct()),
          row.month() == 0 ? "-" : pct(row.seasonalPct()),
          ProbabilityText.ofShare(row.start().value(), nowcast.paths()),
          ProbabilityText.ofShare(row.now().value(), nowcast.paths()),
          signedPct(row.requiredGrowthPct()),
          signedPct(row.plannedGrowthPct()),
          row.status().label() + " " + row.status().labelZh());
    }
    out.println("done: year to date / what the target asks for the year; time: share of the"
        + " year gone; season: share the seasonality expects by then. g_rest: growth the"
        + " remaining months need over the same months of the prior year; P(achieving it) is P"
        + " now.");
    for (Restatement r : nowcast.restatements()) {
      out.printf(
          Locale.ROOT,
          "同口径: %s %s: %.4g at %+.1f%% implies a prior-year base of %.4g; the 2022 figure's"
              + " seasonal path gives %.4g (%+.2f%%)%n",
          r.indicator(),
          r.period(),
          r.ytd(),
          r.growthPct(),
          r.impliedBase(),
          r.seasonalBase(),
          r.differencePct());
    }
    if (!nowcast.notNowcast().isEmpty()) {
      out.println("Not nowcast: " + String.join("; ", nowcast.notNowcast()));
    }
  }

  /** The year to date: a flow's value (derived from its growth if only that is published), a rate's growth. */
  private static String yearToDate(TargetNowcast row) {
    if (row.last().isEmpty()) {
      return "-";
    }
    if (!row.flow()) {
      return String.format(Locale.ROOT, "%+.1f%%", row.last().get().growthPct().getAsDouble());
    }
    return String.format(Locale.ROOT, "%.4g", row.ytd());
  }

  private static String pct(double value) {
    return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%.1f%%", value);
  }

  private static String signedPct(double value) {
    return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%+.1f%%", value);
  }

  private static String plain(double value) {
    return value == Math.rint(value)
        ? Long.toString((long) value)
        : String.format(Locale.ROOT, "%s", value);
  }
}
