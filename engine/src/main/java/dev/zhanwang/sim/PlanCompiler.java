package dev.zhanwang.sim;

import static dev.zhanwang.data.Year.MONTHS;

import dev.zhanwang.data.Figure;
import dev.zhanwang.data.Target;
import dev.zhanwang.model.GrowthModel;
import dev.zhanwang.model.GrowthPath;
import dev.zhanwang.model.SplitNormal;
import dev.zhanwang.scenario.EventSpec;
import dev.zhanwang.scenario.CompositeSpec;
import dev.zhanwang.scenario.IndicatorSpec;
import dev.zhanwang.scenario.Scenario;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.apache.commons.math3.linear.MatrixUtils;
import org.apache.commons.math3.linear.NonPositiveDefiniteMatrixException;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RectangularCholeskyDecomposition;

/**
 * Compiles a validated {@link Scenario} into a {@link SimulationPlan}: parameters per indicator, the
 * Cholesky factor of the correlation matrix, expected monthly levels, output series and the
 * thresholds of every target the scenario can forecast.
 */
public final class PlanCompiler {
  /** Pivots below this make the matrix singular: fall back to a rank-revealing root. */
  private static final double SINGULAR_PIVOT = 1e-10;

  private PlanCompiler() {}

  /** The compiled plan and how each target maps onto it. */
  public record Compiled(SimulationPlan plan, List<PlannedCriterion> criteria,
      List<Target> notForecast) {
    public Compiled {
      criteria = List.copyOf(criteria);
      notForecast = List.copyOf(notForecast);
    }
  }

  public static Compiled compile(Scenario scenario) {
    List<IndicatorSpec> specs = scenario.indicators();
    int k = specs.size();
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < k; i++) {
      index.put(specs.get(i).id(), i);
    }
    int[] model = new int[k];
    boolean[] flow = new boolean[k];
    double[] phi = new double[k];
    double[] sigma = new double[k];
    double[] logMode = new double[k];
    double[] shockScale = new double[k];
    double[] degreesOfFreedom = new double[k];
    SplitNormal[] splitNormal = new SplitNormal[k];
    double[][] resampled = new double[k][];
    double[] monthlyScale = new double[k * MONTHS];
    int[] seriesStart = new int[k];
    List<SeriesInfo> series = new ArrayList<>();
    List<Double> centres = new ArrayList<>();

    for (int i = 0; i < k; i++) {
      IndicatorSpec spec = specs.get(i);
      double g = spec.growthPct() / 100.0;
      logMode[i] = Math.log1p(g);
      flow[i] = spec.flow();
      seriesStart[i] = series.size();
      if (flow[i]) {
        double annual2022 = level(scenario, spec.id());
        double[] shares = spec.seasonality();
        double cumulative = 0.0;
        for (int t = 0; t < MONTHS; t++) {
          double expected = spec.growthPath() == GrowthPath.COMPOUND
              ? annual2022 / MONTHS * Math.pow(1.0 + g, (t + 1.0) / MONTHS)
              : annual2022 * shares[t] * (1.0 + g);
          monthlyScale[i * MONTHS + t] = expected;
          cumulative += expected;
          series.add(new SeriesInfo(spec.id(), t));
          centres.add(cumulative);
        }
      } else {
        series.add(new SeriesInfo(spec.id(), -1));
        centres.add(spec.growthPct());
      }
      double sd = spec.uncertaintyPct().orElse(0.0) / 100.0;
      switch (spec.model()) {
        case AR1_MONTHLY -> {
          model[i] = SimulationPlan.AR1;
          phi[i] = spec.phi();
          sigma[i] = spec.sigma().isPresent()
              ? spec.sigma().getAsDouble()
              : sd / annualLoading(spec.phi(), monthlyScale, i * MONTHS);
        }
        case IID_LOGNORMAL, FACTOR -> {
          model[i] = SimulationPlan.IID;
          shockScale[i] = sd;
        }
        case ETS_TREND -> {
          // The predictive Student-t around the fitted trend, with scale (not sd) s; normal when
          // the fit has no finite degrees of freedom.
          boolean finite = spec.degreesOfFreedom() > 0 && Double.isFinite(spec.degreesOfFreedom());
          model[i] = finite ? SimulationPlan.STUDENT_T : SimulationPlan.IID;
          degreesOfFreedom[i] = finite ? spec.degreesOfFreedom() : 0.0;
          shockScale[i] = sd;
        }
        case BOOTSTRAP -> {
          model[i] = SimulationPlan.BOOTSTRAP;
          resampled[i] = spec.resampledLogGrowth();
        }
        case SPLIT_NORMAL -> {
          model[i] = SimulationPlan.SPLIT_NORMAL;
          splitNormal[i] = new SplitNormal(0.0, sd, spec.skew());
        }
        case STUDENT_T -> {
          model[i] = SimulationPlan.STUDENT_T;
          degreesOfFreedom[i] = spec.degreesOfFreedom();
          shockScale[i] = sd * Math.sqrt((spec.degreesOfFreedom() - 2) / spec.degreesOfFreedom());
        }
        default -> throw new IllegalStateException(
            "the scenario loader admits no " + spec.model().label() + " indicator");
      }
    }

