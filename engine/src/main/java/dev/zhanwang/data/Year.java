package dev.zhanwang.data;

/**
 * The calendar year as the engine counts it: twelve months, numbered {@code 0..11} in arrays.
 * Histories number their months with it, scenarios give twelve seasonal shares, and the
 * simulation's horizon is the twelve months of the forecast year.
 */
public final class Year {
  /** Months in a year. */
  public static final int MONTHS = 12;

  private Year() {}
}
