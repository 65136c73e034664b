package dev.zhanwang.scenario;

/**
 * When a nowcast calls a target green, amber or red, from the scenario's optional
 * {@code nowcast:} section ({@link NowcastSection}): green when P(target met | data so far) is at
 * least {@code greenAtPct} percent, red below {@code redBelowPct}, amber between. The defaults,
 * {@value #DEFAULT_GREEN_AT_PCT} and {@value #DEFAULT_RED_BELOW_PCT}, are a convention (more
 * likely than not by a margin; less than one chance in three), not a fit.
 *
 * @param greenAtPct in [0, 100], at least {@code redBelowPct}
 * @param redBelowPct in [0, 100]
 */
public record StatusThresholds(double greenAtPct, double redBelowPct) {
  public static final double DEFAULT_GREEN_AT_PCT = 70;
  public static final double DEFAULT_RED_BELOW_PCT = 30;

  public StatusThresholds {
    if (!(redBelowPct >= 0 && redBelowPct <= greenAtPct && greenAtPct <= 100)) {
      throw new IllegalArgumentException("need 0 <= red_below_pct <= green_at_pct <= 100, but were "
          + redBelowPct + " and " + greenAtPct);
    }
  }

  /** The documented defaults. */
  public static StatusThresholds defaults() {
    return new StatusThresholds(DEFAULT_GREEN_AT_PCT, DEFAULT_RED_BELOW_PCT);
  }
}
