package dev.zhanwang.nowcast;

import dev.zhanwang.data.Actual;
import dev.zhanwang.data.Target;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One target check in a nowcast: where the year stands against it, how likely it still is, and
 * what the remaining months need.
 *
 * @param target the target
 * @param growth true for its growth statement, false for its level
 * @param flow whether the indicator is a flow (a level that adds up over the months), not a rate
 * @param threshold the target on its own scale (a level in its unit, or growth in percent)
 * @param yearTotal the year's total the target asks for, {@code T} of {@link RequiredGrowth}
 * @param month the last month observed (as of the nowcast), 0 when none
 * @param last that month's actual, empty when none
 * @param ytd the year to date of {@code month} ({@code C_m}; derived from the growth when only
 *     that is published), NaN when none
 * @param completionPct {@code C_m / T} in percent (完成率), NaN for a rate or without actuals
 * @param shareOfYearPct {@code month / 12} in percent (时间进度)
 * @param seasonalPct the share of the year the scenario's seasonality expects done by
 *     {@code month}, in percent (季节进度)
 * @param start P(met) at the start of the year, with no actuals
 * @param now P(met | data to {@code month})
 * @param requiredGrowthPct {@code g_rest} in percent, NaN when no month remains
 * @param plannedGrowthPct the growth of the whole year the target means, {@code T / B12 - 1}
 * @param status from {@code now}
 * @param path P(met | data to month) for each month with actuals, in month order
 */
public record TargetNowcast(
    Target target,
    boolean growth,
    boolean flow,
    double threshold,
    double yearTotal,
    int month,
    Optional<Actual> last,
    double ytd,
    double completionPct,
    double shareOfYearPct,
    double seasonalPct,
    Probability start,
    Probability now,
    double requiredGrowthPct,
    double plannedGrowthPct,
    Status status,
    List<MonthProbability> path) {

  public TargetNowcast {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(last, "last");
    Objects.requireNonNull(status, "status");
    path = List.copyOf(path);
  }

  /** "level" or "growth", as summary.csv names the check. */
  public String check() {
    return growth ? "growth" : "level";
  }

  /** A Monte Carlo share of paths and its standard error {@code sqrt(p (1-p) / n)}. */
  public record Probability(double value, double stdError) {
    static Probability of(long met, long paths) {
      double p = (double) met / paths;
      return new Probability(p, Math.sqrt(p * (1 - p) / paths));
    }
  }

  /** P(met | data to {@code month}). */
  public record MonthProbability(int month, String period, Probability probability) {}
}
