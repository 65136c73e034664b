package dev.zhanwang.data;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The figures a forecast starts from and the targets it is checked against, as read from the data
 * CSVs. Immutable; ids are unique within each list.
 */
public record Baseline(List<Figure> figures, List<Target> targets) {

  public Baseline {
    figures = List.copyOf(figures);
    targets = List.copyOf(targets);
  }

  public Optional<Figure> figure(String id) {
    return figures.stream().filter(f -> f.id().equals(id)).findFirst();
  }

  public Optional<Target> target(String id) {
    return targets.stream().filter(t -> t.id().equals(id)).findFirst();
  }

  /** Targets measured on the given indicator, in file order. */
  public List<Target> targetsOn(String indicator) {
    return targets.stream().filter(t -> t.indicator().equals(indicator)).toList();
  }

  /**
   * Every indicator the data knows: the 2022 figures' ids, then indicators that only targets name
   * (such as sector growth rates), in file order.
   */
  public Map<String, String> knownIndicators() {
    Map<String, String> names = new LinkedHashMap<>();
    figures.forEach(f -> names.put(f.id(), f.nameEn()));
    targets.stream()
        .filter(t -> !t.indicator().isEmpty())
        .forEach(t -> names.putIfAbsent(t.indicator(), t.nameEn()));
    return names;
  }
}
