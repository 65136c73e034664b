package dev.zhanwang.scenario;

import dev.zhanwang.data.Year;
import java.util.Objects;

/**
 * A discrete project event (the project-events model, composable with any growth model): with
 * {@code probability} it happens, in a month drawn from {@code monthShares}, and from that month
 * on adds {@code size} to the indicator's monthly value (negative for a loss, such as a delayed
 * plant). Its effect on the year-to-date value at month {@code t} is
 * {@code size * max(0, t - M + 1)} for the event month {@code M}.
 *
 * @param indicator a flow indicator of the scenario
 * @param monthShares the distribution of the event month: 12 probabilities summing to 1 (a fixed
 *     month is a single 1)
 * @param size added to each monthly value from the event month on, in the indicator's unit
 */
public record EventSpec(
    String name,
    String indicator,
    double probability,
    double[] monthShares,
    double size,
    String assumption) {
  public EventSpec {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(indicator, "indicator");
    monthShares = monthShares.clone();
    if (monthShares.length != Year.MONTHS) {
      throw new IllegalArgumentException(name + ": 12 month shares");
    }
    assumption = assumption == null ? "" : assumption;
  }

  @Override
  public double[] monthShares() {
    return monthShares.clone();
  }
}
