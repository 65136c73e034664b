package dev.zhanwang.model;

import java.util.Optional;

/** How the random shocks of a run are drawn. */
public enum Sampling implements Labelled {
  /** Independent draws: every path's normals come straight from its chunk's stream. */
  MONTE_CARLO("monte-carlo"),
  /**
   * Latin hypercube for the year of every shock: within each chunk of {@code n} paths, every
   * independent standard-normal dimension takes one value from each of the {@code n} equiprobable
   * strata, {@code s = Phi^-1((pi(p) + U) / n)} with {@code pi} a random permutation, as the
   * annual sum of its twelve monthly normals: path {@code p}'s months are drawn as in Monte Carlo,
   * {@code w[t]}, then moved to {@code z[t] = w[t] - mean(w) + s / sqrt(12)}, which are still
   * independent standard normals with {@code sum_t z[t] / sqrt(12) = s}. The correlation then
   * applies month by month as in Monte Carlo, so every model works under it.
   *
   * <p>Stratified: each dimension's annual component, so the annual shock of the annual models
   * (iid-lognormal, factor, split-normal, bootstrap's rank, negative-binomial's count, the normal
   * part of student-t and ets-trend) and the part of an ar1-monthly year that is the year's mean innovation. Plain
   * Monte Carlo: how each year divides into months (the rest of an ar1-monthly path), the
   * chi-square draws of student-t and ets-trend, and project events. It lowers the variance of
   * means and probabilities at the same paths most where the annual shock decides the outcome.
   */
  LATIN_HYPERCUBE("latin-hypercube");

  private final String label;

  Sampling(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }

  public static Optional<Sampling> ofLabel(String label) {
    return Labelled.ofLabel(values(), label);
  }

  public static String labels() {
    return Labelled.labels(values());
  }
}
