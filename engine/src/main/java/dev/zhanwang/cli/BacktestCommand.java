package dev.zhanwang.cli;

import dev.zhanwang.backtest.Backtest;
import dev.zhanwang.data.DataLoader;
import dev.zhanwang.data.History;
import dev.zhanwang.data.HistoryLoader;
import dev.zhanwang.data.Target;
import dev.zhanwang.forecast.RunInfo;
import dev.zhanwang.model.GrowthModel;
import dev.zhanwang.report.BacktestReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code forecast backtest --history FILE --models a,b,c}: rolling-origin scores of each model
 * ({@link Backtest}), written as backtest.csv and a CRPS chart, and a ranking by mean CRPS.
 */
@Command(
    name = "backtest",
    mixinStandardHelpOptions = true,
    description = "Score model variants by rolling-origin forecasts of a history's years.")
final class BacktestCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(
      names = "--history",
      required = true,
      paramLabel = "FILE",
      description = "History CSV: indicator,period,value[,note]; period YYYY or YYYY-MM.")
  Path historyFile;

  @Option(
      names = "--models",
      required = true,
      paramLabel = "a,b,c",
      description = "Models to compare.")
  String models;

  @Option(
      names = "--indicators",
      paramLabel = "a,b,c",
      description = "Indicators to score (default: all in the history).")
  String indicators;

  @Option(
      names = "--targets",
      paramLabel = "FILE",
      description = "Targets CSV; growth targets of history indicators get Brier scores.")
  Path targetsFile;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      description = "Output folder. Default: out/backtest in the history file's project, the"
          + " folder above the nearest folder named scenarios that holds it, else its own"
          + " folder. A folder a previous run wrote is replaced when the run succeeds; any other"
          + " folder that is not empty is refused (see --force).")
  Path out;

  @Mixin
  ForceOption force;

  @Option(
      names = "--seed",
      paramLabel = "S",
      defaultValue = ForecastCommand.DEFAULT_SEED,
      description = "Random seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(
      names = "--draws",
      paramLabel = "N",
      defaultValue = "4000",
      description = "Draws per forecast (default: ${DEFAULT-VALUE}).")
  int draws;

  @Option(
      names = "--min-years",
      paramLabel = "Y",
      defaultValue = "8",
      description = "Years of history before the first year forecast (default: ${DEFAULT-VALUE}).")
  int minYears;

  @Override
  public Integer call() throws IOException {
    Instant started = Instant.now();
    if (draws < 2) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--draws must be >= 2, but was " + draws);
    }
    if (minYears < 2) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--min-years must be >= 2, but was " + minYears);
    }
    List<GrowthModel> chosen = ModelNames.models(spec, models);
    History history = HistoryLoader.load(historyFile, ForecastCommand.warnings(spec));
    List<String> ids = ModelNames.indicators(spec, indicators, history);
    history = new History(
        history.file(),
        history.series().stream().filter(s -> ids.contains(s.indicator())).toList());
    Map<String, List<Double>> targets = new LinkedHashMap<>();
    if (targetsFile != null) {
      for (Target target : DataLoader.loadTargets(targetsFile, ForecastCommand.warnings(spec))) {
        if (target.growthPct().isPresent() && ids.contains(target.indicator())) {
          targets
              .computeIfAbsent(target.indicator(), k -> new ArrayList<>())
              .add(target.growthPct().getAsDouble());
        }
      }
    }
    List<Path> inputs = new ArrayList<>(List.of(historyFile));
    if (targetsFile != null) {
      inputs.add(targetsFile);
    }
    OutputTarget target =
        out != null ? OutputTarget.given(out) : OutputTarget.defaultFor(historyFile, "backtest");
    PrintWriter stdout = spec.commandLine().getOut();
    try (OutputFolder folder = OutputFolder.open(
        target,
        new OutputFolder.Request(
            force.force,
            inputs,
            RunCommand.commandLine(spec),
            spec.commandLine().getErr()::println))) {
      Backtest backtest = Backtest.run(history, chosen, targets, minYears, draws, seed);
      RunInfo run = RunInfo.ofFiles(
          inputs,
          Hashes.sha256(inputs),
          ForecastCommand.version(),
          started,
          Duration.between(started, Instant.now()),
          RunCommand.commandLine(spec));
      List<String> wrote = new ArrayList<>();
      BacktestReport.write(backtest, run, folder.staging(), wrote::add);
      folder.commit();
      String staged = folder.staging().toString();
      wrote.forEach(line -> stdout.println(line.replace(staged, target.shown())));
      report(backtest, stdout);
    }
    return 0;
  }

  private void report(Backtest backtest, PrintWriter stdout) {
    if (!backtest.skipped().isEmpty()) {
      stdout.printf(
          "Skipped %d origin years that not every model could be fitted to, e.g. %s%n",
          backtest.skipped().size(), backtest.skipped().get(0));
    }
    int cases = backtest.scores().stream()
        .filter(s -> s.indicator().equals(Backtest.ALL))
        .findFirst()
        .orElseThrow()
        .cases();
    stdout.printf(
        "Ranking by mean CRPS of annual log-growth over %d indicator-years"
            + " (%d draws each, seed %d):%n",
        cases, draws, seed);
    stdout.printf(
        "%4s  %-15s %10s  %s%n", "rank", "model", "mean CRPS", "worse than best by (paired s.e.)");
    int place = 1;
    for (Backtest.Rank rank : backtest.ranking()) {
      stdout.printf(
          "%4d  %-15s %10.5f  %s%n",
          place++,
          rank.model().label(),
          rank.crps(),
          rank.differenceFromBest() == 0
              ? "best"
              : String.format(
                  java.util.Locale.ROOT,
                  "%.5f (%.5f)",
                  rank.differenceFromBest(),
                  rank.stdError()));
    }
  }
}
