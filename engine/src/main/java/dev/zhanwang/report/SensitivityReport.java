package dev.zhanwang.report;

import dev.zhanwang.data.Target;
import dev.zhanwang.forecast.Criterion;
import dev.zhanwang.forecast.RunInfo;
import dev.zhanwang.sensitivity.GlobalMeasure;
import dev.zhanwang.sensitivity.GoalSeek;
import dev.zhanwang.sensitivity.SensitivityAnalysis;
import dev.zhanwang.sensitivity.StressComparison;
import dev.zhanwang.sensitivity.TargetCheck;
import dev.zhanwang.sensitivity.Tornado;
import dev.zhanwang.sim.Stress;
import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.knowm.xchart.AnnotationLine;
import org.knowm.xchart.AnnotationText;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The files of the sensitivity commands, each set written whole into an existing folder with
 * {@code manifest.json} last:
 *
 * <ul>
 *   <li>{@code forecast sensitivity}: {@code tornado.csv} (one row per target check and assumption:
 *       the range it was moved over, P(met) at each end, the swing and its paired standard error),
 *       {@code global.csv} (one row per target check and indicator: rank correlation of the
 *       indicator's annual shock with the outcome, P(met) in the shock's bottom and top fifth)
 *       and a tornado chart per target check, {@code tornado-<target>-<level|growth>.png/.svg};
 *   <li>{@code forecast goal-seek}: {@code goal-seek.csv};
 *   <li>{@code forecast stress}: {@code stress.csv}.
 * </ul>
 *
 * CSV files are UTF-8 with a byte-order mark, for Excel.
 */
public final class SensitivityReport {
  static final String TORNADO_CSV = "tornado.csv";
  static final String GLOBAL_CSV = "global.csv";
  static final String GOAL_SEEK_CSV = "goal-seek.csv";
  static final String STRESS_CSV = "stress.csv";
  /** Bars drawn per tornado chart; the CSV has them all. */
  static final int CHART_BARS = 12;

  private static final Color LOW_COLOUR = new Color(0xE69F00);
  private static final Color HIGH_COLOUR = new Color(0x0072B2);

  private SensitivityReport() {}

  /**
   * Writes a sensitivity analysis's files into {@code dir}.
   *
   * @param log receives one {@code Wrote <what> to <path>} line per kind of file
   */
  public static List<Path> write(
      SensitivityAnalysis analysis, RunInfo run, Path dir, Consumer<String> log)
      throws IOException {
    ChartLook look = ChartLook.detect();
    List<Path> written = new ArrayList<>();
    Path tornado = dir.resolve(TORNADO_CSV);
    Csv.write(tornado, tornadoHeader(), tornadoRows(analysis));
    written.add(tornado);
    log.accept(String.format(
        "Wrote one-at-a-time swings (%d target checks, %d runs) to %s",
        analysis.tornadoes().size(), analysis.runs(), tornado));
    Path global = dir.resolve(GLOBAL_CSV);
    Csv.write(global, globalHeader(), globalRows(analysis));
    written.add(global);
    log.accept("Wrote rank correlations and binned changes from the base run to " + global);
    if (!look.notice().isEmpty()) {
      log.accept(look.notice());
    }
    for (Tornado t : analysis.tornadoes()) {
      String name =
          "tornado-" + fileSafe(t.check().targetId()) + "-" + t.check().criterion();
      written.addAll(Charts.render(chart(t, analysis.year(), look), dir, name, ChartFormat.all()));
    }
    log.accept(String.format(
        "Wrote %d tornado charts to %s.png and .svg",
        analysis.tornadoes().size(), dir.resolve("tornado-*")));
    Map<String, Object> json = Manifest.inputsAndSettings(
        analysis.scenarioName(),
        analysis.description(),
        analysis.year(),
        analysis.seed(),
        analysis.paths(),
        run);
    json.put("runs", analysis.runs());
    json.put(
        "measures",
        Map.of(
            "tornado.csv",
            "one at a time: each assumption moved over its range (growth_pct: the indicator's own"
                + " 10%-90% growth band in the base run; uncertainty_pct: x0.5 to x1.5),"
                + " everything else held, every run from the same seed (common random numbers);"
                + " swing = P(met at high) - P(met at low), with its paired standard error",
            "global.csv",
            "from the base run alone: Spearman rank correlation of each indicator's annual shock"
                + " (monthly innovations summed over the year) with the outcome, and P(met) where"
                + " that shock is in its bottom and top fifth"));
    Path manifest = Manifest.writeWithFiles(json, run, written, dir, log);
    written.add(manifest);
    return written;
  }

