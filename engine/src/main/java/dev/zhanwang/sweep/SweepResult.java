package dev.zhanwang.sweep;

import dev.zhanwang.data.Target;
import dev.zhanwang.forecast.Criterion;
import dev.zhanwang.scenario.SweepFile;
import dev.zhanwang.sim.Simulator;
import java.util.List;

/**
 * What a sweep found: per grid point P(all targets met at once), and per grid point and target
 * check P(target met), its Monte Carlo standard error, the mean and quantiles of the outcome on
 * the target's own scale and the expected shortfall when missed, as {@code forecast run}'s
 * summary.csv gives them for that point's scenario.
 */
public record SweepResult(SweepFile file, List<Point> points, List<Row> rows) {
  public SweepResult {
    points = List.copyOf(points);
    rows = List.copyOf(rows);
  }

  /** One grid point's run. */
  public record Point(
      SweepFile.GridPoint point,
      long paths,
      long seed,
      double probabilityAllMet,
      double probabilityAllMetStdError) {}

  /**
   * One target check at one grid point.
   *
   * @param quantiles at {@link Simulator#LEVELS}
   */
  public record Row(
      int point,
      Target target,
      Criterion criterion,
      String unit,
      double threshold,
      double probabilityMet,
      double mcStdError,
      double mean,
      double[] quantiles,
      double expectedShortfall) {
    public Row {
      quantiles = quantiles.clone();
    }

    /** The quantile at {@code level}, one of {@link Simulator#LEVELS}. */
    public double quantile(double level) {
      for (int q = 0; q < Simulator.LEVELS.length; q++) {
        if (Simulator.LEVELS[q] == level) {
          return quantiles[q];
        }
      }
      throw new IllegalArgumentException("no quantile at " + level);
    }
  }
}
