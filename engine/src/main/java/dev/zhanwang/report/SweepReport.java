package dev.zhanwang.report;

import dev.zhanwang.forecast.RunInfo;
import dev.zhanwang.scenario.SweepFile;
import dev.zhanwang.sim.Simulator;
import dev.zhanwang.sweep.SweepResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategorySeries.CategorySeriesRenderStyle;
import org.knowm.xchart.style.Styler.LegendPosition;

/**
 * The files of a sweep: {@code sweep.csv} (UTF-8 with BOM: one row per grid point and target
 * check, the axes' values first, then P(met), its standard error, the mean, the quantiles and the
 * expected shortfall; and one row per grid point for all targets at once), a chart per axis
 * ({@code sweep-<axis>.png/.svg}: P(met) along the axis, the other axes at their first value) and
 * {@code manifest.json}.
 */
public final class SweepReport {
  static final String CSV = "sweep.csv";
  /** Lines per chart: more are unreadable; the checks that move most along the axis are shown. */
  static final int MAX_LINES = 8;

  static final String ALL_MET = "all_targets";

  private SweepReport() {}

  /**
   * Writes the files into {@code dir}, an existing folder, the manifest last.
   *
   * @param runner where the points ran, for the manifest
   * @param log receives one {@code Wrote <what> to <path>} line per kind of file
   * @return the files written
   */
  public static List<Path> write(
      SweepResult result,
      RunInfo run,
      String runner,
      Set<ChartFormat> charts,
      Path dir,
      Consumer<String> log)
      throws IOException {
    List<Path> written = new ArrayList<>();
    Path csv = dir.resolve(CSV);
    Csv.write(csv, header(result.file()), rows(result));
    written.add(csv);
    log.accept(String.format(
        Locale.ROOT,
        "Wrote sweep table (%d grid points, %d rows) to %s",
        result.points().size(),
        result.rows().size() + result.points().size(),
        csv));
    if (!charts.isEmpty()) {
      ChartLook look = ChartLook.detect();
      for (int a = 0; a < result.file().axes().size(); a++) {
        String name = "sweep-" + fileSafe(result.file().axes().get(a).path());
        written.addAll(Charts.render(chart(result, a, look), dir, name, charts));
        log.accept("Wrote P(target met) along " + result.file().axes().get(a).path() + " to "
            + dir.resolve(name) + ChartFormat.extensions(charts));
      }
    }
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("sweep", result.file().name());
    json.put("sweep_file", result.file().file().toString());
    json.put("runner", runner);
    json.put("grid_points", result.points().size());
    List<Map<String, Object>> axes = new ArrayList<>();
    for (SweepFile.Axis axis : result.file().axes()) {
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("path", axis.path());
      entry.put("values", axis.values());
      axes.add(entry);
    }
    json.put("axes", axes);
    json.put("scenario_files", Manifest.files(run.scenarioChain(), run.scenarioSha256()));
    json.put("data_files", Manifest.files(run.dataFiles(), run.dataSha256()));
    json.put(
        "paths_per_point",
        result.points().stream().map(SweepResult.Point::paths).distinct().toList());
    json.put("threads", run.threads());
    json.put("engine_version", run.engineVersion());
    json.put("quantile_method", run.quantileMethod());
    json.put("command_line", run.commandLine());
    json.put("started_at", run.startedAt().toString());
    json.put("simulation_seconds", Manifest.rounded(run.simulationTime().toNanos() / 1e9, 3));
    written.add(Manifest.writeWithFiles(json, run, written, dir, log));
    return written;
  }

  static List<String> header(SweepFile file) {
    List<String> header = new ArrayList<>(List.of("point"));
    file.axes().forEach(axis -> header.add(axis.path()));
    header.addAll(List.of(
        "target_id", "criterion", "name_zh", "name_en", "unit", "target", "p_met", "se", "mean"));
    for (double level : Simulator.LEVELS) {
      header.add(String.format(Locale.ROOT, "p%d", Math.round(100 * level)));
    }
    header.addAll(List.of("expected_shortfall", "paths", "seed"));
    return header;
  }

