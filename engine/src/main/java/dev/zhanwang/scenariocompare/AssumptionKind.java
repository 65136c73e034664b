package dev.zhanwang.scenariocompare;

import java.util.Locale;

/**
 * What kind of assumption a difference between two scenarios is about; with the indicator it
 * names one {@link AssumptionGroup}.
 */
public enum AssumptionKind {
  /** {@code growth_pct}, the growth path and the seasonality: where the year is expected to go. */
  GROWTH,
  /** {@code uncertainty_pct}: how widely the year may land around it. */
  UNCERTAINTY,
  /**
   * The model and its own parameters ({@code phi}, {@code skew}, {@code df}, ...), or a
   * composite's weights. When either scenario leaves {@code uncertainty_pct} to the model (ar1's
   * {@code sigma}), a changed uncertainty is part of this group: the two cannot be mixed.
   */
  MODEL,
  /** The project events on the indicator. */
  EVENTS,
  /** The correlation matrix of the shocks, as a whole. */
  CORRELATION;

  /** The lower-case name shown in tables and files. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
