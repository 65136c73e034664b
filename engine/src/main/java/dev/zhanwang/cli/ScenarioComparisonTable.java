package dev.zhanwang.cli;

import dev.zhanwang.forecast.TargetOutcome;
import dev.zhanwang.report.ProbabilityText;
import dev.zhanwang.report.ScenarioComparisonReport;
import dev.zhanwang.scenariocompare.AssumptionGroup;
import dev.zhanwang.scenariocompare.ScenarioComparison;
import dev.zhanwang.scenariocompare.ScenarioComparison.Attribution;
import dev.zhanwang.scenariocompare.ScenarioComparison.ScenarioEntry;
import dev.zhanwang.scenariocompare.ScenarioComparison.Share;
import dev.zhanwang.scenariocompare.ScenarioComparison.Versus;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The terminal's view of a scenario comparison: P(target met) per target check and scenario, each
 * later scenario's change from the first with its paired standard error; then, per later
 * scenario, the attribution of every change that is not zero to the groups of assumptions, with
 * each group's share, and the groups that touch no target.
 */
final class ScenarioComparisonTable {
  private static final int NAME = 40;
  /** A scenario's P(met) column: wide enough for "100.0%" and "< 0.003%". */
  private static final int COLUMN = 8;

  private ScenarioComparisonTable() {}

  static void print(ScenarioComparison comparison, PrintWriter out) {
    List<ScenarioEntry> scenarios = comparison.scenarios();
    out.printf(
        Locale.ROOT,
        "%nP(target met) by scenario - %d, %,d paths, seed %d (common random numbers: every"
            + " scenario draws the same shocks)%n",
        comparison.year(),
        comparison.paths(),
        comparison.seed());
    StringBuilder header =
        new StringBuilder(String.format(Locale.ROOT, "%-" + NAME + "s %-6s", "target", "check"));
    for (int s = 0; s < scenarios.size(); s++) {
      header.append(String.format(Locale.ROOT, " %" + COLUMN + "s", column(s)));
    }
    for (int s = 1; s < scenarios.size(); s++) {
      header.append(String.format(Locale.ROOT, " %15s", "change " + column(s) + " ± s.e."));
    }
    out.println(header);
    List<TargetOutcome> checks = comparison.checks();
    for (int row = 0; row <= checks.size(); row++) {
      StringBuilder line = new StringBuilder(String.format(
          Locale.ROOT, "%-" + NAME + "s %-6s", rowName(checks, row), rowCheck(checks, row)));
      for (int s = 0; s < scenarios.size(); s++) {
        line.append(String.format(
            Locale.ROOT,
            " %" + COLUMN + "s",
            ProbabilityText.cell(comparison.probability(s, row), comparison.paths())));
      }
      for (int s = 1; s < scenarios.size(); s++) {
        double[] change = comparison.change(s, row);
        line.append(String.format(
            Locale.ROOT, " %8s ±%4.1f", signed(100 * change[0], "%+.1f"), 100 * change[1]));
      }
      out.println(line);
    }
    for (int s = 0; s < scenarios.size(); s++) {
      out.printf(Locale.ROOT, "%s = %s%n", column(s), scenarios.get(s).name());
    }
    out.println("Changes are in percentage points; the ± is the Monte Carlo s.e. of the"
        + " change, paired path by path.");
    for (Versus versus : comparison.versus()) {
      attribution(comparison, versus, out);
    }
  }

  private static void attribution(ScenarioComparison comparison, Versus versus, PrintWriter out) {
    String from = comparison.scenarios().get(0).name();
    String to = comparison.scenarios().get(versus.scenario()).name();
    out.printf(
        Locale.ROOT,
        "%nWhat moves the odds, %s against %s: %d groups of assumptions differ. Each change is"
            + " shared out over the groups that can move it (Shapley values over hybrid"
            + " scenarios on the same random numbers); the shares sum to the change exactly.%n",
        to,
        from,
        versus.groups().size());
    List<TargetOutcome> checks = comparison.checks();
    boolean sampled = false;
    for (int row = 0; row <= checks.size(); row++) {
      double[] change = comparison.change(versus.scenario(), row);
      Attribution attribution = versus.rows().get(row);
      if (change[0] == 0.0) {
        continue;
      }
      sampled |= attribution.sampled();
      List<String> parts = new ArrayList<>();
      for (Share share : attribution.shares()) {
        String error = share.stdError() > 0
            ? String.format(Locale.ROOT, " ±%.1f", 100 * share.stdError())
            : "";
        parts.add(String.format(
            Locale.ROOT,
            "%s %s%s (%s%%)",
            share.label(),
            signed(100 * share.change(), "%+.1f"),
            error,
            signed(100 * share.change() / change[0], "%.0f")));
      }
      out.printf(
          Locale.ROOT,
          "  %s %s %s ±%.1f = %s%s%n",
          rowName(checks, row),
          rowCheck(checks, row),
          signed(100 * change[0], "%+.1f"),
          100 * change[1],
          String.join(", ", parts),
          attribution.exactSum() ? "" : "  (NOT an exact sum)");
    }
    out.println("  Shares that run against the change make the others' fractions exceed 100%."
        + " \"other differences\" are the groups that cannot move that target, taken together:"
        + " their share is Monte Carlo noise of redrawn paths.");
    if (sampled) {
      out.println("  Rows with a ± on their shares were attributed by sampling random orders of"
          + " the groups (too many groups for every subset): the shares are estimates with that"
          + " sampling s.e., their sum is still exact; see attribution.csv.");
    }
    for (AssumptionGroup group : versus.touchingNoTarget()) {
      out.printf(
          Locale.ROOT,
          "  Touches no target: %s (%s): %s.%n",
          group.label(),
          group.change(),
          ScenarioComparisonReport.moves(versus, group));
    }
  }

  /** {@code x} in {@code format}, without the sign of a value that rounds to zero ("-0.0"). */
  static String signed(double x, String format) {
    String text = String.format(Locale.ROOT, format, x);
    return text.matches("[+-]?0(\\.0+)?") ? text.replaceFirst("^[+-]", "") : text;
  }

  /** Scenario {@code s}'s column name: A, B, C ... (the legend below the table names them). */
  private static String column(int s) {
    return String.valueOf((char) ('A' + s));
  }

  private static String rowName(List<TargetOutcome> checks, int row) {
    if (row == checks.size()) {
      return "all targets met at once";
    }
    String id = checks.get(row).target().id();
    return id.length() <= NAME ? id : id.substring(0, NAME - 1) + "…";
  }

  private static String rowCheck(List<TargetOutcome> checks, int row) {
    return row == checks.size() ? "" : checks.get(row).criterion().label();
  }
}
