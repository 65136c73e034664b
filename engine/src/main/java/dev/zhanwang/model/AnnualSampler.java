package dev.zhanwang.model;

import java.io.Serializable;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * Turns standard-normal annual shocks into an indicator's growth multipliers: the one sampler of
 * an annual model, from which both the simulation kernel and the backtest draw. For shock
 * {@code z[p]} the model's annual log-growth is {@code G[p] = ln(1+g) + ln m[p]}: a flow's year is
 * its expected year times {@code m[p]}, a rate is {@code (1+g) m[p] - 1}. Values are single
 * precision, as every per-path value of the kernel is; the shocks are correlated across
 * indicators, so a sampler that maps them monotonically keeps the correlation (a Gaussian copula).
 * Serializable, as a compiled plan travels to the machines of a cluster (a sweep on Spark); a
 * sampler is serialized unbound, as the plan holds it.
 */
public interface AnnualSampler extends Serializable {
  /** Writes {@code m[p]} for {@code p < n} from the shocks {@code z[p]}. */
  void multipliers(float[] z, float[] m, int n);

  /**
   * This sampler drawing its own randomness (student-t's chi-square) from {@code auxiliary}; the
   * sampler itself when it needs none. A kernel chunk or a backtest binds it to its own stream.
   */
  default AnnualSampler with(UniformRandomProvider auxiliary) {
    return this;
  }
}
