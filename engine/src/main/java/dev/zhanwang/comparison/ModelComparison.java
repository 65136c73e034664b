package dev.zhanwang.comparison;

import dev.zhanwang.forecast.Forecast;
import dev.zhanwang.forecast.TargetOutcome;
import dev.zhanwang.model.GrowthModel;
import dev.zhanwang.sim.MetPaths;
import dev.zhanwang.sim.PlanCompiler;
import dev.zhanwang.sim.PlannedCriterion;
import dev.zhanwang.sim.SimulationResult;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.ToDoubleFunction;

/**
 * One scenario's targets under several models with common random numbers: every model ran from
 * the same seed and drew the same standard-normal shocks, so the differences between the models'
 * probabilities are model risk rather than Monte Carlo noise.
 *
 * <p>The spread of a target check is {@code max_m P_m(met) - min_m P_m(met)} over the models. Its
 * standard error pairs the two models path by path (see {@link MetPaths#pairedStdError}), taking
 * which models are highest and lowest as given; it is NaN when the runs did not keep their met
 * paths.
 *
 * @param runs one per model, in the order asked for; all have the same target checks in the same
 *     order
 */
public record ModelComparison(
    String scenarioName, String description, int year, long paths, long seed, List<ModelRun> runs) {

  /**
   * A model's result on the scenario.
   *
   * @param outcomes one per target check, in the scenario's order
   * @param metPaths the paths that met each target check, then those that met all at once; empty
   *     when not kept
   * @param notes what the model swap kept or assumed ({@link ModelSwap.Result#notes()})
   */
  public record ModelRun(
      GrowthModel model,
      List<TargetOutcome> outcomes,
      double probabilityAllMet,
      double probabilityAllMetStdError,
      List<BitSet> metPaths,
      List<String> notes) {
    public ModelRun {
      Objects.requireNonNull(model, "model");
      outcomes = List.copyOf(outcomes);
      metPaths = List.copyOf(metPaths);
      notes = List.copyOf(notes);
      if (!metPaths.isEmpty() && metPaths.size() != outcomes.size() + 1) {
        throw new IllegalArgumentException("met paths are needed for " + outcomes.size()
            + " target checks and all at once, but there were " + metPaths.size());
      }
    }

    /**
     * The run of {@code model} that produced {@code forecast} from {@code result}, with the met
     * paths when the result kept them.
     */
    public static ModelRun of(
        GrowthModel model,
        Forecast forecast,
        PlanCompiler.Compiled compiled,
        SimulationResult result,
        List<String> notes) {
      List<BitSet> met = new ArrayList<>();
      result.metPaths().ifPresent(paths -> {
        for (PlannedCriterion planned : compiled.criteria()) {
          met.add(paths.met(planned.criterion()));
        }
        met.add(paths.allMet());
      });
      return new ModelRun(
          model,
          forecast.outcomes(),
          forecast.probabilityAllMet(),
          forecast.probabilityAllMetStdError(),
          met,
          notes);
    }
  }

  /**
   * Checks that there is a run and that every run has the same target checks.
   *
   * @throws IllegalArgumentException when there is no run, a model runs twice or the runs'
   *     target checks differ
   */
  public ModelComparison {
    runs = List.copyOf(runs);
    if (runs.isEmpty()) {
      throw new IllegalArgumentException("a comparison needs at least one model");
    }
    if (runs.stream().map(ModelRun::model).distinct().count() != runs.size()) {
      throw new IllegalArgumentException("each model runs once, but the runs were "
          + runs.stream().map(r -> r.model().label()).toList());
    }
    List<String> checks = checkNames(runs.get(0));
    for (ModelRun run : runs) {
      if (!checkNames(run).equals(checks)) {
        throw new IllegalArgumentException(run.model().label() + " has target checks "
            + checkNames(run) + ", but " + runs.get(0).model().label() + " has " + checks);
      }
    }
  }

  private static List<String> checkNames(ModelRun run) {
    return run.outcomes().stream()
        .map(o -> o.target().id() + "/" + o.criterion().label())
        .toList();
  }

  public List<GrowthModel> models() {
    return runs.stream().map(ModelRun::model).toList();
  }

  /** The target checks, as the first model saw them (targets, thresholds and units are shared). */
  public List<TargetOutcome> checks() {
    return runs.get(0).outcomes();
  }

  /** {@code max - min} over the models of P(met) of target check {@code check}. */
  public double spread(int check) {
    double low = Double.POSITIVE_INFINITY;
    double high = Double.NEGATIVE_INFINITY;
    for (ModelRun run : runs) {
      double p = run.outcomes().get(check).probabilityMet();
      low = Math.min(low, p);
      high = Math.max(high, p);
    }
    return high - low;
  }

  /** Paired standard error of {@link #spread(int)}; NaN without met paths, 0 with one model. */
  public double spreadStdError(int check) {
    return pairedStdError(check, run -> run.outcomes().get(check).probabilityMet());
  }

  /** Paired standard error of {@link #spreadAllMet()}, as {@link #spreadStdError(int)}. */
  public double spreadAllMetStdError() {
    return pairedStdError(checks().size(), ModelRun::probabilityAllMet);
  }

  /** Pairs the runs of highest and lowest {@code probability}, on met-paths row {@code row}. */
  private double pairedStdError(int row, ToDoubleFunction<ModelRun> probability) {
    if (runs.stream().anyMatch(run -> run.metPaths().isEmpty())) {
      return Double.NaN;
    }
    Comparator<ModelRun> order = Comparator.comparingDouble(probability);
    ModelRun high = runs.stream().max(order).orElseThrow();
    ModelRun low = runs.stream().min(order).orElseThrow();
    return MetPaths.pairedStdError(high.metPaths().get(row), low.metPaths().get(row), paths);
  }

  /** {@code max - min} over the models of P(all targets met). */
  public double spreadAllMet() {
    double low = runs.stream().mapToDouble(ModelRun::probabilityAllMet).min().orElseThrow();
    double high = runs.stream().mapToDouble(ModelRun::probabilityAllMet).max().orElseThrow();
    return high - low;
  }

  /** The index of the target check whose P(met) differs most between models; -1 if none. */
  public int widestSpread() {
    int widest = -1;
    for (int c = 0; c < checks().size(); c++) {
      if (widest < 0 || spread(c) > spread(widest)) {
        widest = c;
      }
    }
    return widest;
  }
}
