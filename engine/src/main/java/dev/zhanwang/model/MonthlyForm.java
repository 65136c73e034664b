package dev.zhanwang.model;

import org.apache.commons.rng.UniformRandomProvider;

/**
 * A model's year seen month by month, as a nowcast needs it: the year to date (累计值) reveals
 * the annual outcome gradually, and the year can be conditioned on the months observed so far and
 * finished by simulating only the months that remain. A model that has one returns it from
 * {@link Model#monthlyForm}; its Javadoc documents the form and how it is conditioned.
 *
 * <p>Values are on the indicator's expected-month scale: {@code expected[t]} is month
 * {@code t}'s level without shocks (a flow's, in its unit; for a rate, {@code (1+g)/12} each
 * month, so that the year to date of month {@code m} is {@code (m/12)(1 + G_m)} with {@code G_m}
 * the year-to-date growth, and the year's total is {@code 1 + G}).
 */
public interface MonthlyForm {
  /**
   * The year conditioned on the observed year-to-date totals: conditioning is done once, the
   * remaining months are drawn per path.
   *
   * @param months observed months, 1-based, strictly increasing (empty: the start of the year)
   * @param yearToDate the observed year-to-date totals of those months, positive
   */
  RestOfYear given(int[] months, double[] yearToDate);

  /** The year after conditioning: draws of its total, simulating only the months not observed. */
  interface RestOfYear {
    /** Writes {@code n} draws of the year's total (December's year to date) into {@code out}. */
    void annualTotals(UniformRandomProvider random, double[] out, int n);
  }

  /**
   * One unconditioned path's year-to-date totals for months 1..12, {@code ytd[0..11]}: the
   * form's own definition, against which its conditioning is checked by brute force.
   */
  void path(UniformRandomProvider random, double[] ytd);
}
