package dev.zhanwang.data;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Observed history of several indicators, as read from a history CSV by {@link HistoryLoader}.
 * Immutable; indicator ids are unique.
 *
 * @param file where the history was read from, for error messages about what it can't support
 */
public record History(Path file, List<HistorySeries> series) {

  public History {
    Objects.requireNonNull(file, "file");
    series = List.copyOf(series);
    if (series.stream().map(HistorySeries::indicator).distinct().count() != series.size()) {
      throw new IllegalArgumentException("indicator ids must be unique");
    }
  }

  public Optional<HistorySeries> series(String indicator) {
    return series.stream().filter(s -> s.indicator().equals(indicator)).findFirst();
  }

  public List<String> indicators() {
    return series.stream().map(HistorySeries::indicator).toList();
  }

  /** What was known at the end of {@code year}: every series cut after that year. */
  public History until(int year) {
    return new History(file, series.stream().map(s -> s.until(year)).toList());
  }
}
