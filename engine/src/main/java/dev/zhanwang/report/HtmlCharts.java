package dev.zhanwang.report;

import dev.zhanwang.forecast.Criterion;
import dev.zhanwang.forecast.IndicatorFan;
import dev.zhanwang.forecast.TargetOutcome;
import dev.zhanwang.sim.Histogram;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;

/**
 * Chart specs for {@link HtmlPage}: plain maps that {@code report.js} draws with ECharts, one
 * builder per kind ({@code probability}, {@code fan}, {@code histogram}). Numbers are rounded to
 * six significant digits, as in the CSV files, and shown as they are in tooltips. Labels are
 * Chinese, with English where a tooltip has room.
 */
final class HtmlCharts {
  private HtmlCharts() {}

  /** A P(target met) row: Chinese and English labels, probability and its standard error. */
  record ProbabilityRow(String label, String labelEn, double probability, double stdError) {}

  /** Horizontal bars sorted by probability, coloured by {@link TargetStatus}, ±2 s.e. */
  static Map<String, Object> probability(String title, String subtitle, List<ProbabilityRow> rows) {
    Map<String, Object> spec = spec("probability", title, subtitle);
    List<Object> data = new ArrayList<>();
    for (ProbabilityRow row : rows) {
      TargetStatus status = TargetStatus.of(row.probability());
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("label", row.label());
      item.put("labelEn", row.labelEn());
      item.put("p", exact(row.probability()));
      item.put("se", exact(row.stdError()));
      item.put("status", status.label());
      item.put("color", status.color());
      data.add(item);
    }
    spec.put("rows", data);
    spec.put("axis", "完成概率 P(target met)");
    spec.put("pLabel", "完成概率 P(met)");
    spec.put("seLabel", "蒙特卡罗标准误 Monte Carlo s.e.");
    spec.put(
        "thresholds",
        List.of(
            Map.of("value", TargetStatus.AT_RISK.from(), "name", "50%"),
            Map.of("value", TargetStatus.LIKELY.from(), "name", "80%")));
    return spec;
  }

  /** The height in pixels that gives each of {@code rows} bars room for its label. */
  static int probabilityHeight(int rows) {
    return 110 + 28 * rows;
  }

  /**
   * A fan of year-to-date values (累计值) or of year-to-date growth in percent (累计增速), with the
   * 2022 path (for values) and the targets on the indicator as dashed lines at their values.
   *
   * @param targets the target values of this form, in the fan's unit, with their labels
   */
  static Map<String, Object> fan(
      IndicatorFan fan, boolean growth, int year, Map<String, Double> targets) {
    String name = fan.nameZh().isEmpty() ? fan.nameEn() : fan.nameZh();
    Map<String, Object> spec = spec(
        "fan",
        growth ? name + "：" + year + "年累计增速" : name + "：" + year + "年累计值",
        fan.nameEn()
            + (growth ? " – year-to-date growth, %" : " – year to date (" + fan.unit() + ")"));
    double[][] quantiles = growth ? fan.growthQuantilesPct() : fan.ytdQuantiles();
    double[] levels = fan.levels();
    List<String> months = new ArrayList<>();
    for (int m = 1; m <= fan.months(); m++) {
      months.add(m + "月");
    }
    spec.put("months", months);
    // The PNG fan's bands and colours, widest first; each named by the share of paths it holds.
    List<Object> bands = new ArrayList<>();
    for (int b = 0; b < FanChart.BANDS.length; b++) {
      int low = FanChart.BANDS[b][0];
      int high = FanChart.BANDS[b][1];
      Map<String, Object> band = new LinkedHashMap<>();
      band.put("name", Labels.CHINESE.band(low, high) + " middle " + (high - low) + "%");
      band.put("share", (high - low) + "%");
      band.put("color", FanChart.BAND_COLORS[b]);
      band.put("low", column(quantiles, FanCsv.indexOf(levels, low / 100.0)));
      band.put("high", column(quantiles, FanCsv.indexOf(levels, high / 100.0)));
      bands.add(band);
    }
    spec.put("bands", bands);
    spec.put("bandKey", "色带：中间路径占比 middle share of paths");
    spec.put(
        "median",
        Map.of("name", "中位数 median", "values", column(quantiles, FanCsv.indexOf(levels, 0.5))));
    if (!growth) {
      spec.put("previous", Map.of("name", (year - 1) + "年累计值", "values", exact(fan.ytd2022())));
    }
    List<Object> marks = new ArrayList<>();
    targets.forEach((label, value) -> marks.add(Map.of("name", label, "value", exact(value))));
    spec.put("targets", marks);
    return spec;
  }

  /**
   * A target check's outcome as shares of paths per bin, the missed side apart from the met side;
   * the outermost bins hold every outcome beyond them, and their tooltips say so.
   */
  static Map<String, Object> histogram(TargetOutcome outcome, String title, String subtitle) {
    Map<String, Object> spec = spec("histogram", title, subtitle + "; 纵轴 y: 路径占比 share of paths");
    Histogram histogram = outcome.outcome().histogram();
    long[] counts = histogram.counts();
    double total = Math.max(1, LongStream.of(counts).sum());
    List<Double> shares = new ArrayList<>(counts.length);
    List<Object> countList = new ArrayList<>(counts.length);
    for (long count : counts) {
      shares.add(exact(100 * count / total));
      countList.add(count);
    }
    String unit = outcome.criterion() == Criterion.GROWTH ? "%" : outcome.unit();
    spec.put("edges", exact(histogram.edges()));
    spec.put("shares", shares);
    spec.put("counts", countList);
    spec.put("threshold", exact(outcome.threshold()));
    spec.put("axis", outcome.criterion() == Criterion.GROWTH ? "增速（%）" : "全年值（" + unit + "）");
    spec.put("shareAxis", "路径占比 share of paths");
    spec.put("pathsWord", "条路径 paths");
    spec.put("lowTail", "（含以下全部尾部 incl. the whole lower tail）");
    spec.put("highTail", "（含以上全部尾部 incl. the whole upper tail）");
    spec.put(
        "missed", "未达标 missed " + Numbers.fixed(100 * (1 - outcome.probabilityMet()), 1) + "%");
    spec.put("met", "达标 met " + Numbers.fixed(100 * outcome.probabilityMet(), 1) + "%");
    spec.put("target", "目标 target " + Numbers.significant(outcome.threshold()) + unitSuffix(unit));
    return spec;
  }

  private static String unitSuffix(String unit) {
    return unit.isEmpty() ? "" : unit.equals("%") ? "%" : " " + unit;
  }

  private static Map<String, Object> spec(String kind, String title, String subtitle) {
    Map<String, Object> spec = new LinkedHashMap<>();
    spec.put("kind", kind);
    spec.put("title", title);
    spec.put("subtitle", subtitle);
    return spec;
  }

  private static List<Double> column(double[][] quantiles, int level) {
    List<Double> values = new ArrayList<>(quantiles.length);
    for (double[] month : quantiles) {
      values.add(exact(month[level]));
    }
    return values;
  }

  /** Six significant digits, as the CSV files write them; null (JSON) for no value. */
  static Double exact(double value) {
    return Double.isFinite(value) ? Double.valueOf(Numbers.significant(value)) : null;
  }

  static List<Double> exact(double[] values) {
    List<Double> list = new ArrayList<>(values.length);
    for (double value : values) {
      list.add(exact(value));
    }
    return list;
  }
}
