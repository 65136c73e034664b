package dev.zhanwang.model;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The growth models a scenario can choose per indicator, by name.
 *
 * <p>Notation: {@code g} the expected annual growth ({@code growth_pct / 100}); {@code s[t]} the
 * seasonal share of month {@code t} in the annual total; {@code B} the 2022 annual level;
 * {@code e[t]} the indicator's standard-normal monthly innovation, correlated across indicators
 * through the Cholesky factor of the scenario's correlation matrix.
 */
public enum GrowthModel {
  /**
   * One Gaussian shock to the annual log-growth: {@code G = ln(1+g) + sd * Z} with
   * {@code Z = sum_t e[t] / sqrt(12)} (so the scenario's correlation matrix is the correlation of
   * the annual shocks). A flow's month {@code t} is {@code B s[t] exp(G)}; a rate is
   * {@code exp(G) - 1}. With {@code skew} the shock is two-piece normal: {@code sd (1 - skew)} below
   * the mode {@code ln(1+g)}, {@code sd (1 + skew)} above it.
   */
  IID_LOGNORMAL("iid-lognormal"),

  /**
   * Monthly log-growth mean-reverting around its expectation (AR(1), discrete Ornstein-Uhlenbeck):
   * {@code d[t] = phi d[t-1] + sigma e[t]}, {@code d[-1] = 0}, {@code D[t] = sum_{u<=t} d[u]}. A
   * flow's month {@code t} is {@code B s[t] exp(ln(1+g) + D[t])} on a year-over-year path, or
   * {@code (B/12) exp((t+1) ln(1+g)/12 + D[t])} on a compound path (RW1). {@code sigma} is given,
   * or derived from {@code uncertainty_pct} so that the annual log-growth has that standard
   * deviation to first order.
   */
  AR1_MONTHLY("ar1-monthly");

  private final String label;

  GrowthModel(String label) {
    this.label = label;
  }

  /** The name used in scenario files. */
  public String label() {
    return label;
  }

  public static Optional<GrowthModel> ofLabel(String label) {
    return Arrays.stream(values()).filter(m -> m.label.equals(label)).findFirst();
  }

  /** The names a scenario may use, for error messages. */
  public static String labels() {
    return Arrays.stream(values()).map(GrowthModel::label).collect(Collectors.joining(", "));
  }
}
