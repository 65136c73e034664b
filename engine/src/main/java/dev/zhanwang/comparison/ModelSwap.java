package dev.zhanwang.comparison;

import dev.zhanwang.model.GrowthModel;
import dev.zhanwang.scenario.IndicatorSpec;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.stream.Collectors;

/**
 * One model put in place of every indicator's own, where the indicator can take it, for comparing
 * models on the same scenario. A pure function of the specs: each swapped spec keeps its id, flow
 * flag, {@code growth_pct}, {@code uncertainty_pct}, seasonality, growth path and assumption text;
 * only the model and its own parameters change:
 *
 * <ul>
 *   <li>{@code iid-lognormal}: no skew, df, phi or loadings;
 *   <li>{@code ar1-monthly}: flows only (a rate has no months; it keeps its model), with phi
 *       {@value #DEFAULT_PHI}, the scenario loader's default, unless the spec is ar1-monthly
 *       already;
 *   <li>{@code split-normal}: the spec's own skew if it is split-normal already, else
 *       {@link #skew()};
 *   <li>{@code student-t}: the spec's own df if it is student-t already, else
 *       {@link #degreesOfFreedom()}.
 * </ul>
 *
 * <p>Every target model needs {@code uncertainty_pct}: an ar1-monthly spec given only {@code
 * sigma} keeps its model. A {@code factor} spec keeps its model too, because its correlation with
 * the other indicators comes from its loadings, which no other model has; and {@code factor} is not
 * a target, as it would need loadings for every indicator. Each kept spec and each assumed
 * parameter is reported in a note, so a comparison says what it did not change.
 *
 * @param model the model to put in place
 * @param skew split-normal's skew where the spec has none, in (-1, 1)
 * @param degreesOfFreedom student-t's df where the spec has none, {@code > 2}
 */
public record ModelSwap(GrowthModel model, double skew, double degreesOfFreedom) {
  /** AR(1) coefficient of a spec swapped to ar1-monthly: the scenario loader's default. */
  public static final double DEFAULT_PHI = 0.5;
  /** The models a comparison can put in place of the scenario's, in the enum's order. */
  public static final List<GrowthModel> TARGETS = List.of(GrowthModel.IID_LOGNORMAL,
      GrowthModel.AR1_MONTHLY, GrowthModel.SPLIT_NORMAL, GrowthModel.STUDENT_T);

  /**
   * Checks the model and its parameters.
   *
   * @throws IllegalArgumentException for a model not in {@link #TARGETS}, a skew outside (-1, 1)
   *     or df not above 2
   */
  public ModelSwap {
    Objects.requireNonNull(model, "model");
    if (!TARGETS.contains(model)) {
      throw new IllegalArgumentException("must be one of " + labels(TARGETS) + ", but was "
          + model.label());
    }
    if (!(skew > -1 && skew < 1)) {
      throw new IllegalArgumentException("skew must be in (-1, 1), but was " + skew);
    }
    if (!(degreesOfFreedom > 2) || Double.isInfinite(degreesOfFreedom)) {
      throw new IllegalArgumentException("df must be > 2 and finite, but was " + degreesOfFreedom);
    }
  }

  /** The specs after the swap, and what the swap kept or assumed. */
  public record Result(List<IndicatorSpec> indicators, List<String> notes) {
    public Result {
      indicators = List.copyOf(indicators);
      notes = List.copyOf(notes);
    }
  }

  /** Why a spec was not swapped, or which parameter the swap had to assume. */
  private enum Note {
    RATE("rate indicators keep their own model, as it applies to flows only: %s"),
    SIGMA_ONLY("given only sigma, not uncertainty_pct, these keep ar1-monthly: %s"),
    FACTOR("these keep factor, as their correlation with the others comes from their loadings:"
        + " %s"),
    PHI("phi " + DEFAULT_PHI + " (the scenario default) for %s"),
    SKEW("skew %s (--skew) for %s"),
    DF("df %s (--df) for %s");

    private final String text;

    Note(String text) {
      this.text = text;
    }
  }

  /** The specs with this swap's model wherever it applies, in the same order. */
  public Result applyTo(List<IndicatorSpec> specs) {
    List<IndicatorSpec> swapped = new ArrayList<>();
    Map<Note, List<String>> notes = new EnumMap<>(Note.class);
    for (IndicatorSpec spec : specs) {
      Note kept = reasonToKeep(spec);
      if (kept != null) {
        notes.computeIfAbsent(kept, n -> new ArrayList<>()).add(spec.id());
        swapped.add(spec);
      } else if (spec.model() == model) {
        swapped.add(spec);
      } else {
        swapped.add(swap(spec));
        Note assumed = switch (model) {
          case AR1_MONTHLY -> Note.PHI;
          case SPLIT_NORMAL -> Note.SKEW;
          case STUDENT_T -> Note.DF;
          default -> null;
        };
        if (assumed != null) {
          notes.computeIfAbsent(assumed, n -> new ArrayList<>()).add(spec.id());
        }
      }
    }
    List<String> text = new ArrayList<>();
    notes.forEach((note, ids) -> text.add(model.label() + ": " + switch (note) {
      case SKEW -> note.text.formatted(number(skew), ids(ids));
      case DF -> note.text.formatted(number(degreesOfFreedom), ids(ids));
      default -> note.text.formatted(ids(ids));
    }));
    return new Result(swapped, text);
  }

  /** Why {@code spec} cannot take this model, or null when it can. */
  private Note reasonToKeep(IndicatorSpec spec) {
    if (spec.model() == model) {
      return null;
    }
    if (spec.model() == GrowthModel.FACTOR) {
      return Note.FACTOR;
    }
    if (model == GrowthModel.AR1_MONTHLY && !spec.flow()) {
      return Note.RATE;
    }
    if (spec.uncertaintyPct().isEmpty()) {
      return Note.SIGMA_ONLY;
    }
    return null;
  }

  private IndicatorSpec swap(IndicatorSpec spec) {
    double phi = model == GrowthModel.AR1_MONTHLY ? DEFAULT_PHI : 0.0;
    double newSkew = model == GrowthModel.SPLIT_NORMAL ? skew : 0.0;
    double df = model == GrowthModel.STUDENT_T ? degreesOfFreedom : 0.0;
    return new IndicatorSpec(spec.id(), spec.flow(), model, spec.growthPct(),
        spec.uncertaintyPct(), OptionalDouble.empty(), phi, spec.seasonality(), newSkew,
        spec.growthPath(), spec.assumption(), df, Map.of());
  }

  /** Ids in a note: all of a few, else the first few and how many more. */
  private static String ids(List<String> ids) {
    int shown = 4;
    return ids.size() <= shown ? String.join(", ", ids)
        : String.join(", ", ids.subList(0, shown)) + " and " + (ids.size() - shown) + " more";
  }

  private static String number(double value) {
    return value == Math.rint(value) && Math.abs(value) < 1e6
        ? String.format(Locale.ROOT, "%.0f", value) : Double.toString(value);
  }

  /** Comma-separated labels of {@code models}. */
  public static String labels(List<GrowthModel> models) {
    return models.stream().map(GrowthModel::label).collect(Collectors.joining(", "));
  }
}
