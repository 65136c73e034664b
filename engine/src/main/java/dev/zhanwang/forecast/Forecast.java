package dev.zhanwang.forecast;

import dev.zhanwang.data.Target;
import java.util.List;
import java.util.Optional;

/**
 * Everything a run found, ready for reports: per target the probability of meeting it, per flow
 * indicator its year-to-date fan. Reports see only this type and {@link RunInfo}.
 *
 * @param notForecast targets the scenario cannot forecast (no indicator for them), listed so a
 *     report can say so rather than drop them silently
 * @param probabilityAllMet share of paths on which every target group is met at once, each by
 *     its rule ({@link JointOutcome})
 * @param assumptions labelled assumptions of the scenario (indicator or matrix, and why)
 * @param joint the target groups met together: all, at least k of n, the expected number, pairs
 * @param samples the first paths one by one, when the run was asked for them ({@code --samples})
 */
public record Forecast(
    String scenarioName,
    String description,
    int year,
    long paths,
    long seed,
    List<IndicatorFan> fans,
    List<TargetOutcome> outcomes,
    List<Target> notForecast,
    double probabilityAllMet,
    double probabilityAllMetStdError,
    List<String> assumptions,
    JointOutcome joint,
    Optional<PathSamples> samples) {
  public Forecast {
    fans = List.copyOf(fans);
    outcomes = List.copyOf(outcomes);
    notForecast = List.copyOf(notForecast);
    assumptions = List.copyOf(assumptions);
    java.util.Objects.requireNonNull(joint, "joint");
    java.util.Objects.requireNonNull(samples, "samples");
  }

  /** A forecast without target groups counted (built by hand, as tests do). */
  public Forecast(
      String scenarioName,
      String description,
      int year,
      long paths,
      long seed,
      List<IndicatorFan> fans,
      List<TargetOutcome> outcomes,
      List<Target> notForecast,
      double probabilityAllMet,
      double probabilityAllMetStdError,
      List<String> assumptions) {
    this(
        scenarioName,
        description,
        year,
        paths,
        seed,
        fans,
        outcomes,
        notForecast,
        probabilityAllMet,
        probabilityAllMetStdError,
        assumptions,
        JointOutcome.none(paths),
        Optional.empty());
  }
}
