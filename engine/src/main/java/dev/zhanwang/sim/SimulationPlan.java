package dev.zhanwang.sim;

import static dev.zhanwang.data.Year.MONTHS;

import dev.zhanwang.model.AnnualSampler;
import dev.zhanwang.model.Ar1Months;
import dev.zhanwang.model.Draw;
import java.util.Arrays;
import java.util.List;

/**
 * A scenario compiled for the kernel: flat arrays, and each indicator's sampler, and nothing else
 * on the hot path. Built by {@link PlanCompiler} from one part per indicator, composite and event;
 * immutable once built (arrays are never handed out).
 *
 * <p>Indicators are numbered {@code k = 0..K-1}. Month {@code t = 0..11}. Arrays indexed
 * {@code [k * MONTHS + t]} are per indicator and month. Output series are numbered as in
 * {@link #series()}: a flow has 12 (its year-to-date value per month), a rate or composite one.
 *
 * <p>Serializable: a sweep on a cluster sends each grid point's plan to the machine that runs it.
 */
public final class SimulationPlan implements java.io.Serializable {
  private static final long serialVersionUID = 1L;

  /**
   * One indicator's part of the plan.
   *
   * @param flow whether it has a 2022 level and so 12 year-to-date series
   * @param logMode {@code ln(1+g)}, the centre of its annual log-growth
   * @param expectedMonths a flow's expected monthly levels without shocks (empty for a rate)
   * @param draw how its model draws it
   * @param seriesStart its first output series
   */
  record IndicatorPart(
      boolean flow, double logMode, double[] expectedMonths, Draw draw, int seriesStart) {}

  /** A composite's weights over the indicators, and its output series. */
  record CompositePart(double[] weights, int series) {}

  /** A project event: its indicator, probability, cumulative month distribution, monthly size. */
  record EventPart(int indicator, double probability, double[] monthCdf, double size) {}

  /**
   * A target group: the criteria it counts, and whether one of them suffices (else every one
   * must be met).
   */
  record GroupPart(int[] criteria, boolean anyOne) {}

  /** The shock loading F, {@code K x K} row-major ({@code e = F z}), lower triangular or not. */
  record Loading(double[] matrix, boolean triangular) {}

  /**
   * A stress run's pinned indicators ({@link Stress}): their bands as probabilities; per pinned
   * {@code b} its month weights {@code weights[b * 12 + t]} (a unit vector: the pinned shock is
   * {@code sum_t w_b[t] e_b[t]}); the inverse {@code inverse[a * P + b]} of the pinned shocks'
   * covariance; and per indicator {@code i} the correlation {@code correlation[i * P + b]} of its
   * innovations with pinned {@code b}'s.
   */
  record StressPart(
      int[] pinned,
      double[] low,
      double[] high,
      double[] weights,
      double[] inverse,
      double[] correlation) {}

  final int indicatorCount;
  final boolean[] flow;
  /** Shock loading F, row-major: e[t] = F z[t]. Lower triangular when {@link #triangular}. */
  final double[] loading;

  final boolean triangular;
  /** Month by month (ar1-monthly), or null for an annual indicator. */
  final Ar1Months[] monthly;
  /** An annual indicator's sampler of its growth multiplier, or null for a monthly one. */
  final AnnualSampler[] annual;
  /** Whether an annual flow counts whole things: its year-to-date values are rounded. */
  final boolean[] whole;
  /** Per series: whether its values are whole numbers, so its quantiles are order statistics. */
  final boolean[] wholeSeries;
  /** Centre of the annual log-growth, ln(1 + g). */
  final double[] logMode;
  /** Project events: indicator, probability, cumulative month distribution, monthly size. */
  final int[] eventIndicator;

  final double[] eventProbability;
  final double[][] eventMonthCdf;
  final double[] eventSize;
  /**
   * Flows: expected monthly level without shocks, {@code [k * MONTHS + t]}; ar1 multiplies it by
   * exp(D[t]), annual models by their multiplier (so it already contains the (1+g) factor).
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
  /** Per target group: the criteria it counts, and whether one of them suffices. */
  final int[][] groupCriteria;

  final boolean[] groupAnyOne;
  /** The stress applied to the annual shocks, or null for an unstressed run. */
  final StressPart stress;