    List<CompositeSpec> composites = scenario.composites();
    double[] compositeWeights = new double[composites.size() * k];
    int[] compositeSeries = new int[composites.size()];
    for (int c = 0; c < composites.size(); c++) {
      CompositeSpec composite = composites.get(c);
      double centre = 0.0;
      for (int i = 0; i < k; i++) {
        Double w = composite.weights().get(specs.get(i).id());
        if (w != null) {
          compositeWeights[c * k + i] = w;
          centre += w * specs.get(i).growthPct();
        }
      }
      compositeSeries[c] = series.size();
      series.add(new SeriesInfo(composite.id(), -1));
      centres.add(centre);
    }

    Loading loading = loading(correlation(scenario, index));

    List<CriterionInfo> criteria = new ArrayList<>();
    List<PlannedCriterion> planned = new ArrayList<>();
    List<Target> notForecast = new ArrayList<>();
    for (Target target : scenario.baseline().targets()) {
      int before = planned.size();
      Integer i = index.get(target.indicator());
      if (i != null) {
        planIndicatorTarget(scenario, target, specs.get(i), seriesStart[i], criteria, planned);
      }
      for (int c = 0; c < composites.size(); c++) {
        if (composites.get(c).id().equals(target.indicator()) && target.growthPct().isPresent()) {
          add(criteria, planned, target, true, compositeSeries[c], target.growthPct().getAsDouble(),
              1.0, 0.0, "%", figureGrowth(scenario, target.indicator()),
              target.growthPct().getAsDouble());
        }
      }
      if (planned.size() == before) {
        notForecast.add(target);
      }
    }

