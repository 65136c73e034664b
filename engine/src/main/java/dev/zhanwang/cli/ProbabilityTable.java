package dev.zhanwang.cli;

import dev.zhanwang.data.Target;
import dev.zhanwang.forecast.Forecast;
import dev.zhanwang.forecast.TargetOutcome;
import dev.zhanwang.report.ProbabilityText;
import java.io.PrintWriter;
import java.util.Locale;

/**
 * The terminal's answer to "how likely is each target?": one row per target check, named by the
 * target's id so the columns line up in any terminal (names in Chinese and English are in
 * summary.csv and the charts), probabilities as {@link ProbabilityText} writes them; then the
 * targets met together ({@link JointTable}).
 */
final class ProbabilityTable {
  private static final int NAME = 40;

  private ProbabilityTable() {}

  static void print(Forecast forecast, PrintWriter out) {
    out.printf(
        Locale.ROOT,
        "%nP(target met) - %s, %d, %,d paths, seed %d%n",
        forecast.scenarioName(),
        forecast.year(),
        forecast.paths(),
        forecast.seed());
    out.printf(
        Locale.ROOT,
        "%-" + NAME + "s %-6s %12s %12s %12s  %s%n",
        "target",
        "check",
        "target",
        "median",
        "p5..p95",
        "P(met)");
    for (TargetOutcome o : forecast.outcomes()) {
      String unit = o.unit().equals("%") ? "%" : "";
      out.printf(
          Locale.ROOT,
          "%-" + NAME + "s %-6s %11s%s %11s%s %12s  %s%n",
          shorten(o.target().id()),
          o.criterion().label(),
          number(o.threshold()),
          unit.isEmpty() ? " " : unit,
          number(o.outcome().quantile(0.5)),
          unit.isEmpty() ? " " : unit,
          number(o.outcome().quantile(0.05)) + ".." + number(o.outcome().quantile(0.95)),
          ProbabilityText.ofShare(o.probabilityMet(), forecast.paths()));
    }
    if (!forecast.notForecast().isEmpty()) {
      out.printf(
          Locale.ROOT,
          "Not forecast (no indicator in this scenario, or no comparable 2022 figure; summary.csv's note says which): %s%n",
          String.join(", ", forecast.notForecast().stream().map(Target::id).toList()));
    }
    JointTable.print(forecast, out);
  }

  private static String number(double value) {
    double magnitude = Math.abs(value);
    String pattern = magnitude >= 1000 ? "%.0f" : magnitude >= 10 ? "%.1f" : "%.2f";
    return String.format(Locale.ROOT, pattern, value);
  }

  private static String shorten(String text) {
    return text.length() <= NAME ? text : text.substring(0, NAME - 1) + "…";
  }
}
