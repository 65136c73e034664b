package dev.zhanwang.data;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * A file of year-to-date actuals ({@link ActualsLoader}): per indicator, its observations in
 * month order, for one year.
 *
 * @param file the file read
 * @param year the year every row is of
 * @param rows the observations, grouped by indicator (in order of first mention), months
 *     strictly increasing within each
 */
public record Actuals(Path file, int year, List<Actual> rows) {
  public Actuals {
    Objects.requireNonNull(file, "file");
    rows = List.copyOf(rows);
  }

  /** The observations of {@code indicator} up to and including month {@code asOf}. */
  public List<Actual> of(String indicator, int asOf) {
    return rows.stream()
        .filter(row -> row.indicator().equals(indicator) && row.month() <= asOf)
        .toList();
  }

  /** The last month any row covers. */
  public int lastMonth() {
    return rows.stream().mapToInt(Actual::month).max().orElse(0);
  }
}
