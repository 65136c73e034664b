package dev.zhanwang.report;

import dev.zhanwang.comparison.ModelComparison;
import dev.zhanwang.comparison.ModelComparison.ModelRun;
import dev.zhanwang.data.Target;
import dev.zhanwang.forecast.RunInfo;
import dev.zhanwang.forecast.TargetOutcome;
import dev.zhanwang.model.GrowthModel;
import java.awt.Color;
import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.style.CategoryStyler;
import org.knowm.xchart.style.Styler.LegendLayout;
import org.knowm.xchart.style.Styler.LegendPosition;

/**
 * The files of a model comparison: {@code compare.csv} (UTF-8 with BOM, one row per target check
 * and one for all targets at once: P(met), its standard error and the median outcome per model,
 * then the spread between the models and its paired standard error), {@code compare.png} and
 * {@code .svg} (P(met) per target check, one bar per model) and {@code manifest.json}, the run's
 * manifest with each model's notes.
 */
public final class ComparisonReport {
  static final String CSV = "compare.csv";
  static final String CHART = "compare";
  /** Wider and taller than the other charts: a bar per model and target check, names upwards. */
  static final int WIDTH = 1400;

  static final int HEIGHT = 860;
  /**
   * Height the plot keeps above names written upwards; the chart grows by what the longest name
   * needs beyond the rest, so names are shown in full, as in the P(target met) chart.
   */
  private static final int PLOT_HEIGHT = 450;
  /** The chart's title, axis title, legend and margins, besides the plot and the names. */
  private static final int FRAME_HEIGHT = 170;

  private static final FontRenderContext MEASURE = new FontRenderContext(null, true, true);
  /** Bar colours per model, in the order asked for; colour-blind safe (Okabe-Ito). */
  private static final Color[] COLOURS = {
    new Color(0x0072B2),
    new Color(0xE69F00),
    new Color(0x009E73),
    new Color(0xCC79A7),
    new Color(0x56B4E9),
    new Color(0xD55E00)
  };
  /** The all-met row's id, which no target has (target ids are snake_case). */
  static final String ALL_MET = "all_targets";

  private ComparisonReport() {}

  /**
   * Writes the three into {@code dir}, an existing folder, the manifest last.
   *
   * @param log receives one {@code Wrote <what> to <path>} line per kind of file
   * @return the files written
   */
  public static List<Path> write(
      ModelComparison comparison, RunInfo run, Path dir, Consumer<String> log) throws IOException {
    return write(comparison, run, dir, ChartLook.detect(), log);
  }

  static List<Path> write(
      ModelComparison comparison, RunInfo run, Path dir, ChartLook look, Consumer<String> log)
      throws IOException {
    List<Path> written = new ArrayList<>();
    Path csv = dir.resolve(CSV);
    Csv.write(csv, header(comparison.models()), rows(comparison));
    written.add(csv);
    log.accept(String.format(
        "Wrote comparison table (%d target checks x %d models) to %s",
        comparison.checks().size(), comparison.runs().size(), csv));
    if (!look.notice().isEmpty()) {
      log.accept(look.notice());
    }
    written.addAll(Charts.render(chart(comparison, look), dir, CHART, ChartFormat.all()));
    log.accept("Wrote P(target met) by model chart to " + dir.resolve(CHART) + ".png and .svg");
    Map<String, Object> json = Manifest.inputsAndSettings(
        comparison.scenarioName(),
        comparison.description(),
        comparison.year(),
        comparison.seed(),
        comparison.paths(),
        run);
    json.put("models", models(comparison));
    Path manifest = Manifest.writeWithFiles(json, run, written, dir, log);
    written.add(manifest);
    return written;
  }

  static List<String> header(List<GrowthModel> models) {
    List<String> header =
        new ArrayList<>(List.of("target_id", "criterion", "name_zh", "name_en", "unit", "target"));
    for (GrowthModel model : models) {
      header.addAll(List.of("p_" + model.label(), "se_" + model.label(), "p50_" + model.label()));
    }
    header.addAll(List.of("spread", "spread_se"));
    return header;
  }

