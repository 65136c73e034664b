package dev.zhanwang.analysis;

import dev.zhanwang.model.GrowthModel;
import java.util.List;
import java.util.Objects;

/**
 * One scenario's targets under several models with common random numbers: every model ran from
 * the same seed and drew the same standard-normal shocks, so the differences between the models'
 * probabilities are model risk rather than Monte Carlo noise.
 *
 * <p>The spread of a target check is {@code max_m P_m(met) - min_m P_m(met)} over the models.
 *
 * @param runs one per model, in the order asked for; all have the same target checks in the same
 *     order
 */
public record ModelComparison(String scenarioName, String description, int year, long paths,
    long seed, List<ModelRun> runs) {

  /**
   * A model's result on the scenario.
   *
   * @param outcomes one per target check, in the scenario's order
   * @param notes what the model swap kept or assumed ({@link ModelSwap.Result#notes()})
   */
  public record ModelRun(GrowthModel model, List<TargetOutcome> outcomes,
      double probabilityAllMet, double probabilityAllMetStdError, List<String> notes) {
    public ModelRun {
      Objects.requireNonNull(model, "model");
      outcomes = List.copyOf(outcomes);
      notes = List.copyOf(notes);
    }

    /** The run of {@code model} that produced {@code forecast}. */
    public static ModelRun of(GrowthModel model, Forecast forecast, List<String> notes) {
      return new ModelRun(model, forecast.outcomes(), forecast.probabilityAllMet(),
          forecast.probabilityAllMetStdError(), notes);
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
        .map(o -> o.target().id() + "/" + o.criterion().label()).toList();
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
