package dev.zhanwang.report;

import dev.zhanwang.forecast.RunInfo;
import dev.zhanwang.nowcast.Nowcast;
import dev.zhanwang.nowcast.Restatement;
import dev.zhanwang.nowcast.TargetNowcast;
import dev.zhanwang.nowcast.TargetNowcast.MonthProbability;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The files of a nowcast: {@code nowcast.csv} (UTF-8 with BOM; one row per target check: the year
 * to date against the target, time and the seasons, P(met) at the start of the year and now, the
 * growth the remaining months need and the status); {@code restatement.csv} when an actual gives
 * both a value and a growth (the 同口径 base it implies against the 2022 seasonal path); when
 * actuals of several months are given, {@code nowcast-path.csv} and the chart
 * {@code nowcast-path.png/.svg}, P(met | data to month) month by month; and {@code manifest.json}
 * last, listing them.
 */
public final class NowcastReport {
  static final String TABLE = "nowcast.csv";
  static final String RESTATEMENT = "restatement.csv";
  static final String PATH = "nowcast-path";

  private NowcastReport() {}

  /**
   * Writes the files into {@code dir}, an existing folder, the manifest last.
   *
   * @param log receives one {@code Wrote <what> to <path>} line per kind of file
   * @return the files written
   */
  public static List<Path> write(
      Nowcast nowcast, RunInfo run, Path dir, Set<ChartFormat> charts, Consumer<String> log)
      throws IOException {
    List<Path> written = new ArrayList<>();
    Path table = dir.resolve(TABLE);
    Csv.write(table, header(), rows(nowcast));
    written.add(table);
    log.accept("Wrote nowcast (" + nowcast.targets().size() + " target checks) to " + table);
    if (!nowcast.restatements().isEmpty()) {
      Path file = dir.resolve(RESTATEMENT);
      Csv.write(file, restatementHeader(), restatementRows(nowcast));
      written.add(file);
      log.accept("Wrote 同口径 restatement to " + file);
    }
    if (nowcast.months().size() > 1) {
      Path file = dir.resolve(PATH + ".csv");
      Csv.write(
          file,
          List.of("target_id", "check", "period", "month", "p_met", "p_met_se"),
          pathRows(nowcast));
      written.add(file);
      log.accept("Wrote P(met) month by month to " + file);
      if (!charts.isEmpty()) {
        ChartLook look = ChartLook.detect();
        if (!look.notice().isEmpty()) {
          log.accept(look.notice());
        }
        written.addAll(Charts.render(chart(nowcast, look), dir, PATH, charts));
        log.accept(
            "Wrote P(met) chart to " + dir.resolve(PATH) + " (" + charts.size() + " formats)");
      }
    }
    Map<String, Object> json = Manifest.inputsAndSettings(
        nowcast.scenarioName(), "", nowcast.year(), nowcast.seed(), nowcast.paths(), run);
    json.put("command", "nowcast");
    json.put("as_of", nowcast.period(nowcast.asOf()));
    Map<String, Object> thresholds = new LinkedHashMap<>();
    thresholds.put("green_at_pct", nowcast.thresholds().greenAtPct());
    thresholds.put("red_below_pct", nowcast.thresholds().redBelowPct());
    json.put("status_thresholds", thresholds);
    List<Map<String, Object>> targets = new ArrayList<>();
    for (TargetNowcast row : nowcast.targets()) {
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("target_id", row.target().id());
      entry.put("check", row.check());
      entry.put("p_met_start", Manifest.rounded(row.start().value(), 4));
      entry.put("p_met_now", Manifest.rounded(row.now().value(), 4));
      entry.put("p_met_now_se", Manifest.rounded(row.now().stdError(), 5));
      entry.put("required_growth_pct", finite(row.requiredGrowthPct(), 4));
      entry.put("status", row.status().label());
      targets.add(entry);
    }
    json.put("targets", targets);
    json.put("not_nowcast", nowcast.notNowcast());
    written.add(Manifest.writeWithFiles(json, run, written, dir, log));
    return written;
  }

  static List<String> header() {
    return List.of(
        "target_id",
        "check",
        "name_zh",
        "name_en",
        "unit",
        "target",
        "as_of",
        "ytd_value",
        "ytd_value_from",
        "ytd_growth_pct",
        "completion_pct",
        "share_of_year_pct",
        "seasonal_share_pct",
        "p_met_start",
        "p_met_start_se",
        "p_met_now",
        "p_met_now_se",
        "change_pp",
        "required_growth_pct",
        "planned_growth_pct",
        "p_required_growth",
        "status",
        "status_zh",
        "actuals_source");
  }

