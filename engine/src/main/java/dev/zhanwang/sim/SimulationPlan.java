package dev.zhanwang.sim;

import static dev.zhanwang.data.Year.MONTHS;

import dev.zhanwang.model.SplitNormal;
import java.util.List;

/**
 * A scenario compiled for the kernel: flat primitive arrays and nothing else on the hot path.
 * Built by {@link PlanCompiler}; immutable once built (arrays are never handed out).
 *
 * <p>Indicators are numbered {@code k = 0..K-1}. Month {@code t = 0..11}. Arrays indexed
 * {@code [k * MONTHS + t]} are per indicator and month. Output series are numbered as in
 * {@link #series()}: a flow has 12 (its year-to-date value per month), a rate or composite one.
 */
public final class SimulationPlan {
  /** Model codes in {@link #model}, mirrored from the growth-model enum to keep the loop flat. */
  static final int IID = 0;
  static final int AR1 = 1;
  static final int SPLIT_NORMAL = 2;
  static final int STUDENT_T = 3;
  static final int BOOTSTRAP = 4;

  final int indicatorCount;
  final int[] model;
  final boolean[] flow;
  /** Shock loading F, {@code K x K} row-major: e[t] = F z[t]. Lower triangular when {@link #triangular}. */
  final double[] loading;
  final boolean triangular;
  /** AR(1) coefficient and monthly innovation sd (ar1-monthly). */
  final double[] phi;
  final double[] sigma;
  /** Annual-shock models: centre of the annual log-growth, ln(1 + g). */
  final double[] logMode;
  /** iid-lognormal and factor: the shock's sd; student-t: sd sqrt((df - 2) / df). */
  final double[] shockScale;
  /** student-t: degrees of freedom. */
  final double[] degreesOfFreedom;
  /** split-normal: the two-piece normal of the shock around mode 0. */
  final SplitNormal[] splitNormal;
  /** bootstrap: the equally likely annual log-growth values, ascending. */
  final double[][] resampled;
  /** Project events: indicator, probability, cumulative month distribution, monthly size. */
  final int[] eventIndicator;
  final double[] eventProbability;
  final double[][] eventMonthCdf;
  final double[] eventSize;
  /**
   * Flows: expected monthly level without shocks, {@code [k * MONTHS + t]}; ar1 multiplies it by
   * exp(D[t]), iid by exp(G - logMode) (so it already contains the (1+g) factor).
   */
  final double[] monthlyScale;
  /** First output series of each indicator. */
  final int[] seriesStart;
  /** Composites: weights over indicators, {@code [c * K + k]}, and their output series. */
  final double[] compositeWeights;
  final int[] compositeSeries;
  /** A per-series shift that keeps sums of squares well conditioned (the unshocked value). */
  final double[] seriesCentre;
  /**
   * Added to a series' values when they are stored as floats: growth rates in percent are stored
   * as 100 + rate, away from zero, where floats (and so the quantile bins, which follow the
   * float's bits) are evenly spaced.
   */
  final double[] storedOffset;

  private final List<SeriesInfo> series;
  private final List<CriterionInfo> criteria;
  final int[] criterionSeries;
  final double[] criterionThreshold;
  /** Where the kernel keeps a criterion's annual value: the indicator k, or K + composite index. */
  final int[] criterionAnnualSlot;

  SimulationPlan(
      int[] model,
      boolean[] flow,
      double[] loading,
      boolean triangular,
      double[] phi,
      double[] sigma,
      double[] logMode,
      double[] shockScale,
      double[] degreesOfFreedom,
      SplitNormal[] splitNormal,
      double[][] resampled,
      int[] eventIndicator,
      double[] eventProbability,
      double[][] eventMonthCdf,
      double[] eventSize,
      double[] monthlyScale,
      int[] seriesStart,
      double[] compositeWeights,
      int[] compositeSeries,
      double[] seriesCentre,
      List<SeriesInfo> series,
      List<CriterionInfo> criteria) {
    this.indicatorCount = model.length;
    this.model = model;
    this.flow = flow;
    this.loading = loading;
    this.triangular = triangular;
    this.phi = phi;
    this.sigma = sigma;
    this.logMode = logMode;
    this.shockScale = shockScale;
    this.degreesOfFreedom = degreesOfFreedom;
    this.splitNormal = splitNormal;
    this.resampled = resampled;
    this.eventIndicator = eventIndicator;
    this.eventProbability = eventProbability;
    this.eventMonthCdf = eventMonthCdf;
    this.eventSize = eventSize;
    this.monthlyScale = monthlyScale;
    this.seriesStart = seriesStart;
    this.compositeWeights = compositeWeights;
    this.compositeSeries = compositeSeries;
    this.seriesCentre = seriesCentre;
    this.storedOffset = series.stream().mapToDouble(info -> info.isAnnualRate() ? 100.0 : 0.0)
        .toArray();
    this.series = List.copyOf(series);
    this.criteria = List.copyOf(criteria);
    this.criterionSeries = criteria.stream().mapToInt(CriterionInfo::series).toArray();
    this.criterionThreshold = criteria.stream().mapToDouble(CriterionInfo::threshold).toArray();
    this.criterionAnnualSlot = new int[criterionSeries.length];
    for (int c = 0; c < criterionSeries.length; c++) {
      criterionAnnualSlot[c] = annualSlot(criterionSeries[c]);
    }
  }

  private int annualSlot(int s) {
    for (int c = 0; c < compositeSeries.length; c++) {
      if (compositeSeries[c] == s) {
        return indicatorCount + c;
      }
    }
    for (int i = 0; i < indicatorCount; i++) {
      int last = seriesStart[i] + (flow[i] ? MONTHS - 1 : 0);
      if (s == last) {
        return i;
      }
    }
    throw new IllegalArgumentException("series " + s + " is not an annual value");
  }

  public int indicatorCount() {
    return indicatorCount;
  }

  public int compositeCount() {
    return compositeSeries.length;
  }

  /** Every output series, in index order. */
  public List<SeriesInfo> series() {
    return series;
  }

  /** Every threshold checked on each path, in index order. */
  public List<CriterionInfo> criteria() {
    return criteria;
  }

  public int seriesCount() {
    return series.size();
  }
}
