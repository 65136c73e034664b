package dev.zhanwang.model;

import java.util.Optional;

/** How a flow's expected growth is laid over the months of the year. */
public enum GrowthPath implements Labelled {
  /**
   * Every month grows on the same month of the year before: month {@code t} is expected at
   * {@code B s[t] (1+g)}, so year-to-date growth is expected at {@code g} in every month (how
   * Chinese statistics report 累计增速).
   */
  YEAR_OVER_YEAR("year-over-year"),
  /**
   * The level compounds monthly from the 2022 monthly average: month {@code t} is expected at
   * {@code (B/12) (1+g)^((t+1)/12)}. This is RW1's definition; seasonality does not apply.
   */
  COMPOUND("compound");

  private final String label;

  GrowthPath(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }

  public static Optional<GrowthPath> ofLabel(String label) {
    return Labelled.ofLabel(values(), label);
  }

  public static String labels() {
    return Labelled.labels(values());
  }
}