  private static List<List<String>> rows(Nowcast nowcast) {
    List<List<String>> rows = new ArrayList<>();
    for (TargetNowcast row : nowcast.targets()) {
      rows.add(List.of(
          row.target().id(),
          row.check(),
          row.target().nameZh(),
          row.target().nameEn(),
          row.growth() ? "%" : row.target().unit(),
          Numbers.significant(row.threshold()),
          row.last().map(a -> a.period(nowcast.year())).orElse(""),
          row.last().isEmpty() || !row.flow() ? "" : Numbers.significant(row.ytd()),
          row.last().isEmpty() || !row.flow()
              ? ""
              : row.last().get().value().isPresent() ? "published" : "growth x 2022 path",
          row.last()
              .filter(a -> a.growthPct().isPresent())
              .map(a -> Numbers.significant(a.growthPct().getAsDouble()))
              .orElse(""),
          cell(row.completionPct(), 2),
          cell(row.shareOfYearPct(), 2),
          cell(row.seasonalPct(), 2),
          Numbers.fixed(row.start().value(), 4),
          Numbers.fixed(row.start().stdError(), 5),
          Numbers.fixed(row.now().value(), 4),
          Numbers.fixed(row.now().stdError(), 5),
          Numbers.fixed(100 * (row.now().value() - row.start().value()), 2),
          cell(row.requiredGrowthPct(), 2),
          cell(row.plannedGrowthPct(), 2),
          Numbers.fixed(row.now().value(), 4),
          row.status().label(),
          row.status().labelZh(),
          row.last().map(a -> a.source()).orElse("")));
    }
    return rows;
  }

  private static List<String> restatementHeader() {
    return List.of(
        "indicator",
        "period",
        "ytd_value",
        "ytd_growth_pct",
        "implied_base",
        "seasonal_base_2022",
        "difference",
        "difference_pct");
  }

  private static List<List<String>> restatementRows(Nowcast nowcast) {
    List<List<String>> rows = new ArrayList<>();
    for (Restatement r : nowcast.restatements()) {
      rows.add(List.of(
          r.indicator(),
          r.period(),
          Numbers.significant(r.ytd()),
          Numbers.significant(r.growthPct()),
          Numbers.significant(r.impliedBase()),
          Numbers.significant(r.seasonalBase()),
          Numbers.significant(r.difference()),
          Numbers.fixed(r.differencePct(), 2)));
    }
    return rows;
  }

  private static List<List<String>> pathRows(Nowcast nowcast) {
    List<List<String>> rows = new ArrayList<>();
    for (TargetNowcast row : nowcast.targets()) {
      rows.add(List.of(
          row.target().id(),
          row.check(),
          "start",
          "0",
          Numbers.fixed(row.start().value(), 4),
          Numbers.fixed(row.start().stdError(), 5)));
      for (MonthProbability month : row.path()) {
        rows.add(List.of(
            row.target().id(),
            row.check(),
            month.period(),
            Integer.toString(month.month()),
            Numbers.fixed(month.probability().value(), 4),
            Numbers.fixed(month.probability().stdError(), 5)));
      }
    }
    return rows;
  }

  /** One line per target check with actuals: P(met) from the start of the year month by month. */
  static XYChart chart(Nowcast nowcast, ChartLook look) {
    XYChart chart = look.xyChart(
        look.labels().nowcastTitle(nowcast.year(), nowcast.scenarioName()),
        look.labels().month(),
        look.labels().probabilityAxis());
    chart.getStyler().setYAxisMin(0.0);
    chart.getStyler().setYAxisMax(100.0);
    chart.getStyler().setXAxisMin(0.0);
    chart.getStyler().setXAxisMax(12.0);
    Set<String> used = new HashSet<>();
    for (TargetNowcast row : nowcast.targets()) {
      if (row.path().isEmpty()) {
        continue;
      }
      List<Double> months = new ArrayList<>(List.of(0.0));
      List<Double> percents = new ArrayList<>(List.of(100 * row.start().value()));
      for (MonthProbability month : row.path()) {
        months.add((double) month.month());
        percents.add(100 * month.probability().value());
      }
      String name =
          look.name(row.target().nameZh(), row.target().nameEn()) + (row.growth() ? " %" : "");
      if (!used.add(name)) {
        name = name + " (" + row.target().id() + ")";
        used.add(name);
      }
      chart.addSeries(name, months, percents).setMarker(SeriesMarkers.CIRCLE);
    }
    return chart;
  }

  private static String cell(double value, int decimals) {
    return Double.isNaN(value) ? "" : Numbers.fixed(value, decimals);
  }

  private static Object finite(double value, int decimals) {
    return Double.isNaN(value) ? null : Manifest.rounded(value, decimals);
  }
}
