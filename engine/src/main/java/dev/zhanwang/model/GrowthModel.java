package dev.zhanwang.model;

import java.util.Optional;

/**
 * The growth models a scenario can choose per indicator, by name.
 *
 * <p>Notation: {@code g} the expected annual growth ({@code growth_pct / 100}); {@code s[t]} the
 * seasonal share of month {@code t} in the annual total; {@code B} the 2022 annual level;
 * {@code e[t]} the indicator's standard-normal monthly innovation, correlated across indicators
 * through the Cholesky factor of the scenario's correlation matrix; {@code m = ln(1+g)};
 * {@code sd = uncertainty_pct / 100}; {@code G} the annual log-growth of the year, {@code Z} a standard-normal
 * shock; {@code Phi} the standard-normal distribution function. Variants marked "needs history" are
 * fitted to a history file ({@link Calibration}).
 */
public enum GrowthModel implements Labelled {
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
  AR1_MONTHLY("ar1-monthly"),

  /**
   * Two-piece normal annual log-growth (the Bank of England's fan charts): mode {@code m},
   * {@code sd_down = sd (1 - skew)} below it, {@code sd_up = sd (1 + skew)} above it,
   * {@code skew} in (-1, 1); density
   * {@code f(x) = sqrt(2/pi) / (sd_down + sd_up) exp(-(x - m)^2 / (2 sd_i^2))}, {@code sd_i} the
   * side's; {@code P(G < m) = (1 - skew) / 2}; mean {@code m + sqrt(2/pi) (sd_up - sd_down)}.
   * Drawn as {@code G = Q(Phi(Z))} with {@code Q} the quantile function ({@link SplitNormal}),
   * so correlated shocks stay correlated.
   */
  SPLIT_NORMAL("split-normal"),

  /**
   * Fat-tailed annual log-growth with {@code df > 2} degrees of freedom, scaled to standard
   * deviation {@code sd}: {@code G = m + sd sqrt((df - 2) / df) T}, {@code T = Z / sqrt(V / df)},
   * {@code V ~ chi-square(df)}.
   */
  STUDENT_T("student-t"),

  /**
   * Common factors drive the shocks of several indicators:
   * {@code G_i = m_i + sd_i (sum_j b_ij F_j + sqrt(1 - sum_j b_ij^2) E_i)} with factors
   * {@code F_j} and idiosyncratic shocks {@code E_i} independent standard normal, loadings
   * {@code sum_j b_ij^2 <= 1}; the shocks' correlation is {@code B B^T + diag(1 - sum_j b_ij^2)}
   * ({@link FactorStructure}). Each indicator on its own is iid-lognormal.
   */
  FACTOR("factor"),

  /**
   * Discrete events added to any other model: event {@code e} happens with probability
   * {@code p_e} ({@code I_e ~ Bernoulli(p_e)}) in month {@code M_e ~ pi_e} and shifts the
   * indicator's year-to-date path by its size {@code a_e} from that month on:
   * {@code YTD[t] = YTD_base[t] + sum_e a_e I_e 1{t >= M_e}}. Not fitted to history.
   */
  PROJECT_EVENTS("project-events"),

  /**
   * Holt's linear trend on the annual log level {@code y[t] = ln L[t]} (needs history): level
   * {@code l[t] = alpha y[t] + (1 - alpha)(l[t-1] + b[t-1])}, trend
   * {@code b[t] = beta (l[t] - l[t-1]) + (1 - beta) b[t-1]}; {@code alpha, beta} in (0, 1) and
   * the initial {@code l[0], b[0]} minimise the one-step errors
   * {@code sum_t (y[t] - l[t-1] - b[t-1])^2}. Next year:
   * {@code G = l[n] + b[n] - y[n] + s T}, {@code s^2} the one-step errors' mean square over
   * {@code n - 4} degrees of freedom and {@code T} Student-t with {@code n - 4} degrees of freedom
   * (the predictive distribution when the variance is estimated, not known).
   */
  ETS_TREND("ets-trend"),

  /**
   * Resampled history (needs history): {@code G = xbar + r*}, {@code r*} drawn from the residuals
   * {@code r[t] = x[t] - xbar} of the annual log-growth {@code x[t]} by a circular moving-block
   * bootstrap with blocks of {@code block_length} years (every residual equally likely; a block
   * keeps runs of good or bad years together over a multi-year path, so for one year ahead each
   * draw is a single residual).
   */
  BOOTSTRAP("bootstrap");

  private final String label;

  GrowthModel(String label) {
    this.label = label;
  }

  /** The name used in scenario files. */
  @Override
  public String label() {
    return label;
  }

  public static Optional<GrowthModel> ofLabel(String label) {
    return Labelled.ofLabel(values(), label);
  }

  /** The names a scenario may use, for error messages. */
  public static String labels() {
    return Labelled.labels(values());
  }
}
