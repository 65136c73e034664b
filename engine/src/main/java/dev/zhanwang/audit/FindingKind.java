package dev.zhanwang.audit;

/** The checks of an audit, in the order their findings are listed. */
public enum FindingKind {
  /**
   * A target stated as a level and a growth rate whose two statements disagree on the 2022
   * level {@code B}: the level {@code V} against {@code B (1 + g)}, the growth {@code g} against
   * {@code V / B - 1}, beyond the rounding of the stated numbers.
   */
  GROWTH_VS_LEVEL("growth-vs-level"),
  /**
   * A composite's growth target against its parts' ({@code G = sum_i w_i g_i}, weights {@code >=
   * 0} summing to 1): the weights the targets imply and the scenario's distance from them.
   */
  COMPOSITE("composite"),
  /** Two or more targets on one indicator with different levels or growth rates. */
  STATED_TWICE("stated-twice"),
  /** A target linked to a 2022 figure of another scope, unit or measure. */
  OTHER_MEASURE("other-measure"),
  /**
   * A target the targets file says has no comparable 2022 figure ({@code comparison_note}, no
   * figure linked): none in the seed, or only figures of another measure or scope.
   */
  NO_COMPARATOR("no-comparator"),
  /** A target met on fewer than 1% or more than 99% of a scenario's paths. */
  IMPLAUSIBLE("implausible");

  private final String label;

  FindingKind(String label) {
    this.label = label;
  }

  /** The kind as finding ids and {@code audit.csv} write it. */
  public String label() {
    return label;
  }
}
