package dev.zhanwang.scenario;

import dev.zhanwang.data.Baseline;
import dev.zhanwang.input.Problem;
import dev.zhanwang.model.IndicatorSpec;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A validated scenario: the data it reads, the year it forecasts, how it is run and, per indicator,
 * the model and its assumptions. Immutable; built only by {@link ScenarioLoader}, which has already checked
 * every rule, so the compiler can trust it.
 *
 * @param file the scenario file as given
 * @param chain the file and the files it extends, child first
 * @param dataFiles the figures and targets CSVs the scenario reads, as resolved, then its history
 *     file if it names one
 * @param year the forecast year; the horizon is its {@link dev.zhanwang.data.Year#MONTHS} months
 * @param settings paths, seed, sampling (and threads) as {@code simulation:} gives them, or as the
 *     command line replaced them
 * @param indicators stochastic indicators, in file order
 * @param composites indicators derived from others (GDP growth from the sectors' growth)
 * @param correlation the correlation of the indicators' shocks; indicators it does not list are
 *     independent of all others
 * @param events discrete project events on flow indicators, in file order
 * @param warnings what reading the files found worth saying but not wrong (a file read as GB18030,
 *     a growth rate that looks like a fraction where a percentage is meant), in the order found
 * @param joint how each target group counts in "all targets met at once" ({@code joint:})
 */
public record Scenario(
    Path file,
    List<Path> chain,
    List<Path> dataFiles,
    String name,
    String description,
    Baseline baseline,
    int year,
    RunSettings settings,
    List<IndicatorSpec> indicators,
    List<CompositeSpec> composites,
    Correlation correlation,
    List<EventSpec> events,
    List<Problem> warnings,
    JointRules joint) {

  public Scenario {
    Objects.requireNonNull(file, "file");
    chain = List.copyOf(chain);
    dataFiles = List.copyOf(dataFiles);
    Objects.requireNonNull(baseline, "baseline");
    Objects.requireNonNull(settings, "settings");
    indicators = List.copyOf(indicators);
    composites = List.copyOf(composites);
    Objects.requireNonNull(correlation, "correlation");
    events = List.copyOf(events);
    warnings = List.copyOf(warnings);
    Objects.requireNonNull(joint, "joint");
  }

  /** A scenario without a {@code joint:} section: each target group counts by its first statement. */
  public Scenario(
      Path file,
      List<Path> chain,
      List<Path> dataFiles,
      String name,
      String description,
      Baseline baseline,
      int year,
      RunSettings settings,
      List<IndicatorSpec> indicators,
      List<CompositeSpec> composites,
      Correlation correlation,
      List<EventSpec> events,
      List<Problem> warnings) {
    this(
        file,
        chain,
        dataFiles,
        name,
        description,
        baseline,
        year,
        settings,
        indicators,
        composites,
        correlation,
        events,
        warnings,
        JointRules.DEFAULT);
  }

  public Optional<IndicatorSpec> indicator(String id) {
    return indicators.stream().filter(i -> i.id().equals(id)).findFirst();
  }

  /** The same scenario with other run settings (command-line overrides). */
  public Scenario withSettings(RunSettings newSettings) {
    return new Scenario(
        file,
        chain,
        dataFiles,
        name,
        description,
        baseline,
        year,
        newSettings,
        indicators,
        composites,
        correlation,
        events,
        warnings,
        joint);
  }

  /** The same scenario with other indicator specs (one model swapped for another). */
  public Scenario withIndicators(List<IndicatorSpec> specs) {
    return new Scenario(
        file,
        chain,
        dataFiles,
        name,
        description,
        baseline,
        year,
        settings,
        specs,
        composites,
        correlation,
        events,
        warnings,
        joint);
  }
}
