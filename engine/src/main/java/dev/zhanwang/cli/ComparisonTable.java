package dev.zhanwang.cli;

import dev.zhanwang.comparison.ModelComparison;
import dev.zhanwang.comparison.ModelComparison.ModelRun;
import dev.zhanwang.forecast.TargetOutcome;
import dev.zhanwang.report.ProbabilityText;
import java.io.PrintWriter;
import java.util.Locale;

/**
 * The terminal's view of a model comparison: P(target met) per target check (named by id, as in
 * {@link ProbabilityTable}) and model, the spread between the models with its paired standard
 * error, the widest spread marked, then what each model swap kept or assumed.
 */
final class ComparisonTable {
  private static final int NAME = 40;
  static final String MARK = "<- largest spread";

  private ComparisonTable() {}

  static void print(ModelComparison comparison, PrintWriter out) {
    out.printf(
        Locale.ROOT,
        "%nP(target met) by model - %s, %d, %,d paths, seed %d (common random numbers)%n",
        comparison.scenarioName(),
        comparison.year(),
        comparison.paths(),
        comparison.seed());
    StringBuilder header =
        new StringBuilder(String.format(Locale.ROOT, "%-" + NAME + "s %-6s", "target", "check"));
    for (ModelRun run : comparison.runs()) {
      header.append(
          String.format(Locale.ROOT, " %" + width(run) + "s", run.model().label()));
    }
    out.println(header.append(String.format(Locale.ROOT, " %7s %6s", "spread", "± s.e.")));
    int widest = comparison.widestSpread();
    for (int c = 0; c < comparison.checks().size(); c++) {
      TargetOutcome check = comparison.checks().get(c);
      StringBuilder row = new StringBuilder(String.format(
          Locale.ROOT,
          "%-" + NAME + "s %-6s",
          shorten(check.target().id()),
          check.criterion().label()));
      for (ModelRun run : comparison.runs()) {
        row.append(percent(run.outcomes().get(c).probabilityMet(), comparison.paths(), width(run)));
      }
      row.append(spread(comparison.spread(c), comparison.spreadStdError(c)));
      out.println(c == widest ? row.append("  ").append(MARK) : row);
    }
    if (!comparison.checks().isEmpty()) {
      StringBuilder all = new StringBuilder(
          String.format(Locale.ROOT, "%-" + NAME + "s %-6s", "all targets met at once", ""));
      for (ModelRun run : comparison.runs()) {
        all.append(percent(run.probabilityAllMet(), comparison.paths(), width(run)));
      }
      out.println(all.append(spread(comparison.spreadAllMet(), comparison.spreadAllMetStdError())));
    }
    if (widest >= 0) {
      TargetOutcome check = comparison.checks().get(widest);
      out.printf(
          Locale.ROOT,
          "Largest spread: %s (%s), %.1f ± %.1f percentage points between"
              + " models; the ± is the Monte Carlo s.e. of that difference, paired path by path;"
              + " each P(met)'s own s.e. is in compare.csv.%n",
          check.target().id(),
          check.criterion().label(),
          100 * comparison.spread(widest),
          100 * comparison.spreadStdError(widest));
    }
    for (ModelRun run : comparison.runs()) {
      for (String note : run.notes()) {
        out.println("Note: " + note);
      }
    }
  }

  /** Spread and its standard error in percentage points; the error left blank when unknown. */
  private static String spread(double spread, double stdError) {
    String error =
        Double.isNaN(stdError) ? "" : String.format(Locale.ROOT, "±%.1f", 100 * stdError);
    return String.format(Locale.ROOT, " %7.1f %6s", 100 * spread, error);
  }

  /** A model's column: as wide as its name, and at least wide enough for "100.0%". */
  private static int width(ModelRun run) {
    return Math.max(7, run.model().label().length());
  }

  private static String percent(double share, long paths, int width) {
    return Double.isNaN(share)
        ? " ".repeat(width + 1)
        : String.format(Locale.ROOT, " %" + width + "s", ProbabilityText.cell(share, paths));
  }

  private static String shorten(String text) {
    return text.length() <= NAME ? text : text.substring(0, NAME - 1) + "…";
  }
}