  static List<String> tornadoHeader() {
    return List.of(
        "target_id",
        "criterion",
        "name_zh",
        "name_en",
        "unit",
        "target",
        "p_base",
        "se_base",
        "rank",
        "assumption",
        "base_value",
        "low_value",
        "high_value",
        "range",
        "p_low",
        "p_high",
        "swing",
        "swing_se",
        "feeds_target");
  }

  private static List<List<String>> tornadoRows(SensitivityAnalysis analysis) {
    List<List<String>> rows = new ArrayList<>();
    for (Tornado t : analysis.tornadoes()) {
      int rank = 0;
      for (Tornado.Bar bar : t.bars()) {
        List<String> row = new ArrayList<>(checkCells(t.check()));
        row.addAll(List.of(
            Numbers.fixed(t.probabilityBase(), 4),
            Numbers.fixed(t.baseStdError(), 5),
            Integer.toString(++rank),
            bar.assumption().label(),
            Numbers.significant(bar.assumption().base()),
            Numbers.significant(bar.assumption().low()),
            Numbers.significant(bar.assumption().high()),
            bar.assumption().kind().range(),
            Numbers.fixed(bar.probabilityLow(), 4),
            Numbers.fixed(bar.probabilityHigh(), 4),
            Numbers.fixed(bar.swing(), 4),
            Numbers.fixed(bar.swingStdError(), 5),
            bar.feeds() ? "yes" : "no"));
        rows.add(row);
      }
    }
    return rows;
  }

  /** target_id, criterion, name_zh, name_en, unit, target. */
  private static List<String> checkCells(TargetCheck check) {
    Target target = check.planned().target();
    return List.of(
        target.id(),
        check.criterion(),
        target.nameZh(),
        target.nameEn(),
        check.planned().unit(),
        Numbers.significant(check.planned().threshold()));
  }

  static List<String> globalHeader() {
    return List.of(
        "target_id",
        "criterion",
        "name_zh",
        "name_en",
        "unit",
        "target",
        "indicator",
        "rank_correlation_annual_shock",
        "p_met_shock_bottom_fifth",
        "p_met_shock_top_fifth",
        "binned_change");
  }

  private static List<List<String>> globalRows(SensitivityAnalysis analysis) {
    List<List<String>> rows = new ArrayList<>();
    for (GlobalMeasure measure : analysis.global()) {
      for (GlobalMeasure.Row r : measure.rows()) {
        List<String> row = new ArrayList<>(checkCells(measure.check()));
        row.addAll(List.of(
            r.indicator(),
            Numbers.fixed(r.rankCorrelation(), 4),
            Numbers.fixed(r.probabilityBottomFifth(), 4),
            Numbers.fixed(r.probabilityTopFifth(), 4),
            Numbers.fixed(r.binnedChange(), 4)));
        rows.add(row);
      }
    }
    return rows;
  }

