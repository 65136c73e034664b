package dev.zhanwang.report;

import dev.zhanwang.audit.Audit;
import dev.zhanwang.audit.Finding;
import dev.zhanwang.audit.FindingKind;
import dev.zhanwang.data.Target;
import dev.zhanwang.forecast.Criterion;
import dev.zhanwang.forecast.Forecast;
import dev.zhanwang.forecast.RunInfo;
import dev.zhanwang.forecast.TargetOutcome;
import dev.zhanwang.sim.Simulator;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.OptionalDouble;
import java.util.function.Consumer;

/**
 * {@code summary.csv}: one row per target check (a target stated as level and growth gives two),
 * with the outcome's quantiles and the probability of meeting it (a number to six significant
 * figures, its standard error to two, and as text: {@code 25.6% ± 0.14}, or {@code < 0.0003%}
 * for a count of zero, see {@link ProbabilityText}), then the targets that could not
 * be forecast, each with a note saying why. The {@code note} of a row also names every audit
 * finding that concerns it ({@code audit growth-vs-level:industrial_output_total: ...}), so the
 * row's probability is read with it.
 */
final class SummaryCsv implements Reporter {
  static final String FILE = "summary.csv";
  /** Column names of the quantiles at {@link Simulator#LEVELS}: {@code p5 ... p95}. */
  static final List<String> LEVEL_NAMES =
      Arrays.stream(Simulator.LEVELS).mapToObj(SummaryCsv::levelName).toList();

  static final List<String> HEADER = header();

  private final Consumer<String> log;
  private final Audit audit;

  SummaryCsv(Consumer<String> log, Audit audit) {
    this.log = log;
    this.audit = audit;
  }

  @Override
  public List<Path> write(Forecast forecast, RunInfo run, Path dir) throws IOException {
    List<List<String>> rows = new ArrayList<>();
    for (TargetOutcome outcome : forecast.outcomes()) {
      rows.add(row(outcome, forecast.paths(), audit));
    }
    int forecastRows = rows.size();
    for (Target target : forecast.notForecast()) {
      if (target.value().isPresent()) {
        rows.add(notForecastRow(target, Criterion.LEVEL, target.unit(), target.value(), audit));
      }
      if (target.growthPct().isPresent()) {
        rows.add(notForecastRow(target, Criterion.GROWTH, "%", target.growthPct(), audit));
      }
    }
    Path file = dir.resolve(FILE);
    Csv.write(file, HEADER, rows);
    log.accept(String.format(
        "Wrote summary table (%d target checks, %d not forecast) to %s",
        forecastRows, rows.size() - forecastRows, file));
    return List.of(file);
  }

  /** A quantile level's name in column headers: {@code p5} for 0.05. */
  static String levelName(double level) {
    return "p" + Math.round(100 * level);
  }

  private static List<String> header() {
    List<String> header = new ArrayList<>(List.of(
        "target_id", "criterion", "name_zh", "name_en", "unit", "value_2022", "target", "mean"));
    header.addAll(LEVEL_NAMES);
    header.addAll(List.of(
        "prob_met", "prob_met_se", "prob_met_text", "expected_shortfall", "source", "note"));
    return List.copyOf(header);
  }

  /**
   * The audit's findings about one check of a target, each as {@code audit <id>: <summary>},
   * separated by {@code "; "}; empty when there are none.
   */
  static String auditNote(Audit audit, Target target, Criterion criterion) {
    List<String> notes = new ArrayList<>();
    for (Finding finding : audit.concerning(target.id(), criterion)) {
      notes.add("audit " + finding.id() + ": " + finding.summary());
    }
    return String.join("; ", notes);
  }

  private static List<String> row(TargetOutcome outcome, long paths, Audit audit) {
    Target target = outcome.target();
    List<String> row = new ArrayList<>(List.of(
        target.id(),
        outcome.criterion().label(),
        target.nameZh(),
        target.nameEn(),
        outcome.unit(),
        Numbers.significant(outcome.baseValue()),
        Numbers.significant(outcome.threshold()),
        Numbers.significant(outcome.outcome().mean())));
    for (double level : Simulator.LEVELS) {
      row.add(Numbers.significant(outcome.outcome().quantile(level)));
    }
    row.addAll(List.of(
        // Significant figures: four decimals moved small probabilities by standard errors.
        Numbers.significant(outcome.probabilityMet()),
        JointCsv.twoFigures(outcome.mcStdError()),
        ProbabilityText.ofShare(outcome.probabilityMet(), paths),
        Numbers.significant(outcome.expectedShortfall()),
        target.source(),
        auditNote(audit, target, outcome.criterion())));
    return row;
  }

  private static List<String> notForecastRow(
      Target target, Criterion criterion, String unit, OptionalDouble threshold, Audit audit) {
    List<String> row = new ArrayList<>(List.of(
        target.id(),
        criterion.label(),
        target.nameZh(),
        target.nameEn(),
        unit,
        "",
        Numbers.significant(threshold.getAsDouble())));
    row.addAll(Collections.nCopies(1 + Simulator.LEVELS.length + 4, ""));
    row.add(target.source());
    // A target names an indicator only when the seed gives a 2022 figure for it; if it has one,
    // the scenario simply left that indicator out.
    String findings = auditNote(audit, target, criterion);
    // Without an indicator, the targets file's comparison note says why; when the audit's
    // no-comparator finding quotes it, that finding's note says it once.
    boolean quoted = audit.concerning(target.id(), criterion).stream()
        .anyMatch(f -> f.kind() == FindingKind.NO_COMPARATOR);
    String reason = !target.indicator().isEmpty()
        ? "not forecast: indicator " + target.indicator() + " is not in this scenario"
        : quoted
            ? "not forecast"
            : "not forecast: " + target.comparisonNote().orElse("no 2022 figure to forecast from");
    row.add(findings.isEmpty() ? reason : reason + "; " + findings);
    return row;
  }
}
