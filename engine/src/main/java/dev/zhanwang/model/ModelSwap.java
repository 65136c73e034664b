package dev.zhanwang.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * One model put in place of every indicator's own, where the indicator can take it, for comparing
 * models on the same scenario. A pure function of the specs: each swapped spec keeps its id, flow
 * flag, {@code growth_pct}, {@code uncertainty_pct}, seasonality, growth path and assumption text;
 * only the model changes, to the one its variant assumes ({@link GrowthModel#assumed}): a spec
 * already under the model keeps its own parameters; ar1-monthly gets phi
 * {@value Ar1Monthly#DEFAULT_PHI}, split-normal {@link Defaults#skew()}, student-t
 * {@link Defaults#degreesOfFreedom()}.
 *
 * <p>Kept as they are: a rate under ar1-monthly (a rate has no months), a spec given only
 * ar1-monthly's {@code sigma} (every target model needs {@code uncertainty_pct}), and a factor
 * spec, whose correlation with the other indicators comes from its loadings, which no other model
 * has. Models that need loadings or a history cannot be put in place. Each kept spec and each
 * assumed parameter is reported in a note, so a comparison says what it did not change.
 *
 * @param model the model to put in place
 * @param defaults the parameters assumed where a spec has none of the model's own
 */
public record ModelSwap(GrowthModel model, Defaults defaults) {
  /** The models a comparison can put in place of the scenario's, in the enum's order. */
  public static final List<GrowthModel> TARGETS = Arrays.stream(GrowthModel.values())
      .filter(m -> m.assumed(new Defaults(0.0, 5.0)).isPresent())
      .toList();

  /**
   * Parameters assumed for a swapped-in model.
   *
   * @param skew split-normal's skew, in (-1, 1)
   * @param degreesOfFreedom student-t's df, {@code > 2} and finite
   */
  public record Defaults(double skew, double degreesOfFreedom) {
    /**
     * @throws IllegalArgumentException for a skew outside (-1, 1) or df not above 2
     */
    public Defaults {
      if (!(skew > -1 && skew < 1)) {
        throw new IllegalArgumentException("skew must be in (-1, 1), but was " + skew);
      }
      if (!(degreesOfFreedom > 2) || Double.isInfinite(degreesOfFreedom)) {
        throw new IllegalArgumentException(
            "df must be > 2 and finite, but was " + degreesOfFreedom);
      }
    }
  }

  /**
   * @throws IllegalArgumentException for a model not in {@link #TARGETS}
   */
  public ModelSwap {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(defaults, "defaults");
    if (!TARGETS.contains(model)) {
      throw new IllegalArgumentException(
          "must be one of " + GrowthModel.labels(TARGETS) + ", but was " + model.label());
    }
  }

  /** The specs after the swap, and what the swap kept or assumed. */
  public record Result(List<IndicatorSpec> indicators, List<String> notes) {
    public Result {
      indicators = List.copyOf(indicators);
      notes = List.copyOf(notes);
    }
  }

  /** Why a spec was not swapped. */
  private enum Kept {
    RATE("rate indicators keep their own model, as it applies to flows only: %s"),
    SIGMA_ONLY("given only sigma, not uncertainty_pct, these keep ar1-monthly: %s"),
    FACTOR("these keep factor, as their correlation with the others comes from their loadings:"
        + " %s");

    private final String text;

    Kept(String text) {
      this.text = text;
    }
  }

  /** The specs with this swap's model wherever it applies, in the same order. */
  public Result applyTo(List<IndicatorSpec> specs) {
    Model assumed = model.assumed(defaults).orElseThrow();
    List<IndicatorSpec> swapped = new ArrayList<>();
    Map<Kept, List<String>> kept = new EnumMap<>(Kept.class);
    List<String> assumedFor = new ArrayList<>();
    for (IndicatorSpec spec : specs) {
      Kept reason = reasonToKeep(spec);
      if (reason != null) {
        kept.computeIfAbsent(reason, n -> new ArrayList<>()).add(spec.id());
        swapped.add(spec);
      } else if (spec.variant() == model) {
        swapped.add(spec);
      } else {
        swapped.add(spec.withModel(assumed));
        if (!assumed.parameters().isEmpty()) {
          assumedFor.add(spec.id());
        }
      }
    }
    List<String> notes = new ArrayList<>();
    kept.forEach(
        (reason, ids) -> notes.add(model.label() + ": " + reason.text.formatted(ids(ids))));
    if (!assumedFor.isEmpty()) {
      notes.add(model.label() + ": " + describe(assumed) + " for " + ids(assumedFor));
    }
    return new Result(swapped, notes);
  }

  /** Why {@code spec} cannot take this model, or null when it can. */
  private Kept reasonToKeep(IndicatorSpec spec) {
    if (spec.variant() == model) {
      return null;
    }
    if (spec.model().setsCorrelations()) {
      return Kept.FACTOR;
    }
    if (model.flowsOnly() && !spec.flow()) {
      return Kept.RATE;
    }
    if (spec.uncertaintyPct().isEmpty()) {
      return Kept.SIGMA_ONLY;
    }
    return null;
  }

  /** The assumed parameters: {@code phi 0.5}, {@code skew -0.2}. */
  private static String describe(Model assumed) {
    List<String> parts = new ArrayList<>();
    assumed.parameters().forEach((key, value) -> parts.add(key + " " + number(value)));
    return String.join(", ", parts) + " (assumed)";
  }

  /** Ids in a note: all of a few, else the first few and how many more. */
  private static String ids(List<String> ids) {
    int shown = 4;
    return ids.size() <= shown
        ? String.join(", ", ids)
        : String.join(", ", ids.subList(0, shown)) + " and " + (ids.size() - shown) + " more";
  }

  private static String number(double value) {
    return value == Math.rint(value) && Math.abs(value) < 1e6
        ? String.format(Locale.ROOT, "%.0f", value)
        : Double.toString(value);
  }
}
