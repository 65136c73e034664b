package dev.zhanwang.sensitivity;

import java.util.List;

/**
 * One target check's global sensitivity, from a single run in which every assumption varies as
 * the scenario says (correlations included), per indicator:
 *
 * <ul>
 *   <li>the <b>rank correlation</b> (Spearman) over paths between the indicator's annual shock
 *       (its monthly innovations summed over the year, {@code Z = sum_t e[t] / sqrt 12}, after
 *       the correlation; single months are not ranked, as a month's shock says little about a
 *       year) and the checked outcome (the December year-to-date level or the growth);
 *   <li>the <b>binned change</b>: P(met) on the paths where that shock is in its top fifth minus
 *       P(met) where it is in its bottom fifth.
 * </ul>
 *
 * Unlike a tornado's swings, these show an indicator that moves a target only through its
 * correlation with the target's own indicator.
 *
 * @param check the target check
 * @param rows one per indicator, largest absolute rank correlation first
 */
public record GlobalMeasure(TargetCheck check, List<Row> rows) {
  public GlobalMeasure {
    rows = List.copyOf(rows);
  }

  /**
   * @param indicator the indicator
   * @param rankCorrelation Spearman's rank correlation of its annual shock with the outcome
   * @param probabilityBottomFifth P(met) where its shock is in its bottom fifth
   * @param probabilityTopFifth P(met) where its shock is in its top fifth
   */
  public record Row(
      String indicator,
      double rankCorrelation,
      double probabilityBottomFifth,
      double probabilityTopFifth) {
    /** {@code P(met | top fifth) - P(met | bottom fifth)}. */
    public double binnedChange() {
      return probabilityTopFifth - probabilityBottomFifth;
    }
  }
}
