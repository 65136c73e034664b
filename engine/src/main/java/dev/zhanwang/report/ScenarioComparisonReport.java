package dev.zhanwang.report;

import dev.zhanwang.data.Target;
import dev.zhanwang.forecast.RunInfo;
import dev.zhanwang.forecast.TargetOutcome;
import dev.zhanwang.scenariocompare.AssumptionGroup;
import dev.zhanwang.scenariocompare.AssumptionKind;
import dev.zhanwang.scenariocompare.ScenarioComparison;
import dev.zhanwang.scenariocompare.ScenarioComparison.Attribution;
import dev.zhanwang.scenariocompare.ScenarioComparison.ScenarioEntry;
import dev.zhanwang.scenariocompare.ScenarioComparison.Share;
import dev.zhanwang.scenariocompare.ScenarioComparison.Versus;
import dev.zhanwang.sim.Histogram;
import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.LongStream;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.CategoryStyler;
import org.knowm.xchart.style.Styler.LegendLayout;
import org.knowm.xchart.style.Styler.LegendPosition;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The files of a scenario comparison, all UTF-8 CSV with BOM:
 *
 * <ul>
 *   <li>{@code scenarios.csv}: per target check and for all at once, each scenario's P(met) and
 *       its standard error, then per scenario after the first its change from the first and the
 *       paired standard error of that change;
 *   <li>{@code attribution.csv}: per scenario after the first, target check and share, the share
 *       of the change, its sampling standard error (0 when exact), its fraction of the change and
 *       how it was computed;
 *   <li>{@code differences.csv}: each group of differing assumptions, what changed and whether it
 *       can move any target;
 *   <li>{@code compare-scenarios.png} and {@code .svg}: the change in P(met) per target check,
 *       error bars ±2 paired s.e.; {@code distribution-CHECK.png}: each check's outcome
 *       distributions overlaid, the target a dashed line;
 *   <li>{@code attribution-N.png} and {@code .svg}, for the N-th scenario (2, 3, ...): per target
 *       check whose P(met) changed, the shares stacked by kind of assumption (gains above zero,
 *       losses below);
 *   <li>{@code manifest.json}.
 * </ul>
 */
public final class ScenarioComparisonReport {
  static final String SCENARIOS = "scenarios.csv";
  static final String ATTRIBUTION = "attribution.csv";
  static final String DIFFERENCES = "differences.csv";
  static final String CHART = "compare-scenarios";
  static final String DISTRIBUTION = "distribution-";
  static final String ATTRIBUTION_CHART = "attribution";
  private static final Color[] COLOURS = {
    new Color(0x0072B2),
    new Color(0xE69F00),
    new Color(0x009E73),
    new Color(0xCC79A7),
    new Color(0x56B4E9),
    new Color(0xD55E00)
  };

  private ScenarioComparisonReport() {}

  /**
   * Writes the files into {@code dir}, an existing folder, the manifest last.
   *
   * @param log receives one {@code Wrote <what> to <path>} line per kind of file
   * @return the files written
   */
  public static List<Path> write(
      ScenarioComparison comparison, RunInfo run, Path dir, Consumer<String> log)
      throws IOException {
    ChartLook look = ChartLook.detect();
    List<Path> written = new ArrayList<>();
    Path scenarios = dir.resolve(SCENARIOS);
    Csv.write(scenarios, scenariosHeader(comparison), scenariosRows(comparison));
    written.add(scenarios);
    log.accept(String.format(
        "Wrote P(target met) per scenario and change from the first (%d target checks x %d"
            + " scenarios) to %s",
        comparison.checks().size(), comparison.scenarios().size(), scenarios));
    Path attribution = dir.resolve(ATTRIBUTION);
    Csv.write(attribution, ATTRIBUTION_HEADER, attributionRows(comparison));
    written.add(attribution);
    log.accept("Wrote attribution of each change to the assumptions that differ to " + attribution);
    Path differences = dir.resolve(DIFFERENCES);
    Csv.write(differences, DIFFERENCES_HEADER, differencesRows(comparison));
    written.add(differences);
    log.accept("Wrote the differing assumptions to " + differences);
    if (!look.notice().isEmpty()) {
      log.accept(look.notice());
    }
    written.addAll(Charts.render(changeChart(comparison, look), dir, CHART, ChartFormat.all()));
    log.accept("Wrote change in P(target met) chart to " + dir.resolve(CHART) + ".png and .svg");
    for (Versus versus : comparison.versus()) {
      String name = ATTRIBUTION_CHART + "-" + (versus.scenario() + 1);
      written.addAll(
          Charts.render(attributionChart(comparison, versus, look), dir, name, ChartFormat.all()));
      log.accept("Wrote attribution chart of "
          + comparison.scenarios().get(versus.scenario()).name() + " to " + dir.resolve(name)
          + ".png and .svg");
    }
    // Beside the other files, not in a folder of their own: an output folder holds only the
    // files its manifest lists, so that a later run can tell it is safe to replace.
    List<TargetOutcome> checks = comparison.checks();
    for (int c = 0; c < checks.size(); c++) {
      written.addAll(Charts.render(
          distributionChart(comparison, c, look),
          dir,
          DISTRIBUTION + fileName(checks.get(c)),
          Set.of(ChartFormat.PNG)));
    }
    log.accept(String.format(
        "Wrote %d overlaid outcome distributions to %s",
        checks.size(), dir.resolve(DISTRIBUTION + "*.png")));
    Map<String, Object> json = Manifest.inputsAndSettings(
        comparison.scenarios().get(0).name(),
        comparison.scenarios().get(0).description(),
        comparison.year(),
        comparison.seed(),
        comparison.paths(),
        run);
    json.put(
        "scenarios", comparison.scenarios().stream().map(ScenarioEntry::name).toList());
    json.put("attribution", methods(comparison));
    written.add(Manifest.writeWithFiles(json, run, written, dir, log));
    return written;
  }