  /**
   * A tornado: per assumption, largest swing on top, a bar from the base P(met) to P(met) at the
   * low value and one to P(met) at the high value, the assumption and its range written above.
   */
  static XYChart chart(Tornado tornado, int year, ChartLook look) {
    Target target = tornado.check().planned().target();
    String name = look.labels()
        .check(
            look.name(target.nameZh(), target.nameEn()),
            tornado.check().planned().growth() ? Criterion.GROWTH : Criterion.LEVEL);
    XYChart chart = look.xyChart(
        look.name(
            year + "年 " + name + "：各假设单独变动时的达标概率",
            year + " " + name + ": P(target met) as each assumption moves alone"),
        look.name(
            "达标概率（%）：橙色 = 假设取低值，蓝色 = 假设取高值，竖线 = 情景原值",
            "P(target met), %: orange = assumption at its low value, blue = at its high value,"
                + " line = the scenario as it is"),
        "");
    chart.getStyler().setYAxisTicksVisible(false);
    chart.getStyler().setPlotGridHorizontalLinesVisible(false);
    chart.getStyler().setXAxisMin(0.0);
    chart.getStyler().setXAxisMax(100.0);
    List<Tornado.Bar> bars =
        tornado.bars().subList(0, Math.min(CHART_BARS, tornado.bars().size()));
    double base = 100 * tornado.probabilityBase();
    BasicStroke thick = new BasicStroke(18f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER);
    for (int i = 0; i < bars.size(); i++) {
      Tornado.Bar bar = bars.get(i);
      double y = bars.size() - i;
      XYSeries low = chart.addSeries(
          "low " + i, new double[] {base, 100 * bar.probabilityLow()}, new double[] {y, y});
      XYSeries high = chart.addSeries(
          "high " + i, new double[] {base, 100 * bar.probabilityHigh()}, new double[] {y, y});
      for (XYSeries series : List.of(low, high)) {
        series.setMarker(SeriesMarkers.NONE);
        series.setLineStyle(thick);
        series.setShowInLegend(false);
      }
      low.setLineColor(LOW_COLOUR);
      high.setLineColor(HIGH_COLOUR);
      String text = String.format(
          Locale.ROOT,
          "%s %s..%s: %.1f / %.1f",
          bar.assumption().label(),
          Numbers.label(bar.assumption().low()),
          Numbers.label(bar.assumption().high()),
          100 * bar.probabilityLow(),
          100 * bar.probabilityHigh());
      chart.addAnnotation(new AnnotationText(text, 50, y + 0.4, false));
    }
    chart.getStyler().setLegendVisible(false);
    chart.getStyler().setYAxisMin(0.4);
    chart.getStyler().setYAxisMax(bars.size() + 0.8);
    chart.addAnnotation(new AnnotationLine(base, true, false));
    return chart;
  }

  /**
   * Writes a goal seek's {@code goal-seek.csv} and manifest into {@code dir}: one row per growth
   * found, or per target check and likelihood.
   */
  public static List<Path> writeGoalSeek(
      String scenarioName,
      String description,
      int year,
      long seed,
      long paths,
      List<GoalSeek.Growth> growths,
      List<GoalSeek.Levels> levels,
      RunInfo run,
      Path dir,
      Consumer<String> log)
      throws IOException {
    List<Path> written = new ArrayList<>();
    Path csv = dir.resolve(GOAL_SEEK_CSV);
    List<List<String>> rows = new ArrayList<>();
    for (GoalSeek.Growth g : growths) {
      List<String> row = new ArrayList<>(checkCells(g.check()));
      row.addAll(List.of(
          "growth",
          g.indicator() + ".growth_pct",
          Numbers.fixed(g.probability(), 4),
          Numbers.significant(g.growthPct()),
          Numbers.significant(g.stdError()),
          Numbers.significant(g.growthPct() - 1.96 * g.stdError()),
          Numbers.significant(g.growthPct() + 1.96 * g.stdError()),
          Numbers.fixed(g.probabilityAt(), 4),
          Numbers.significant(g.scenarioGrowthPct()),
          Numbers.fixed(g.probabilityInScenario(), 4),
          Integer.toString(g.steps())));
      rows.add(row);
    }
    for (GoalSeek.Levels l : levels) {
      for (GoalSeek.Level level : l.levels()) {
        List<String> row = new ArrayList<>(checkCells(l.check()));
        row.addAll(List.of(
            "target_level",
            "",
            Numbers.fixed(level.probability(), 4),
            Numbers.significant(level.level()),
            "",
            Numbers.significant(level.low()),
            Numbers.significant(level.high()),
            Numbers.fixed(level.probability(), 4),
            "",
            Numbers.fixed(l.probabilityMet(), 4),
            "1"));
        rows.add(row);
      }
    }
    Csv.write(csv, goalSeekHeader(), rows);
    written.add(csv);
    log.accept(String.format("Wrote goal seek (%d rows) to %s", rows.size(), csv));
    Map<String, Object> json =
        Manifest.inputsAndSettings(scenarioName, description, year, seed, paths, run);
    json.put(
        "method",
        growths.isEmpty()
            ? "target levels: the outcome's quantiles, P(outcome >= level) = probability, with a"
                + " distribution-free 95% interval from order statistics"
            : "bisection on growth_pct, every step from the same seed (common random numbers),"
                + " until the bracket is a tenth of the s.e. (at least " + GoalSeek.TOLERANCE_PCT
                + " points); s.e. = sqrt(p(1-p)/n) / slope, the slope from runs at +-h");
    Path manifest = Manifest.writeWithFiles(json, run, written, dir, log);
    written.add(manifest);
    return written;
  }