  private static List<List<String>> rows(ModelComparison comparison) {
    List<List<String>> rows = new ArrayList<>();
    List<TargetOutcome> checks = comparison.checks();
    for (int c = 0; c < checks.size(); c++) {
      TargetOutcome check = checks.get(c);
      Target target = check.target();
      List<String> row = new ArrayList<>(List.of(
          target.id(),
          check.criterion().label(),
          target.nameZh(),
          target.nameEn(),
          check.unit(),
          Numbers.significant(check.threshold())));
      for (ModelRun run : comparison.runs()) {
        TargetOutcome outcome = run.outcomes().get(c);
        row.addAll(List.of(
            Numbers.fixed(outcome.probabilityMet(), 4),
            Numbers.fixed(outcome.mcStdError(), 5),
            Numbers.significant(outcome.outcome().quantile(0.5))));
      }
      row.addAll(List.of(
          Numbers.fixed(comparison.spread(c), 4), Numbers.fixed(comparison.spreadStdError(c), 5)));
      rows.add(row);
    }
    List<String> all = new ArrayList<>(List.of(
        ALL_MET, "", Labels.CHINESE.allTargetsMet(), Labels.ENGLISH.allTargetsMet(), "", ""));
    for (ModelRun run : comparison.runs()) {
      all.addAll(List.of(
          Numbers.fixed(run.probabilityAllMet(), 4),
          Numbers.fixed(run.probabilityAllMetStdError(), 5),
          ""));
    }
    all.addAll(List.of(
        Numbers.fixed(comparison.spreadAllMet(), 4),
        Numbers.fixed(comparison.spreadAllMetStdError(), 5)));
    rows.add(all);
    return rows;
  }

  static CategoryChart chart(ModelComparison comparison, ChartLook look) {
    Labels labels = look.labels();
    String scenario = look.name(comparison.scenarioName(), comparison.scenarioName());
    List<String> names = ProbabilityChart.categories(comparison.checks(), look);
    names.add(labels.allTargetsMet());
    CategoryChart chart = look.categoryChart(
        labels.comparisonTitle(comparison.year(), scenario),
        "",
        labels.probabilityAxis(),
        WIDTH,
        heightFor(names, look));
    CategoryStyler styler = chart.getStyler();
    // Below the plot, in one row: inside it would hide the bars of targets likely to be met.
    styler.setLegendPosition(LegendPosition.OutsideS);
    styler.setLegendLayout(LegendLayout.Horizontal);
    styler.setXAxisLabelRotation(90);
    styler.setYAxisMin(0.0);
    styler.setYAxisMax(100.0);
    styler.setYAxisDecimalPattern("0");
    styler.setSeriesColors(COLOURS);
    styler.setOverlapped(false);
    for (ModelRun run : comparison.runs()) {
      List<Double> percents = new ArrayList<>();
      for (TargetOutcome outcome : run.outcomes()) {
        percents.add(100 * outcome.probabilityMet());
      }
      percents.add(100 * run.probabilityAllMet());
      chart.addSeries(run.model().label(), names, percents);
    }
    return chart;
  }

  /**
   * The height of a chart with {@code names} written upwards under its bars: {@link #HEIGHT}, or
   * more when the longest name would leave the plot less than {@link #PLOT_HEIGHT}.
   */
  static int heightFor(List<String> names, ChartLook look) {
    // XChart writes category names in the axis tick font (ChartLook's 14 points).
    Font font = look.font().deriveFont(14f);
    double longest = 0;
    for (String name : names) {
      longest = Math.max(longest, font.getStringBounds(name, MEASURE).getWidth());
    }
    return Math.max(HEIGHT, PLOT_HEIGHT + FRAME_HEIGHT + (int) Math.ceil(longest));
  }

  private static List<Map<String, Object>> models(ModelComparison comparison) {
    List<Map<String, Object>> models = new ArrayList<>();
    for (ModelRun run : comparison.runs()) {
      Map<String, Object> model = new LinkedHashMap<>();
      model.put("model", run.model().label());
      model.put("probability_all_met", Manifest.rounded(run.probabilityAllMet(), 4));
      model.put("probability_all_met_se", Manifest.rounded(run.probabilityAllMetStdError(), 5));
      model.put("notes", run.notes());
      models.add(model);
    }
    return models;
  }
}