  static String fileName(TargetOutcome check) {
    return (check.target().id() + "-" + check.criterion().label())
        .replaceAll("[^A-Za-z0-9_.-]", "_");
  }

  private static List<String> scenariosHeader(ScenarioComparison comparison) {
    List<String> header =
        new ArrayList<>(List.of("target_id", "criterion", "name_zh", "name_en", "unit", "target"));
    for (ScenarioEntry entry : comparison.scenarios()) {
      header.addAll(List.of("p_" + entry.name(), "se_" + entry.name()));
    }
    for (ScenarioEntry entry :
        comparison.scenarios().subList(1, comparison.scenarios().size())) {
      header.addAll(List.of("change_" + entry.name(), "change_se_" + entry.name()));
    }
    return header;
  }

  private static List<List<String>> scenariosRows(ScenarioComparison comparison) {
    List<List<String>> rows = new ArrayList<>();
    List<TargetOutcome> checks = comparison.checks();
    for (int row = 0; row <= checks.size(); row++) {
      List<String> cells = new ArrayList<>(leading(checks, row));
      for (int s = 0; s < comparison.scenarios().size(); s++) {
        double p = comparison.probability(s, row);
        cells.add(Numbers.fixed(p, 4));
        cells.add(Numbers.fixed(Math.sqrt(p * (1 - p) / comparison.paths()), 5));
      }
      for (int s = 1; s < comparison.scenarios().size(); s++) {
        double[] change = comparison.change(s, row);
        cells.add(Numbers.fixed(change[0], 4));
        cells.add(Numbers.fixed(change[1], 5));
      }
      rows.add(cells);
    }
    return rows;
  }

  /** A row's target columns: the check's, or the all-at-once row's. */
  private static List<String> leading(List<TargetOutcome> checks, int row) {
    if (row == checks.size()) {
      return List.of(
          ComparisonReport.ALL_MET,
          "",
          Labels.CHINESE.allTargetsMet(),
          Labels.ENGLISH.allTargetsMet(),
          "",
          "");
    }
    TargetOutcome check = checks.get(row);
    Target target = check.target();
    return List.of(
        target.id(),
        check.criterion().label(),
        target.nameZh(),
        target.nameEn(),
        check.unit(),
        Numbers.significant(check.threshold()));
  }

  private static final List<String> ATTRIBUTION_HEADER = List.of(
      "scenario",
      "target_id",
      "criterion",
      "change",
      "change_se",
      "share_of",
      "share",
      "share_se",
      "fraction_of_change",
      "method");

  private static List<List<String>> attributionRows(ScenarioComparison comparison) {
    List<List<String>> rows = new ArrayList<>();
    List<TargetOutcome> checks = comparison.checks();
    for (Versus versus : comparison.versus()) {
      String name = comparison.scenarios().get(versus.scenario()).name();
      for (int row = 0; row <= checks.size(); row++) {
        double[] change = comparison.change(versus.scenario(), row);
        Attribution attribution = versus.rows().get(row);
        for (Share share : attribution.shares()) {
          rows.add(List.of(
              name,
              leading(checks, row).get(0),
              leading(checks, row).get(1),
              Numbers.fixed(change[0], 4),
              Numbers.fixed(change[1], 5),
              share.label(),
              Numbers.fixed(share.change(), 4),
              Numbers.fixed(share.stdError(), 5),
              change[0] == 0 ? "" : Numbers.fixed(share.change() / change[0], 3),
              method(attribution)));
        }
      }
    }
    return rows;
  }

