package dev.zhanwang.model;

import java.util.Optional;

/** How the random shocks of a run are drawn. */
public enum Sampling implements Labelled {
  /** Independent draws: every path's normals come straight from its chunk's stream. */
  MONTE_CARLO("monte-carlo"),
  /**
   * Latin hypercube for the annual shocks: within each chunk of {@code n} paths, every independent
   * standard-normal dimension takes one value from each of the {@code n} equiprobable strata,
   * {@code z = Phi^-1((pi(p) + U) / n)} with {@code pi} a random permutation, before the
   * correlation is applied. Only for scenarios whose indicators are all iid-lognormal (one annual
   * shock per indicator); it lowers the variance of means and probabilities at the same paths.
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