  SimulationPlan(
      List<IndicatorPart> indicators,
      Loading loading,
      List<CompositePart> composites,
      List<EventPart> events,
      List<SeriesInfo> series,
      double[] seriesCentre,
      List<CriterionInfo> criteria,
      List<GroupPart> groups) {
    int k = indicators.size();
    this.indicatorCount = k;
    this.loading = loading.matrix();
    this.triangular = loading.triangular();
    this.flow = new boolean[k];
    this.monthly = new Ar1Months[k];
    this.annual = new AnnualSampler[k];
    this.whole = new boolean[k];
    this.logMode = new double[k];
    this.monthlyScale = new double[k * MONTHS];
    this.seriesStart = new int[k];
    for (int i = 0; i < k; i++) {
      IndicatorPart part = indicators.get(i);
      flow[i] = part.flow();
      logMode[i] = part.logMode();
      seriesStart[i] = part.seriesStart();
      System.arraycopy(
          part.expectedMonths(), 0, monthlyScale, i * MONTHS, part.expectedMonths().length);
      if (part.draw() instanceof Draw.Monthly months) {
        monthly[i] = months.months();
      } else if (part.draw() instanceof Draw.Annual year) {
        annual[i] = year.sampler();
        whole[i] = year.whole();
      }
    }
    this.compositeWeights = new double[composites.size() * k];
    this.compositeSeries = new int[composites.size()];
    for (int c = 0; c < composites.size(); c++) {
      System.arraycopy(composites.get(c).weights(), 0, compositeWeights, c * k, k);
      compositeSeries[c] = composites.get(c).series();
    }
    this.eventIndicator = events.stream().mapToInt(EventPart::indicator).toArray();
    this.eventProbability = events.stream().mapToDouble(EventPart::probability).toArray();
    this.eventMonthCdf = events.stream().map(EventPart::monthCdf).toArray(double[][]::new);
    this.eventSize = events.stream().mapToDouble(EventPart::size).toArray();
    this.seriesCentre = seriesCentre;
    this.storedOffset =
        series.stream().mapToDouble(info -> info.isAnnualRate() ? 100.0 : 0.0).toArray();
    this.wholeSeries = new boolean[series.size()];
    for (int i = 0; i < k; i++) {
      if (whole[i]) {
        Arrays.fill(wholeSeries, seriesStart[i], seriesStart[i] + MONTHS, true);
      }
    }
    this.series = List.copyOf(series);
    this.criteria = List.copyOf(criteria);
    this.criterionSeries = criteria.stream().mapToInt(CriterionInfo::series).toArray();
    this.criterionThreshold =
        criteria.stream().mapToDouble(CriterionInfo::threshold).toArray();
    this.criterionAnnualSlot = new int[criterionSeries.length];
    for (int c = 0; c < criterionSeries.length; c++) {
      criterionAnnualSlot[c] = annualSlot(criterionSeries[c]);
    }
    this.groupCriteria = groups.stream().map(g -> g.criteria().clone()).toArray(int[][]::new);
    this.groupAnyOne = new boolean[groups.size()];
    for (int g = 0; g < groups.size(); g++) {
      groupAnyOne[g] = groups.get(g).anyOne();
    }
    this.stress = null;
  }

  /** A copy of {@code base} with a stress; every other array is shared, as none is changed. */
  private SimulationPlan(SimulationPlan base, StressPart stress) {
    this.indicatorCount = base.indicatorCount;
    this.flow = base.flow;
    this.loading = base.loading;
    this.triangular = base.triangular;
    this.monthly = base.monthly;
    this.annual = base.annual;
    this.whole = base.whole;
    this.wholeSeries = base.wholeSeries;
    this.logMode = base.logMode;
    this.eventIndicator = base.eventIndicator;
    this.eventProbability = base.eventProbability;
    this.eventMonthCdf = base.eventMonthCdf;
    this.eventSize = base.eventSize;
    this.monthlyScale = base.monthlyScale;
    this.seriesStart = base.seriesStart;
    this.compositeWeights = base.compositeWeights;
    this.compositeSeries = base.compositeSeries;
    this.seriesCentre = base.seriesCentre;
    this.storedOffset = base.storedOffset;
    this.series = base.series;
    this.criteria = base.criteria;
    this.criterionSeries = base.criterionSeries;
    this.criterionThreshold = base.criterionThreshold;
    this.criterionAnnualSlot = base.criterionAnnualSlot;
    this.groupCriteria = base.groupCriteria;
    this.groupAnyOne = base.groupAnyOne;
    this.stress = stress;
  }

  /** This plan with its annual shocks stressed ({@link Stress#applyTo}). */
  SimulationPlan withStress(StressPart part) {
    return new SimulationPlan(this, part);
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

  /** Target groups, each counted once in "all targets met at once". */
  public int groupCount() {
    return groupCriteria.length;
  }

  public int seriesCount() {
    return series.size();
  }

  /**
   * What a stored value of series {@code s} carries on top of its value in the plan's units (100
   * for an annual rate, see {@link #storedOffset}); a store's value minus this is the value.
   */
  public double storedOffset(int s) {
    return storedOffset[s];
  }
}