  /** How an attribution was computed, in words. */
  public static String method(Attribution attribution) {
    return attribution.sampled()
        ? "sampled Shapley (" + attribution.orders() + " random orders, " + attribution.coalitions()
            + " hybrid scenarios)"
        : "exact Shapley (" + attribution.coalitions() + " hybrid scenarios)";
  }

  private static final List<String> DIFFERENCES_HEADER =
      List.of("scenario", "group", "indicator", "kind", "change", "moves");

  private static List<List<String>> differencesRows(ScenarioComparison comparison) {
    List<List<String>> rows = new ArrayList<>();
    for (Versus versus : comparison.versus()) {
      String name = comparison.scenarios().get(versus.scenario()).name();
      for (AssumptionGroup group : versus.groups()) {
        rows.add(List.of(
            name,
            group.label(),
            group.indicator(),
            group.kind().label(),
            group.change(),
            moves(versus, group)));
      }
    }
    return rows;
  }

  /** What a group can move, in words. */
  public static String moves(Versus versus, AssumptionGroup group) {
    if (!versus.touchingNoTarget().contains(group)) {
      return "targets";
    }
    return group.indicator().isEmpty()
        ? "no single target: only all targets at once (each indicator keeps its own distribution)"
        : "no target (no target is measured on " + group.indicator() + " or built from it)";
  }

  private static List<Map<String, Object>> methods(ScenarioComparison comparison) {
    List<Map<String, Object>> list = new ArrayList<>();
    for (Versus versus : comparison.versus()) {
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("scenario", comparison.scenarios().get(versus.scenario()).name());
      entry.put("groups", versus.groups().size());
      entry.put(
          "sampled_rows", versus.rows().stream().filter(Attribution::sampled).count());
      entry.put("sums_exactly", versus.rows().stream().allMatch(Attribution::exactSum));
      list.add(entry);
    }
    return list;
  }

  private static String pick(ChartLook look, String chinese, String english) {
    return look.labels() == Labels.CHINESE ? chinese : english;
  }

  static CategoryChart changeChart(ScenarioComparison comparison, ChartLook look) {
    String base = comparison.scenarios().get(0).name();
    List<String> names = ProbabilityChart.categories(comparison.checks(), look);
    names.add(look.labels().allTargetsMet());
    CategoryChart chart = look.categoryChart(
        pick(
            look,
            comparison.year() + "年目标完成概率的变化：相对 " + base + "（共同随机数，误差线 ±2 配对标准误）",
            "Change in P(target met), " + comparison.year() + ", from " + base
                + " (common random numbers, error bars ±2 paired s.e.)"),
        "",
        pick(look, "完成概率变化（百分点）", "Change in P(target met) (percentage points)"),
        ComparisonReport.WIDTH,
        ComparisonReport.heightFor(names, look));
    CategoryStyler styler = chart.getStyler();
    styler.setLegendPosition(LegendPosition.OutsideS);
    styler.setLegendLayout(LegendLayout.Horizontal);
    styler.setXAxisLabelRotation(90);
    styler.setYAxisDecimalPattern("0");
    styler.setSeriesColors(COLOURS);
    styler.setErrorBarsColor(Color.BLACK);
    styler.setOverlapped(false);
    for (int s = 1; s < comparison.scenarios().size(); s++) {
      List<Double> changes = new ArrayList<>();
      List<Double> errors = new ArrayList<>();
      for (int row = 0; row < names.size(); row++) {
        double[] change = comparison.change(s, row);
        changes.add(100 * change[0]);
        errors.add(200 * change[1]);
      }
      chart.addSeries(comparison.scenarios().get(s).name(), names, changes, errors);
    }
    return chart;
  }

