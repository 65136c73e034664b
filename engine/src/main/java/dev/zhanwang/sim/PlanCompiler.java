package dev.zhanwang.sim;

import static dev.zhanwang.data.Year.MONTHS;

import dev.zhanwang.data.Figure;
import dev.zhanwang.data.Target;
import dev.zhanwang.model.GrowthPath;
import dev.zhanwang.model.IndicatorSpec;
import dev.zhanwang.model.Model;
import dev.zhanwang.scenario.CompositeSpec;
import dev.zhanwang.scenario.EventSpec;
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
  public record Compiled(
      SimulationPlan plan,
      List<PlannedCriterion> criteria,
      List<Target> notForecast,
      List<PlannedGroup> groups) {
    public Compiled {
      criteria = List.copyOf(criteria);
      notForecast = List.copyOf(notForecast);
      groups = List.copyOf(groups);
    }
  }

  /**
   * Compiles the scenario: each indicator's model gives its part ({@link Model#draw}), the
   * composites, events and targets follow.
   *
   * @throws InvalidInputException for latin-hypercube sampling with a monthly indicator
   */
  public static Compiled compile(Scenario scenario) {
    List<IndicatorSpec> specs = scenario.indicators();
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < specs.size(); i++) {
      index.put(specs.get(i).id(), i);
    }
    List<SeriesInfo> series = new ArrayList<>();
    List<Double> centres = new ArrayList<>();
    List<SimulationPlan.IndicatorPart> indicators = new ArrayList<>();
    for (IndicatorSpec spec : specs) {
      indicators.add(indicatorPart(scenario, spec, series, centres));
    }
    List<SimulationPlan.CompositePart> composites = new ArrayList<>();
    for (CompositeSpec composite : scenario.composites()) {
      composites.add(compositePart(composite, specs, series, centres));
    }
    List<CriterionInfo> criteria = new ArrayList<>();
    List<PlannedCriterion> planned = new ArrayList<>();
    List<Target> notForecast = new ArrayList<>();
    for (Target target : scenario.baseline().targets()) {
      int before = planned.size();
      Integer i = index.get(target.indicator());
      if (i != null) {
        planIndicatorTarget(
            scenario, target, specs.get(i), indicators.get(i).seriesStart(), criteria, planned);
      }
      for (int c = 0; c < composites.size(); c++) {
        if (scenario.composites().get(c).id().equals(target.indicator())
            && target.growthPct().isPresent()) {
          add(
              criteria,
              planned,
              target,
              true,
              composites.get(c).series(),
              target.growthPct().getAsDouble(),
              1.0,
              0.0,
              "%",
              figureGrowth(scenario, target.indicator()),
              target.growthPct().getAsDouble());
        }
      }
      if (planned.size() == before) {
        notForecast.add(target);
      }
    }
    List<SimulationPlan.EventPart> events =
        scenario.events().stream().map(event -> eventPart(event, index)).toList();
    List<PlannedGroup> groups = groups(scenario, planned);
    SimulationPlan plan = new SimulationPlan(
        indicators,
        loading(specs.size(), correlation(scenario, index)),
        composites,
        events,
        series,
        centres.stream().mapToDouble(Double::doubleValue).toArray(),
        criteria,
        groups.stream().map(PlanCompiler::groupPart).toList());
    return new Compiled(plan, planned, notForecast, groups);
  }

  /**
   * The checks in target groups, one per indicator, in the order of each group's first check;
   * each group's rule is the scenario's ({@code joint:}).
   */
  private static List<PlannedGroup> groups(Scenario scenario, List<PlannedCriterion> planned) {
    Map<String, List<PlannedCriterion>> byIndicator = new LinkedHashMap<>();
    for (PlannedCriterion criterion : planned) {
      byIndicator
          .computeIfAbsent(criterion.target().indicator(), id -> new ArrayList<>())
          .add(criterion);
    }
    List<PlannedGroup> groups = new ArrayList<>();
    byIndicator.forEach((id, statements) ->
        groups.add(new PlannedGroup(id, groups.size(), scenario.joint().ruleFor(id), statements)));
    return groups;
  }

  private static SimulationPlan.GroupPart groupPart(PlannedGroup group) {
    return new SimulationPlan.GroupPart(
        group.counted().stream().mapToInt(PlannedCriterion::criterion).toArray(),
        group.rule().anyOne());
  }

  /**
   * One indicator's part: its expected months (a flow's), its output series and their centres,
   * and how its model draws it.
   */
  private static SimulationPlan.IndicatorPart indicatorPart(
      Scenario scenario, IndicatorSpec spec, List<SeriesInfo> series, List<Double> centres) {
    int seriesStart = series.size();
    double g = spec.growthPct() / 100.0;
    double[] expected = new double[spec.flow() ? MONTHS : 0];
    if (spec.flow()) {
      double annual2022 = level(scenario, spec.id());
      double[] shares = spec.seasonality();
      double cumulative = 0.0;
      for (int t = 0; t < MONTHS; t++) {
        expected[t] = spec.growthPath() == GrowthPath.COMPOUND
            ? annual2022 / MONTHS * Math.pow(1.0 + g, (t + 1.0) / MONTHS)
            : annual2022 * shares[t] * (1.0 + g);
        cumulative += expected[t];
        series.add(new SeriesInfo(spec.id(), t));
        centres.add(cumulative);
      }
    } else {
      series.add(new SeriesInfo(spec.id(), -1));
      centres.add(spec.growthPct());
    }
    return new SimulationPlan.IndicatorPart(
        spec.flow(), Math.log1p(g), expected, spec.model().draw(spec, expected), seriesStart);
  }

  /** A composite's weights over the indicators, its series and its centre. */
  private static SimulationPlan.CompositePart compositePart(
      CompositeSpec composite,
      List<IndicatorSpec> specs,
      List<SeriesInfo> series,
      List<Double> centres) {
    double[] weights = new double[specs.size()];
    double centre = 0.0;
    for (int i = 0; i < specs.size(); i++) {
      Double w = composite.weights().get(specs.get(i).id());
      if (w != null) {
        weights[i] = w;
        centre += w * specs.get(i).growthPct();
      }
    }
    series.add(new SeriesInfo(composite.id(), -1));
    centres.add(centre);
    return new SimulationPlan.CompositePart(weights, series.size() - 1);
  }

  /** An event with its month distribution made cumulative (the last month closing it at 1). */
  private static SimulationPlan.EventPart eventPart(EventSpec event, Map<String, Integer> index) {
    double[] shares = event.monthShares();
    double[] cdf = new double[MONTHS];
    double cumulative = 0.0;
    for (int t = 0; t < MONTHS; t++) {
      cumulative += shares[t];
      cdf[t] = t == MONTHS - 1 ? 1.0 : cumulative;
    }
    return new SimulationPlan.EventPart(
        index.get(event.indicator()), event.probability(), cdf, event.size());
  }

  /**
   * The non-zero correlations between distinct indicators' shocks, by row and column in the order
   * of {@code index}: the scenario's matrix where it speaks, the shared loadings between factor
   * indicators; independence elsewhere. Sparse, as most pairs of a large scenario are independent.
   */
  private static Map<Integer, Map<Integer, Double>> correlation(
      Scenario scenario, Map<String, Integer> index) {
    Map<Integer, Map<Integer, Double>> correlation = new HashMap<>();
    List<String> listed = scenario.correlation().indicators();
    double[][] matrix = scenario.correlation().matrix();
    for (int a = 0; a < listed.size(); a++) {
      for (int b = 0; b < listed.size(); b++) {
        if (a != b) {
          put(correlation, index.get(listed.get(a)), index.get(listed.get(b)), matrix[a][b]);
        }
      }
    }
    List<IndicatorSpec> specs = scenario.indicators();
    for (IndicatorSpec a : specs) {
      if (!a.model().setsCorrelations()) {
        continue;
      }
      for (IndicatorSpec b : specs) {
        if (a != b) {
          a.model()
              .correlationWith(b.model())
              .ifPresent(r -> put(correlation, index.get(a.id()), index.get(b.id()), r));
        }
      }
    }
    return correlation;
  }

  private static void put(Map<Integer, Map<Integer, Double>> correlation, int i, int j, double r) {
    if (r == 0.0) {
      Map<Integer, Double> row = correlation.get(i);
      if (row != null) {
        row.remove(j);
      }
    } else {
      correlation.computeIfAbsent(i, row -> new HashMap<>()).put(j, r);
    }
  }

  private static void planIndicatorTarget(
      Scenario scenario,
      Target target,
      IndicatorSpec spec,
      int seriesStart,
      List<CriterionInfo> criteria,
      List<PlannedCriterion> planned) {
    if (!spec.flow()) {
      if (target.growthPct().isPresent()) {
        double g = target.growthPct().getAsDouble();
        add(
            criteria,
            planned,
            target,
            true,
            seriesStart,
            g,
            1.0,
            0.0,
            "%",
            figureGrowth(scenario, spec.id()),
            g);
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
      add(
          criteria,
          planned,
          target,
          true,
          december,
          annual2022 * (1.0 + g / 100.0),
          100.0 / annual2022,
          -100.0,
          "%",
          figureGrowth(scenario, spec.id()),
          g);
    }
  }

  private static void add(
      List<CriterionInfo> criteria,
      List<PlannedCriterion> planned,
      Target target,
      boolean growth,
      int series,
      double seriesThreshold,
      double scale,
      double shift,
      String unit,
      double baseValue,
      double threshold) {
    planned.add(new PlannedCriterion(
        target, growth, criteria.size(), series, scale, shift, unit, baseValue, threshold));
    criteria.add(new CriterionInfo(series, seriesThreshold));
  }

  private static double level(Scenario scenario, String id) {
    return scenario
        .baseline()
        .figure(id)
        .filter(Figure::hasLevel)
        .map(f -> f.value().getAsDouble())
        .orElseThrow(() -> new IllegalStateException(id + " is a flow without a 2022 level"));
  }

  private static double figureGrowth(Scenario scenario, String id) {
    return scenario
        .baseline()
        .figure(id)
        .map(Figure::growthPct)
        .filter(g -> g.isPresent())
        .map(g -> g.getAsDouble())
        .orElse(Double.NaN);
  }

  /**
   * The Cholesky factor, or for a singular (positive semi-definite) matrix a pivoted root.
   * Indicators fall into groups that are correlated with each other and with no one else; each
   * group is factorised alone (a unit row for an indicator on its own), which gives the same
   * factor as the whole matrix, as the factor has no entry between groups, at a cost that grows
   * with the groups' sizes rather than the cube of the indicator count.
   */
  private static SimulationPlan.Loading loading(
      int k, Map<Integer, Map<Integer, Double>> correlation) {
    double[] flat = new double[k * k];
    boolean triangular = true;
    for (int[] group : correlatedGroups(k, correlation)) {
      int n = group.length;
      if (n == 1) {
        flat[group[0] * k + group[0]] = 1.0;
        continue;
      }
      double[][] sub = new double[n][n];
      for (int a = 0; a < n; a++) {
        for (int b = 0; b < n; b++) {
          sub[a][b] = a == b
              ? 1.0
              : correlation.getOrDefault(group[a], Map.of()).getOrDefault(group[b], 0.0);
        }
      }
      RealMatrix matrix = MatrixUtils.createRealMatrix(sub);
      RealMatrix root;
      try {
        root = new CholeskyDecomposition(
                matrix, CholeskyDecomposition.DEFAULT_RELATIVE_SYMMETRY_THRESHOLD, SINGULAR_PIVOT)
            .getL();
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
    return new SimulationPlan.Loading(flat, triangular);
  }

  /**
   * The indicators in groups connected by non-zero correlations, each group in ascending order
   * (so a lower-triangular factor of a group stays lower triangular in the whole), the groups
   * ordered by their first indicator.
   */
  private static List<int[]> correlatedGroups(
      int k, Map<Integer, Map<Integer, Double>> correlation) {
    int[] parent = new int[k];
    for (int i = 0; i < k; i++) {
      parent[i] = i;
    }
    correlation.forEach((i, row) ->
        row.keySet().forEach(j -> parent[root(parent, i)] = root(parent, j)));
    Map<Integer, List<Integer>> groups = new LinkedHashMap<>();
    for (int i = 0; i < k; i++) {
      groups.computeIfAbsent(root(parent, i), r -> new ArrayList<>()).add(i);
    }
    return groups.values().stream()
        .map(group -> group.stream().mapToInt(Integer::intValue).toArray())
        .toList();
  }

  private static int root(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }
}
