package dev.zhanwang.sim;

/** How a run's quantiles were obtained. */
public enum QuantileMethod {
  /** Selected from every stored value: the exact sample quantiles (Hyndman-Fan type 7). */
  EXACT("exact: order statistics selected from all stored values, linear interpolation"
      + " (Hyndman-Fan 7)"),
  /**
   * Placed within fine bins by rank, from bin counts alone, when storing every value would not fit
   * in memory; each summary states its error bound (the bin width), the manifest the largest.
   */
  BINNED("binned sketch: up to 16384 mergeable bins per series, error at most one bin width");

  private final String description;

  QuantileMethod(String description) {
    this.description = description;
  }

  public String description() {
    return description;
  }
}