    List<EventSpec> events = scenario.events();
    int[] eventIndicator = new int[events.size()];
    double[] eventProbability = new double[events.size()];
    double[][] eventMonthCdf = new double[events.size()][MONTHS];
    double[] eventSize = new double[events.size()];
    for (int e = 0; e < events.size(); e++) {
      EventSpec event = events.get(e);
      eventIndicator[e] = specs.indexOf(scenario.indicator(event.indicator()).orElseThrow());
      eventProbability[e] = event.probability();
      double[] shares = event.monthShares();
      double cumulative = 0.0;
      for (int t = 0; t < MONTHS; t++) {
        cumulative += shares[t];
        eventMonthCdf[e][t] = t == MONTHS - 1 ? 1.0 : cumulative;
      }
      eventSize[e] = event.size();
    }
    SimulationPlan plan = new SimulationPlan(model, flow, loading.matrix, loading.triangular, phi,
        sigma, logMode, shockScale, degreesOfFreedom, splitNormal, resampled, eventIndicator,
        eventProbability,
        eventMonthCdf, eventSize, monthlyScale, seriesStart, compositeWeights, compositeSeries,
        centres.stream().mapToDouble(Double::doubleValue).toArray(), series, criteria);
    return new Compiled(plan, planned, notForecast);
  }

  /**
   * The correlation of the indicators' shocks, in the order of {@code index}: the scenario's
   * matrix where it speaks, the shared loadings between factor indicators, else independence.
   */
  private static double[][] correlation(Scenario scenario, Map<String, Integer> index) {
    int k = index.size();
    double[][] correlation = new double[k][k];
    for (int i = 0; i < k; i++) {
      correlation[i][i] = 1.0;
    }
    List<String> listed = scenario.correlation().indicators();
    double[][] matrix = scenario.correlation().matrix();
    for (int a = 0; a < listed.size(); a++) {
      for (int b = 0; b < listed.size(); b++) {
        if (a != b) {
          correlation[index.get(listed.get(a))][index.get(listed.get(b))] = matrix[a][b];
        }
      }
    }
    List<IndicatorSpec> factors = scenario.indicators().stream()
        .filter(spec -> spec.model() == GrowthModel.FACTOR).toList();
    for (IndicatorSpec a : factors) {
      for (IndicatorSpec b : factors) {
        if (a != b) {
          correlation[index.get(a.id())][index.get(b.id())] = sharedLoading(a, b);
        }
      }
    }
    return correlation;
  }

  /** Correlation of two factor indicators' shocks: {@code sum_f b_af b_bf}. */
  private static double sharedLoading(IndicatorSpec a, IndicatorSpec b) {
    double shared = 0.0;
    for (Map.Entry<String, Double> loading : a.loadings().entrySet()) {
      shared += loading.getValue() * b.loadings().getOrDefault(loading.getKey(), 0.0);
    }
    return shared;
  }

  private static void planIndicatorTarget(Scenario scenario, Target target, IndicatorSpec spec,
      int seriesStart, List<CriterionInfo> criteria, List<PlannedCriterion> planned) {
    if (!spec.flow()) {
      if (target.growthPct().isPresent()) {
        double g = target.growthPct().getAsDouble();
        add(criteria, planned, target, true, seriesStart, g, 1.0, 0.0, "%",
            figureGrowth(scenario, spec.id()), g);
      }
      return;
    }
    int december = seriesStart + MONTHS - 1;
    double annual2022 = level(scenario, spec.id());
    if (target.value().isPresent()) {
      double v = target.value().getAsDouble();
      add(criteria, planned, target, false, december, v, 1.0, 0.0, target.unit(), annual2022, v);
    }
    if (target.growthPct().isPresent()) {
      double g = target.growthPct().getAsDouble();
      add(criteria, planned, target, true, december, annual2022 * (1.0 + g / 100.0),
          100.0 / annual2022, -100.0, "%", figureGrowth(scenario, spec.id()), g);
    }
  }

  private static void add(List<CriterionInfo> criteria, List<PlannedCriterion> planned,
      Target target, boolean growth, int series, double seriesThreshold, double scale, double shift,
      String unit, double baseValue, double threshold) {
    planned.add(new PlannedCriterion(target, growth, criteria.size(), series, scale, shift, unit,
        baseValue, threshold));
    criteria.add(new CriterionInfo(series, seriesThreshold));
  }

  private static double level(Scenario scenario, String id) {
    return scenario.baseline().figure(id).filter(Figure::hasLevel)
        .map(f -> f.value().getAsDouble())
        .orElseThrow(() -> new IllegalStateException(id + " is a flow without a 2022 level"));
  }

  private static double figureGrowth(Scenario scenario, String id) {
    return scenario.baseline().figure(id).map(Figure::growthPct)
        .filter(g -> g.isPresent()).map(g -> g.getAsDouble()).orElse(Double.NaN);
  }

  /**
   * Standard deviation of the annual log-growth per unit of monthly innovation sd, to first order.
   * The annual total's log deviation is {@code sum_t w[t] D[t]} with weights {@code w} the expected
   * monthly shares; with {@code D[t] = sum_{u<=t} d[u]} and {@code d[u] = sum_{v<=u} phi^(u-v) e[v]}
   * it equals {@code sum_v b[v] e[v]}, {@code b[v] = sum_{u>=v} a[u] phi^(u-v)},
   * {@code a[u] = sum_{t>=u} w[t]}; the answer is {@code sqrt(sum_v b[v]^2)}.
   */
  static double annualLoading(double phi, double[] expectedMonthly, int from) {
    double total = 0.0;
    for (int t = 0; t < MONTHS; t++) {
      total += expectedMonthly[from + t];
    }
    double[] a = new double[MONTHS];
    double tail = 0.0;
    for (int u = MONTHS - 1; u >= 0; u--) {
      tail += expectedMonthly[from + u] / total;
      a[u] = tail;
    }
    double squares = 0.0;
    for (int v = 0; v < MONTHS; v++) {
      double b = 0.0;
      double power = 1.0;
      for (int u = v; u < MONTHS; u++) {
        b += a[u] * power;
        power *= phi;
      }
      squares += b * b;
    }
    return Math.sqrt(squares);
  }

  private record Loading(double[] matrix, boolean triangular) {}

  /**
   * The Cholesky factor, or for a singular (positive semi-definite) matrix a pivoted root.
   * Indicators fall into groups that are correlated with each other and with no one else; each
   * group is factorised alone (a unit row for an indicator on its own), which gives the same
   * factor as the whole matrix, as the factor has no entry between groups, at a cost that grows
   * with the groups' sizes rather than the cube of the indicator count.
   */
  private static Loading loading(double[][] correlation) {
    int k = correlation.length;
    double[] flat = new double[k * k];
    boolean triangular = true;
    for (int[] group : correlatedGroups(correlation)) {
      int n = group.length;
      if (n == 1) {
        flat[group[0] * k + group[0]] = 1.0;
        continue;
      }
      double[][] sub = new double[n][n];
      for (int a = 0; a < n; a++) {
        for (int b = 0; b < n; b++) {
          sub[a][b] = correlation[group[a]][group[b]];
        }
      }
      RealMatrix matrix = MatrixUtils.createRealMatrix(sub);
      RealMatrix root;
      try {
        root = new CholeskyDecomposition(matrix,
            CholeskyDecomposition.DEFAULT_RELATIVE_SYMMETRY_THRESHOLD, SINGULAR_PIVOT).getL();
      } catch (NonPositiveDefiniteMatrixException singular) {
        root = new RectangularCholeskyDecomposition(matrix, SINGULAR_PIVOT).getRootMatrix();
        triangular = false;
      }
      for (int a = 0; a < n; a++) {
        for (int b = 0; b < root.getColumnDimension(); b++) {
          flat[group[a] * k + group[b]] = root.getEntry(a, b);
        }
      }
    }
    return new Loading(flat, triangular);
  }

  /**
   * The indicators in groups connected by non-zero correlations, each group in ascending order
   * (so a lower-triangular factor of a group stays lower triangular in the whole), the groups
   * ordered by their first indicator.
   */
  private static List<int[]> correlatedGroups(double[][] correlation) {
    int k = correlation.length;
    int[] parent = new int[k];
    for (int i = 0; i < k; i++) {
      parent[i] = i;
    }
    for (int i = 0; i < k; i++) {
      for (int j = i + 1; j < k; j++) {
        if (correlation[i][j] != 0.0) {
          parent[root(parent, i)] = root(parent, j);
        }
      }
    }
    Map<Integer, List<Integer>> groups = new LinkedHashMap<>();
    for (int i = 0; i < k; i++) {
      groups.computeIfAbsent(root(parent, i), r -> new ArrayList<>()).add(i);
    }
    return groups.values().stream()
        .map(group -> group.stream().mapToInt(Integer::intValue).toArray()).toList();
  }

  private static int root(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }
}
