package dev.zhanwang.nowcast;

import dev.zhanwang.scenario.StatusThresholds;
import java.util.List;

/**
 * The result of a nowcast: per target check, P(met) now and at the start of the year, the growth
 * the rest of the year needs and a status; the 同口径 restatements the actuals imply; and the
 * targets it could not nowcast, with why.
 *
 * @param asOf the last month used, 1..12
 * @param paths paths per probability
 * @param months the months with actuals up to {@code asOf}, in order (the path's months)
 */
public record Nowcast(
    String scenarioName,
    int year,
    int asOf,
    long paths,
    long seed,
    StatusThresholds thresholds,
    List<Integer> months,
    List<TargetNowcast> targets,
    List<Restatement> restatements,
    List<String> notNowcast) {
  public Nowcast {
    months = List.copyOf(months);
    targets = List.copyOf(targets);
    restatements = List.copyOf(restatements);
    notNowcast = List.copyOf(notNowcast);
  }

  /** {@code 2023-06} for month 6. */
  public String period(int month) {
    return String.format("%d-%02d", year, month);
  }
}