  static List<String> goalSeekHeader() {
    return List.of(
        "target_id",
        "criterion",
        "name_zh",
        "name_en",
        "unit",
        "target",
        "sought",
        "varied",
        "probability",
        "value",
        "value_se",
        "value_low95",
        "value_high95",
        "p_at_value",
        "scenario_value",
        "p_in_scenario",
        "simulations");
  }

  /** Writes a stress comparison's {@code stress.csv} and manifest into {@code dir}. */
  public static List<Path> writeStress(
      StressComparison comparison, RunInfo run, Path dir, Consumer<String> log) throws IOException {
    List<Path> written = new ArrayList<>();
    Path csv = dir.resolve(STRESS_CSV);
    List<List<String>> rows = new ArrayList<>();
    String bands = String.join(
        "; ", comparison.stress().bands().stream().map(Stress.Band::label).toList());
    for (StressComparison.Row r : comparison.rows()) {
      List<String> row = new ArrayList<>(
          r.check() == null
              ? List.of(
                  ComparisonReport.ALL_MET,
                  "",
                  Labels.CHINESE.allTargetsMet(),
                  Labels.ENGLISH.allTargetsMet(),
                  "",
                  "")
              : checkCells(r.check()));
      row.addAll(List.of(
          bands,
          Numbers.fixed(r.unstressed(), 4),
          Numbers.fixed(r.unstressedStdError(), 5),
          Numbers.fixed(r.stressed(), 4),
          Numbers.fixed(r.stressedStdError(), 5),
          Numbers.fixed(r.difference(), 4),
          Numbers.fixed(r.differenceStdError(), 5)));
      rows.add(row);
    }
    Csv.write(csv, stressHeader(), rows);
    written.add(csv);
    log.accept(String.format(
        "Wrote stressed and unstressed P(target met) (%d rows) to %s", rows.size(), csv));
    Map<String, Object> json = Manifest.inputsAndSettings(
        comparison.scenarioName(),
        comparison.description(),
        comparison.year(),
        comparison.seed(),
        comparison.paths(),
        run);
    json.put(
        "stress", comparison.stress().bands().stream().map(Stress.Band::label).toList());
    json.put("notes", comparison.notes());
    Path manifest = Manifest.writeWithFiles(json, run, written, dir, log);
    written.add(manifest);
    return written;
  }

  static List<String> stressHeader() {
    return List.of(
        "target_id",
        "criterion",
        "name_zh",
        "name_en",
        "unit",
        "target",
        "stress",
        "p_unstressed",
        "se_unstressed",
        "p_stressed",
        "se_stressed",
        "difference",
        "difference_se");
  }

  private static String fileSafe(String id) {
    return id.replaceAll("[^A-Za-z0-9_.-]", "_");
  }
}
