package dev.zhanwang.data;

import static dev.zhanwang.data.Year.MONTHS;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One indicator's observed levels, annual or monthly, without gaps.
 *
 * <p>Periods are numbered so that consecutive periods differ by one: a year for annual series,
 * {@code 12 * year + month - 1} for monthly ones. Monthly levels are flows, so a calendar year's
 * level is the sum of its twelve months ({@link #annualLevels()}).
 *
 * @param start the number of the first period
 * @param levels the levels, finite and positive, one per period from {@code start}
 * @param note the first non-blank note given for the indicator, or empty
 */
public record HistorySeries(
    String indicator, Frequency frequency, int start, double[] levels, String note) {

  /** How often an indicator is observed. */
  public enum Frequency {
    /** One level per year, period {@code YYYY}. */
    ANNUAL,
    /** One level per month, period {@code YYYY-MM}. */
    MONTHLY
  }

  public HistorySeries {
    Objects.requireNonNull(indicator, "indicator");
    Objects.requireNonNull(frequency, "frequency");
    levels = levels.clone();
    if (Arrays.stream(levels).anyMatch(x -> !(x > 0 && Double.isFinite(x)))) {
      throw new IllegalArgumentException(indicator + ": levels must be finite and positive");
    }
    note = note == null ? "" : note;
  }

  /** A monthly period's number. */
  public static int monthIndex(int year, int month) {
    return MONTHS * year + month - 1;
  }

  @Override
  public double[] levels() {
    return levels.clone();
  }

  /** The period's text as written in history files: {@code 2021} or {@code 2021-03}. */
  public String period(int index) {
    int p = start + index;
    return frequency == Frequency.ANNUAL
        ? Integer.toString(p)
        : String.format(
            Locale.ROOT, "%04d-%02d", Math.floorDiv(p, MONTHS), Math.floorMod(p, MONTHS) + 1);
  }

  /**
   * The annual levels of the complete calendar years: the levels themselves for an annual series,
   * the sums of January to December for a monthly one.
   */
  public AnnualLevels annualLevels() {
    if (frequency == Frequency.ANNUAL) {
      return new AnnualLevels(start, levels);
    }
    int firstYear = Math.floorDiv(start + MONTHS - 1, MONTHS);
    int end = start + levels.length;
    int years = Math.max(0, Math.floorDiv(end, MONTHS) - firstYear);
    double[] annual = new double[years];
    for (int y = 0; y < years; y++) {
      int from = monthIndex(firstYear + y, 1) - start;
      for (int m = 0; m < MONTHS; m++) {
        annual[y] += levels[from + m];
      }
    }
    return new AnnualLevels(firstYear, annual);
  }

  /**
   * A monthly series' seasonality: each month's share of its calendar year's total, averaged over
   * the complete years, {@code s[k] = mean_y M[y,k] / sum_j M[y,j]}; the shares sum to 1. Empty
   * for an annual series or one without a complete year.
   */
  public Optional<double[]> seasonality() {
    AnnualLevels annual = annualLevels();
    if (frequency == Frequency.ANNUAL || annual.levels.length == 0) {
      return Optional.empty();
    }
    double[] shares = new double[MONTHS];
    for (int y = 0; y < annual.levels.length; y++) {
      int from = monthIndex(annual.firstYear + y, 1) - start;
      for (int m = 0; m < MONTHS; m++) {
        shares[m] += levels[from + m] / annual.levels[y] / annual.levels.length;
      }
    }
    return Optional.of(shares);
  }

  /**
   * The months of complete calendar years only, January of the first to December of the last (an
   * annual series as it is), for models that read months by their position in the year.
   */
  public HistorySeries completeYears() {
    if (frequency == Frequency.ANNUAL) {
      return this;
    }
    AnnualLevels annual = annualLevels();
    int from = monthIndex(annual.firstYear, 1) - start;
    return new HistorySeries(
        indicator,
        frequency,
        start + from,
        Arrays.copyOfRange(levels, from, from + MONTHS * annual.levels.length),
        note);
  }

  /** The observations up to and including {@code year} (December for a monthly series). */
  public HistorySeries until(int year) {
    int last = frequency == Frequency.ANNUAL ? year : monthIndex(year, MONTHS);
    int count = Math.max(0, Math.min(levels.length, last - start + 1));
    return new HistorySeries(indicator, frequency, start, Arrays.copyOf(levels, count), note);
  }

  /**
   * Levels of consecutive years.
   *
   * @param firstYear the year of {@code levels[0]}
   */
  public record AnnualLevels(int firstYear, double[] levels) {
    public AnnualLevels {
      levels = levels.clone();
    }

    @Override
    public double[] levels() {
      return levels.clone();
    }

    /** {@code x[t] = ln(L[t+1] / L[t])}: the log-growth into year {@code firstYear + t + 1}. */
    public double[] logGrowth() {
      double[] growth = new double[Math.max(0, levels.length - 1)];
      for (int t = 0; t < growth.length; t++) {
        growth[t] = Math.log(levels[t + 1] / levels[t]);
      }
      return growth;
    }

    /** The last year, or {@code firstYear - 1} when there is none. */
    public int lastYear() {
      return firstYear + levels.length - 1;
    }
  }
}
