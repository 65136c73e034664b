package dev.zhanwang.report;

import dev.zhanwang.backtest.Backtest;
import dev.zhanwang.backtest.ForecastScores;
import dev.zhanwang.forecast.RunInfo;
import dev.zhanwang.sim.Simulator;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.knowm.xchart.AnnotationText;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.style.CategoryStyler;

/**
 * The files of a backtest: {@code backtest.csv} (UTF-8 with BOM, one row per model and indicator
 * and one over all indicators per model), {@code backtest-crps.png}/{@code .svg}, mean CRPS per
 * model, best first, with ±2 standard errors of each model's paired difference from the best,
 * and {@code manifest.json}: the history and targets read (with SHA-256), the engine, the
 * command line and the files written, by which a rerun recognises the folder as its own.
 */
public final class BacktestReport {
  static final String CSV = "backtest.csv";
  static final String CHART = "backtest-crps";

  private BacktestReport() {}

  /**
   * Writes the three into {@code dir}, an existing folder, the manifest last.
   *
   * @param run the files read (as data files), engine, start time and command line; its
   *     scenario files, threads and quantile method are not used
   * @param log receives one {@code Wrote <what> to <path>} line per kind of file
   * @return the files written
   */
  public static List<Path> write(Backtest backtest, RunInfo run, Path dir, Consumer<String> log)
      throws IOException {
    return write(backtest, run, dir, ChartLook.detect(), log);
  }

  static List<Path> write(
      Backtest backtest, RunInfo run, Path dir, ChartLook look, Consumer<String> log)
      throws IOException {
    List<Path> written = new ArrayList<>();
    Path csv = dir.resolve(CSV);
    Csv.write(csv, header(), rows(backtest));
    written.add(csv);
    log.accept("Wrote backtest scores to " + csv);
    if (!look.notice().isEmpty()) {
      log.accept(look.notice());
    }
    written.addAll(Charts.render(chart(backtest, look), dir, CHART, ChartFormat.all()));
    log.accept("Wrote CRPS chart to " + dir.resolve(CHART) + ".png and .svg");
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("command", "backtest");
    json.put("data_files", Manifest.files(run.dataFiles(), run.dataSha256()));
    json.put("engine_version", run.engineVersion());
    json.put("command_line", run.commandLine());
    json.put("started_at", run.startedAt().toString());
    Path manifest = Manifest.writeWithFiles(json, run, written, dir, log);
    written.add(manifest);
    return written;
  }

  static List<String> header() {
    List<String> header = new ArrayList<>(List.of("model", "indicator", "cases", "crps"));
    for (double level : Simulator.LEVELS) {
      header.add("pinball_" + SummaryCsv.levelName(level));
    }
    for (double width : ForecastScores.CENTRAL) {
      header.add("coverage_" + Math.round(100 * width));
    }
    header.addAll(List.of("mape_pct", "brier"));
    return header;
  }

  private static List<List<String>> rows(Backtest backtest) {
    List<List<String>> rows = new ArrayList<>();
    for (Backtest.Score score : backtest.scores()) {
      List<String> row = new ArrayList<>(List.of(
          score.model().label(),
          score.indicator(),
          Integer.toString(score.cases()),
          Numbers.significant(score.crps())));
      for (double loss : score.pinball()) {
        row.add(Numbers.significant(loss));
      }
      for (double share : score.coverage()) {
        row.add(Numbers.fixed(share, 4));
      }
      row.add(Numbers.significant(score.mape()));
      row.add(Numbers.significant(score.brier()));
      rows.add(row);
    }
    return rows;
  }

  static CategoryChart chart(Backtest backtest, ChartLook look) {
    int cases = backtest.scores().stream()
        .filter(s -> s.indicator().equals(Backtest.ALL))
        .findFirst()
        .orElseThrow()
        .cases();
    CategoryChart chart = look.categoryChart(
        look.labels().backtestTitle(cases), "", look.labels().crpsAxis(), ChartLook.HEIGHT);
    CategoryStyler styler = chart.getStyler();
    styler.setLegendVisible(false);
    styler.setErrorBarsColor(Color.BLACK);
    styler.setSeriesColors(new Color[] {new Color(0x6BAED6)});
    styler.setYAxisDecimalPattern("0.0000");
    // The axis spans the bars and their error bars, not 0 to the largest: models differ by a few
    // percent of their CRPS, which bars from 0 would not show.
    double low = Double.POSITIVE_INFINITY;
    double high = Double.NEGATIVE_INFINITY;
    for (Backtest.Rank rank : backtest.ranking()) {
      double error = Double.isNaN(rank.stdError()) ? 0 : 2 * rank.stdError();
      low = Math.min(low, rank.crps() - error);
      high = Math.max(high, rank.crps() + error);
    }
    double margin = Math.max(0.25 * (high - low), 1e-6 * Math.abs(high));
    styler.setYAxisMin(Math.max(0.0, low - margin));
    styler.setYAxisMax(high + margin);
    double above = margin / 3;
    List<String> names = new ArrayList<>();
    List<Double> crps = new ArrayList<>();
    List<Double> errors = new ArrayList<>();
    for (Backtest.Rank rank : backtest.ranking()) {
      names.add(rank.model().label());
      crps.add(rank.crps());
      double error = Double.isNaN(rank.stdError()) ? 0 : 2 * rank.stdError();
      errors.add(error);
      chart.addAnnotation(new AnnotationText(
          String.format(Locale.ROOT, "%.4f", rank.crps()),
          names.size() - 0.5,
          rank.crps() + error + above,
          false));
    }
    chart.addSeries("CRPS", names, crps, errors);
    return chart;
  }
}
