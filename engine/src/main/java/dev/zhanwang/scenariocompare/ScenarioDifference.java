package dev.zhanwang.scenariocompare;

import dev.zhanwang.input.InvalidInputException;
import dev.zhanwang.input.Problem;
import dev.zhanwang.model.IndicatorSpec;
import dev.zhanwang.model.Model;
import dev.zhanwang.scenario.CompositeSpec;
import dev.zhanwang.scenario.Correlation;
import dev.zhanwang.scenario.EventSpec;
import dev.zhanwang.scenario.Scenario;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * How a scenario {@code to} differs from a scenario {@code from}, as {@link AssumptionGroup}s by
 * indicator and kind, and the hybrid scenarios between them: {@code from} with the groups of a
 * coalition taken from {@code to} ({@link #hybrid}). Both scenarios must read the same figures and
 * targets for the same year and have the same indicators and composites, so that every hybrid is
 * a scenario the loader could have accepted and the target checks line up.
 *
 * <p>Which target an assumption can move ({@link #touches}): an indicator's growth, uncertainty,
 * model and events move the targets on that indicator and on composites built from it; a
 * composite's weights move its own targets; the correlation matrix leaves every indicator's own
 * distribution as it was (it has a unit diagonal), so it moves only composites whose components'
 * correlations changed, and the probability that all targets are met at once.
 */
public final class ScenarioDifference {
  private final Scenario from;
  private final Scenario to;
  private final List<AssumptionGroup> groups;

  private ScenarioDifference(Scenario from, Scenario to, List<AssumptionGroup> groups) {
    this.from = from;
    this.to = to;
    this.groups = List.copyOf(groups);
  }

  /**
   * The groups of assumptions in which {@code to} differs from {@code from}, in {@code from}'s
   * indicator order, then composites, then the correlation.
   *
   * @throws InvalidInputException naming {@code to}'s file when the two cannot be compared: other
   *     figures, targets or year, other indicators or composites
   */
  public static ScenarioDifference between(Scenario from, Scenario to) {
    requireComparable(from, to);
    List<AssumptionGroup> groups = new ArrayList<>();
    for (IndicatorSpec a : from.indicators()) {
      IndicatorSpec b = to.indicator(a.id()).orElseThrow();
      boolean modelDiffers = !sameModel(a.model(), b.model());
      boolean uncertaintyDiffers = !a.uncertaintyPct().equals(b.uncertaintyPct());
      boolean uncertaintyInModel =
          a.uncertaintyPct().isEmpty() || b.uncertaintyPct().isEmpty();
      if (a.growthPct() != b.growthPct()
          || a.growthPath() != b.growthPath()
          || !Arrays.equals(a.seasonality(), b.seasonality())) {
        groups.add(new AssumptionGroup(a.id(), AssumptionKind.GROWTH, growthChange(a, b)));
      }
      if (uncertaintyDiffers && !(modelDiffers && uncertaintyInModel)) {
        groups.add(new AssumptionGroup(
            a.id(), AssumptionKind.UNCERTAINTY, "uncertainty_pct " + shown(a) + " -> " + shown(b)));
      }
      if (modelDiffers) {
        String change = "model " + describe(a.model()) + " -> " + describe(b.model());
        if (uncertaintyDiffers && uncertaintyInModel) {
          change += ", uncertainty_pct " + shown(a) + " -> " + shown(b);
        }
        groups.add(new AssumptionGroup(a.id(), AssumptionKind.MODEL, change));
      }
      List<EventSpec> eventsA = eventsOn(from, a.id());
      List<EventSpec> eventsB = eventsOn(to, a.id());
      if (!sameEvents(eventsA, eventsB)) {
        groups.add(new AssumptionGroup(
            a.id(), AssumptionKind.EVENTS, "events " + names(eventsA) + " -> " + names(eventsB)));
      }
    }
    for (CompositeSpec a : from.composites()) {
      CompositeSpec b = composite(to, a.id());
      if (!a.weights().equals(b.weights())) {
        groups.add(new AssumptionGroup(
            a.id(), AssumptionKind.MODEL, "weights " + a.weights() + " -> " + b.weights()));
      }
    }
    if (!sameCorrelation(from.correlation(), to.correlation())) {
      groups.add(new AssumptionGroup(
          "",
          AssumptionKind.CORRELATION,
          String.format(Locale.ROOT, "matrix, largest change %.2f", largestChange(from, to))));
    }
    return new ScenarioDifference(from, to, groups);
  }

  public Scenario from() {
    return from;
  }

  public Scenario to() {
    return to;
  }

  public List<AssumptionGroup> groups() {
    return groups;
  }

  /**
   * {@code from} with the groups in {@code taken} (indices into {@link #groups()}) as {@code to}
   * has them, and everything else as {@code from} has it; {@code from}'s name, files and run
   * settings.
   */
  public Scenario hybrid(BitSet taken) {
    List<IndicatorSpec> specs = new ArrayList<>();
    for (IndicatorSpec a : from.indicators()) {
      IndicatorSpec b = to.indicator(a.id()).orElseThrow();
      boolean growth = taken(taken, a.id(), AssumptionKind.GROWTH);
      boolean model = taken(taken, a.id(), AssumptionKind.MODEL);
      boolean modelHoldsUncertainty =
          model && (a.uncertaintyPct().isEmpty() || b.uncertaintyPct().isEmpty());
      boolean uncertainty =
          taken(taken, a.id(), AssumptionKind.UNCERTAINTY) || modelHoldsUncertainty;
      specs.add(new IndicatorSpec(
          a.id(),
          a.flow(),
          (growth ? b : a).growthPct(),
          (uncertainty ? b : a).uncertaintyPct(),
          (growth ? b : a).seasonality(),
          (growth ? b : a).growthPath(),
          a.assumption(),
          (model ? b : a).model()));
    }
    List<EventSpec> events = new ArrayList<>();
    for (IndicatorSpec a : from.indicators()) {
      events.addAll(eventsOn(taken(taken, a.id(), AssumptionKind.EVENTS) ? to : from, a.id()));
    }
    List<CompositeSpec> composites = new ArrayList<>();
    for (CompositeSpec a : from.composites()) {
      composites.add(taken(taken, a.id(), AssumptionKind.MODEL) ? composite(to, a.id()) : a);
    }
    Correlation correlation =
        taken(taken, "", AssumptionKind.CORRELATION) ? to.correlation() : from.correlation();
    return new Scenario(
        from.file(),
        from.chain(),
        from.dataFiles(),
        from.name(),
        from.description(),
        from.baseline(),
        from.year(),
        from.settings(),
        specs,
        composites,
        correlation,
        events,
        List.of());
  }

  /**
   * Whether group {@code g} can move the distribution of a target measured on {@code indicator}
   * (an indicator or composite id); see the class comment for the rules.
   */
  public boolean touches(int g, String indicator) {
    AssumptionGroup group = groups.get(g);
    if (group.kind() == AssumptionKind.CORRELATION) {
      Set<String> parts = components(indicator);
      for (String x : parts) {
        for (String y : parts) {
          if (!x.equals(y)
              && from.correlation().between(x, y) != to.correlation().between(x, y)) {
            return true;
          }
        }
      }
      return false;
    }
    return group.indicator().equals(indicator) || components(indicator).contains(group.indicator());
  }

  /** The indicators a composite is built from, in either scenario; empty for an indicator. */
  private Set<String> components(String indicator) {
    Set<String> parts = new LinkedHashSet<>();
    for (Scenario s : List.of(from, to)) {
      s.composites().stream()
          .filter(c -> c.id().equals(indicator))
          .forEach(c -> parts.addAll(c.weights().keySet()));
    }
    return parts;
  }

  private boolean taken(BitSet taken, String indicator, AssumptionKind kind) {
    for (int g = taken.nextSetBit(0); g >= 0; g = taken.nextSetBit(g + 1)) {
      AssumptionGroup group = groups.get(g);
      if (group.kind() == kind && group.indicator().equals(indicator)) {
        return true;
      }
    }
    return false;
  }

  private static void requireComparable(Scenario from, Scenario to) {
    String why = null;
    if (from.year() != to.year()) {
      why = "forecasts " + to.year() + ", but " + from.name() + " forecasts " + from.year();
    } else if (!from.baseline().equals(to.baseline())) {
      why = "reads other figures or targets than " + from.name() + " (" + from.dataFiles()
          + "), so their targets cannot be paired";
    } else if (!ids(from).equals(ids(to))) {
      why = "has indicators " + ids(to) + ", but " + from.name() + " has " + ids(from)
          + "; compare needs the same indicators in the same order, so that each draws the same"
          + " random numbers";
    } else if (!compositeIds(from).equals(compositeIds(to))) {
      why = "has composites " + compositeIds(to) + ", but " + from.name() + " has "
          + compositeIds(from);
    }
    if (why != null) {
      throw new InvalidInputException(
          Problem.ofFile(to.file(), "cannot be compared with " + from.name() + ": it " + why));
    }
  }

  private static List<String> ids(Scenario s) {
    return s.indicators().stream().map(IndicatorSpec::id).toList();
  }

  private static List<String> compositeIds(Scenario s) {
    return s.composites().stream().map(CompositeSpec::id).toList();
  }

  private static CompositeSpec composite(Scenario s, String id) {
    return s.composites().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
  }

  private static boolean sameModel(Model a, Model b) {
    return a.equals(b)
        || (a.variant() == b.variant()
            && a.parameters().equals(b.parameters())
            && a.fitted().equals(b.fitted()));
  }

  private static String describe(Model model) {
    Map<String, Double> parameters = model.parameters();
    if (parameters.isEmpty()) {
      return model.variant().label();
    }
    StringBuilder text = new StringBuilder(model.variant().label()).append(" (");
    parameters.forEach(
        (key, value) -> text.append(key).append(' ').append(number(value)).append(", "));
    text.setLength(text.length() - 2);
    return text.append(')').toString();
  }

  private static String growthChange(IndicatorSpec a, IndicatorSpec b) {
    List<String> parts = new ArrayList<>();
    if (a.growthPct() != b.growthPct()) {
      parts.add("growth_pct " + number(a.growthPct()) + " -> " + number(b.growthPct()));
    }
    if (a.growthPath() != b.growthPath()) {
      parts.add(
          "growth_path " + a.growthPath().label() + " -> " + b.growthPath().label());
    }
    if (!Arrays.equals(a.seasonality(), b.seasonality())) {
      parts.add("seasonality");
    }
    return String.join(", ", parts);
  }

  private static String shown(IndicatorSpec spec) {
    return spec.uncertaintyPct().isPresent()
        ? number(spec.uncertaintyPct().getAsDouble())
        : "(the model's)";
  }

  private static String number(double x) {
    return x == Math.rint(x) && Math.abs(x) < 1e15
        ? Long.toString((long) x)
        : String.format(Locale.ROOT, "%.4g", x).replaceAll("\\.?0+$", "");
  }

  private static List<EventSpec> eventsOn(Scenario s, String indicator) {
    return s.events().stream().filter(e -> e.indicator().equals(indicator)).toList();
  }

  private static boolean sameEvents(List<EventSpec> a, List<EventSpec> b) {
    if (a.size() != b.size()) {
      return false;
    }
    for (int i = 0; i < a.size(); i++) {
      EventSpec x = a.get(i);
      EventSpec y = b.get(i);
      if (!x.name().equals(y.name())
          || x.probability() != y.probability()
          || x.size() != y.size()
          || !Arrays.equals(x.monthShares(), y.monthShares())) {
        return false;
      }
    }
    return true;
  }

  private static String names(List<EventSpec> events) {
    return events.isEmpty()
        ? "none"
        : String.join(", ", events.stream().map(EventSpec::name).toList());
  }

  private static boolean sameCorrelation(Correlation a, Correlation b) {
    return a.indicators().equals(b.indicators()) && Arrays.deepEquals(a.matrix(), b.matrix());
  }

  /** The largest change of any pair's correlation, over the indicators either matrix lists. */
  private static double largestChange(Scenario from, Scenario to) {
    Set<String> listed = new LinkedHashSet<>(from.correlation().indicators());
    listed.addAll(to.correlation().indicators());
    double largest = 0.0;
    for (String x : listed) {
      for (String y : listed) {
        largest = Math.max(
            largest,
            Math.abs(from.correlation().between(x, y) - to.correlation().between(x, y)));
      }
    }
    return largest;
  }
}
