package dev.zhanwang.sim;

/**
 * One output series of the kernel: the values over paths of one quantity, for which the run
 * reports quantiles and moments.
 *
 * @param indicator the indicator id
 * @param month 0..11 for a flow's year-to-date value at the end of that month; -1 for an annual
 *     rate or composite growth (in percent)
 */
public record SeriesInfo(String indicator, int month) implements java.io.Serializable {
  public boolean isAnnualRate() {
    return month < 0;
  }
}