  private static List<List<String>> rows(SweepResult result) {
    List<List<String>> rows = new ArrayList<>();
    int r = 0;
    for (SweepResult.Point point : result.points()) {
      List<String> lead = new ArrayList<>();
      lead.add(Integer.toString(point.point().index() + 1));
      lead.addAll(point.point().values());
      for (;
          r < result.rows().size()
              && result.rows().get(r).point() == point.point().index();
          r++) {
        SweepResult.Row row = result.rows().get(r);
        List<String> cells = new ArrayList<>(lead);
        cells.addAll(List.of(
            row.target().id(),
            row.criterion().label(),
            row.target().nameZh(),
            row.target().nameEn(),
            row.unit(),
            Numbers.significant(row.threshold()),
            Numbers.fixed(row.probabilityMet(), 6),
            Numbers.fixed(row.mcStdError(), 6),
            Numbers.significant(row.mean())));
        for (double q : row.quantiles()) {
          cells.add(Numbers.significant(q));
        }
        cells.add(
            Double.isNaN(row.expectedShortfall())
                ? ""
                : Numbers.significant(row.expectedShortfall()));
        cells.add(Long.toString(point.paths()));
        cells.add(Long.toString(point.seed()));
        rows.add(cells);
      }
      List<String> all = new ArrayList<>(lead);
      all.addAll(List.of(
          ALL_MET,
          "",
          Labels.CHINESE.allTargetsMet(),
          Labels.ENGLISH.allTargetsMet(),
          "",
          "",
          Double.isNaN(point.probabilityAllMet())
              ? ""
              : Numbers.fixed(point.probabilityAllMet(), 6),
          Double.isNaN(point.probabilityAllMet())
              ? ""
              : Numbers.fixed(point.probabilityAllMetStdError(), 6),
          ""));
      for (int q = 0; q < Simulator.LEVELS.length + 1; q++) {
        all.add("");
      }
      all.add(Long.toString(point.paths()));
      all.add(Long.toString(point.seed()));
      rows.add(all);
    }
    return rows;
  }

  /**
   * P(met) in percent along axis {@code a}, one line per target check, at the points whose other
   * axes take their first value.
   */
  static CategoryChart chart(SweepResult result, int a, ChartLook look) {
    SweepFile file = result.file();
    SweepFile.Axis axis = file.axes().get(a);
    // Points on the line: every other axis at its first value.
    List<Integer> onLine = new ArrayList<>();
    for (SweepResult.Point point : result.points()) {
      List<String> values = point.point().values();
      boolean others = true;
      for (int b = 0; b < file.axes().size(); b++) {
        if (b != a && !values.get(b).equals(file.axes().get(b).values().get(0))) {
          others = false;
        }
      }
      if (others) {
        onLine.add(point.point().index());
      }
    }
    Map<String, List<Double>> lines = new LinkedHashMap<>();
    for (int point : onLine) {
      for (SweepResult.Row row : result.rows()) {
        if (row.point() == point) {
          String name = look.name(row.target().nameZh(), row.target().nameEn()) + " ("
              + row.criterion().label() + ")";
          lines.computeIfAbsent(name, k -> new ArrayList<>()).add(100 * row.probabilityMet());
        }
      }
    }
    List<Map.Entry<String, List<Double>>> shown = lines.entrySet().stream()
        .filter(e -> e.getValue().size() == onLine.size())
        .sorted(
            Comparator.comparingDouble((Map.Entry<String, List<Double>> e) -> -range(e.getValue())))
        .limit(MAX_LINES)
        .toList();
    // The title stays short (it is not wrapped); the axis title says where the other axes are.
    List<String> fixed = new ArrayList<>();
    for (int b = 0; b < file.axes().size(); b++) {
      if (b != a) {
        fixed.add(lastKey(file.axes().get(b).path()) + "="
            + file.axes().get(b).values().get(0));
      }
    }
    String cut = lines.size() > MAX_LINES
        ? " (the " + MAX_LINES + " of " + lines.size() + " target checks that move most)"
        : "";
    CategoryChart chart = look.categoryChart(
        file.name() + ": P(target met) along " + lastKey(axis.path()) + cut,
        axis.path() + (fixed.isEmpty() ? "" : "   (" + String.join(", ", fixed) + ")"),
        look.labels().probabilityAxis(),
        ChartLook.WIDTH,
        ChartLook.HEIGHT);
    chart.getStyler().setOverlapped(true);
    chart.getStyler().setDefaultSeriesRenderStyle(CategorySeriesRenderStyle.Line);
    chart.getStyler().setLegendPosition(LegendPosition.OutsideE);
    chart.getStyler().setYAxisMin(0.0);
    chart.getStyler().setYAxisMax(100.0);
    chart.getStyler().setYAxisDecimalPattern("0");
    List<String> categories =
        onLine.stream().map(i -> result.points().get(i).point().values().get(a)).toList();
    for (Map.Entry<String, List<Double>> line : shown) {
      chart.addSeries(line.getKey(), categories, line.getValue());
    }
    if (shown.isEmpty()) {
      chart.addSeries(
          "P(all met)",
          categories,
          onLine.stream()
              .map(i -> 100 * result.points().get(i).probabilityAllMet())
              .toList());
    }
    return chart;
  }

  private static double range(List<Double> values) {
    return values.stream().mapToDouble(Double::doubleValue).max().orElse(0)
        - values.stream().mapToDouble(Double::doubleValue).min().orElse(0);
  }

  private static String lastKey(String path) {
    return path.substring(path.lastIndexOf('.') + 1);
  }

  private static String fileSafe(String id) {
    return id.replaceAll("[^A-Za-z0-9_.-]", "_");
  }
}
