package dev.zhanwang.data;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The figures a forecast starts from and the targets it is checked against, as read from the data
 * CSVs. Immutable; ids are unique within each list. Lookups by id are indexed, as a scenario with
 * thousands of indicators looks each one up several times.
 */
public final class Baseline {
  private final List<Figure> figures;
  private final List<Target> targets;
  private final Map<String, Figure> figuresById = new LinkedHashMap<>();
  private final Map<String, Target> targetsById = new LinkedHashMap<>();
  private final Map<String, List<Target>> targetsByIndicator = new LinkedHashMap<>();
  private final Map<String, String> knownIndicators = new LinkedHashMap<>();

  public Baseline(List<Figure> figures, List<Target> targets) {
    this.figures = List.copyOf(figures);
    this.targets = List.copyOf(targets);
    this.figures.forEach(f -> figuresById.putIfAbsent(f.id(), f));
    this.targets.forEach(t -> targetsById.putIfAbsent(t.id(), t));
    this.targets.forEach(t -> targetsByIndicator
        .computeIfAbsent(t.indicator(), indicator -> new ArrayList<>())
        .add(t));
    this.figures.forEach(f -> knownIndicators.put(f.id(), f.nameEn()));
    this.targets.stream()
        .filter(t -> !t.indicator().isEmpty())
        .forEach(t -> knownIndicators.putIfAbsent(t.indicator(), t.nameEn()));
  }

  public List<Figure> figures() {
    return figures;
  }

  public List<Target> targets() {
    return targets;
  }

  public Optional<Figure> figure(String id) {
    return Optional.ofNullable(figuresById.get(id));
  }

  public Optional<Target> target(String id) {
    return Optional.ofNullable(targetsById.get(id));
  }

  /** Targets measured on the given indicator, in file order. */
  public List<Target> targetsOn(String indicator) {
    return List.copyOf(targetsByIndicator.getOrDefault(indicator, List.of()));
  }

  /**
   * Every indicator the data knows, with its English name: the 2022 figures' ids, then
   * indicators that only targets name (such as sector growth rates), in file order.
   */
  public Map<String, String> knownIndicators() {
    return Collections.unmodifiableMap(knownIndicators);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Baseline that
        && figures.equals(that.figures)
        && targets.equals(that.targets);
  }

  @Override
  public int hashCode() {
    return Objects.hash(figures, targets);
  }

  @Override
  public String toString() {
    return "Baseline[figures=" + figures + ", targets=" + targets + "]";
  }
}