  static CategoryChart attributionChart(
      ScenarioComparison comparison, Versus versus, ChartLook look) {
    String base = comparison.scenarios().get(0).name();
    List<TargetOutcome> checks = comparison.checks();
    List<String> all = ProbabilityChart.categories(checks, look);
    all.add(look.labels().allTargetsMet());
    String other = comparison.scenarios().get(versus.scenario()).name();
    CategoryChart chart = look.categoryChart(
        pick(
            look,
            other + " 相对 " + base + "：完成概率变化按假设分解（Shapley）",
            "What moves P(target met): " + other + " against " + base + " (Shapley shares)"),
        "",
        pick(look, "完成概率变化（百分点）", "Change in P(target met) (percentage points)"),
        ComparisonReport.WIDTH,
        ComparisonReport.heightFor(all, look));
    CategoryStyler styler = chart.getStyler();
    styler.setLegendPosition(LegendPosition.OutsideS);
    styler.setLegendLayout(LegendLayout.Horizontal);
    styler.setXAxisLabelRotation(90);
    styler.setYAxisDecimalPattern("0");
    styler.setStacked(true);
    List<Integer> rows = new ArrayList<>();
    for (int row = 0; row <= checks.size(); row++) {
      if (comparison.change(versus.scenario(), row)[0] != 0.0) {
        rows.add(row);
      }
    }
    if (rows.isEmpty()) {
      chart.addSeries(pick(look, "无变化", "no change"), List.of(""), List.of(0.0));
      return chart;
    }
    List<String> names = rows.stream().map(all::get).toList();
    // One series per kind of assumption, so the legend stays short and colours do not repeat;
    // which indicator each share is about is in attribution.csv and the terminal table.
    Map<String, List<Double>> series = new LinkedHashMap<>();
    for (AssumptionKind kind : AssumptionKind.values()) {
      series.put(kind.label(), new ArrayList<>(Collections.nCopies(rows.size(), 0.0)));
    }
    series.put(Share.OTHERS, new ArrayList<>(Collections.nCopies(rows.size(), 0.0)));
    for (int i = 0; i < rows.size(); i++) {
      for (Share share : versus.rows().get(rows.get(i)).shares()) {
        String key = share.label().equals(Share.OTHERS)
            ? Share.OTHERS
            : versus.groups().get(share.groups().get(0)).kind().label();
        List<Double> values = series.get(key);
        values.set(i, values.get(i) + 100 * share.change());
      }
    }
    series.values().removeIf(values -> values.stream().allMatch(v -> v == 0.0));
    styler.setSeriesColors(COLOURS);
    series.forEach((label, values) -> chart.addSeries(label, names, values));
    return chart;
  }

  static XYChart distributionChart(ScenarioComparison comparison, int c, ChartLook look) {
    TargetOutcome check = comparison.checks().get(c);
    Labels labels = look.labels();
    String unit = look.unit(check.unit());
    String name = look.name(check.target().nameZh(), check.target().nameEn());
    XYChart chart = look.xyChart(
        labels.histogramTitle(name, check.criterion(), comparison.year()),
        labels.outcomeAxis(check.criterion(), unit, comparison.year()),
        labels.shareOfPaths());
    chart.getStyler().setLegendPosition(LegendPosition.InsideNE);
    double top = 0;
    for (int s = 0; s < comparison.scenarios().size(); s++) {
      TargetOutcome outcome =
          comparison.scenarios().get(s).run().forecast().outcomes().get(c);
      Histogram histogram = outcome.outcome().histogram();
      double[] edges = histogram.edges();
      long[] counts = histogram.counts();
      double total = Math.max(1, LongStream.of(counts).sum());
      double[] heights = LongStream.of(counts).mapToDouble(n -> 100 * n / total).toArray();
      top = Math.max(top, LongStream.of(counts).max().orElse(0) * 100 / total);
      double[][] outline =
          HistogramChart.silhouette(edges, heights, edges[0], edges[edges.length - 1]);
      XYSeries series = chart.addSeries(
          comparison.scenarios().get(s).name()
              + String.format(java.util.Locale.ROOT, " (%.1f%%)", 100 * outcome.probabilityMet()),
          outline[0],
          outline[1]);
      series
          .setMarker(SeriesMarkers.NONE)
          .setLineColor(COLOURS[s % COLOURS.length])
          .setLineStyle(new BasicStroke(2f));
    }
    XYSeries line = chart.addSeries(
        labels.target(labels.amount(check.threshold(), unit)),
        new double[] {check.threshold(), check.threshold()},
        new double[] {0, 1.05 * top});
    line.setMarker(SeriesMarkers.NONE)
        .setLineColor(Color.BLACK)
        .setLineStyle(new BasicStroke(
            2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {8f, 6f}, 0f));
    return chart;
  }
}
