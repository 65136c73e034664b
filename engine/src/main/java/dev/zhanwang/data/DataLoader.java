package dev.zhanwang.data;

import dev.zhanwang.input.InvalidInputException;
import dev.zhanwang.input.Problem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.regex.Pattern;

/**
 * Reads the 2022 figures and 2023 targets CSVs (UTF-8, read with Tablesaw) into a {@link Baseline}.
 *
 * <p>Both files have a header row naming their columns (any order; extra columns are ignored):
 * figures {@code id,name_zh,name_en,unit,value,growth_pct,scope,source}, targets the same with
 * {@code indicator} after {@code id}. A leading byte order mark is skipped, as are blank lines and
 * lines starting with {@code #}.
 */
public final class DataLoader {
  private static final List<String> FIGURE_COLUMNS =
      List.of("id", "name_zh", "name_en", "unit", "value", "growth_pct", "scope", "source");
  private static final List<String> TARGET_COLUMNS =
      List.of("id", "indicator", "name_zh", "name_en", "unit", "value", "growth_pct", "scope",
          "source");
  static final Pattern SNAKE_CASE = Pattern.compile("[a-z][a-z0-9_]*");
  static final String SNAKE_CASE_RULE = "snake_case (" + SNAKE_CASE.pattern() + ")";

  private DataLoader() {}

  /**
   * Loads and validates both files.
   *
   * @throws InvalidInputException naming file, line and column of every problem in either file
   */
  public static Baseline load(Path figuresCsv, Path targetsCsv) {
    List<Problem> problems = new ArrayList<>();
    List<Figure> figures =
        entries(figuresCsv, FIGURE_COLUMNS, problems).stream().map(Entry::toFigure).toList();
    List<Target> targets =
        entries(targetsCsv, TARGET_COLUMNS, problems).stream().map(Entry::toTarget).toList();
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return new Baseline(figures, targets);
  }

  /**
   * Loads and validates a targets file alone, for checks that need no 2022 figures (backtests).
   *
   * @throws InvalidInputException naming file, line and column of every problem
   */
  public static List<Target> loadTargets(Path targetsCsv) {
    List<Problem> problems = new ArrayList<>();
    List<Target> targets =
        entries(targetsCsv, TARGET_COLUMNS, problems).stream().map(Entry::toTarget).toList();
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return targets;
  }

  /** The valid rows of one file; everything wrong with it is added to {@code problems}. */
  private static List<Entry> entries(Path file, List<String> columns, List<Problem> problems) {
    List<CsvRows.Row> rows = CsvRows.read(file, columns, problems);
    List<Entry> entries = new ArrayList<>();
    Map<String, Integer> lineOfId = new HashMap<>();
    for (CsvRows.Row row : rows) {
      int problemsBefore = problems.size();
      String id = row.text("id");
      if (!SNAKE_CASE.matcher(id).matches()) {
        row.report("id", "must be " + SNAKE_CASE_RULE, id);
      } else if (lineOfId.containsKey(id)) {
        row.report("id", "must be unique within the file",
            id + ", already on line " + lineOfId.get(id));
      } else {
        lineOfId.put(id, row.line());
      }
      String indicator = columns.contains("indicator") ? row.text("indicator") : "";
      if (!indicator.isEmpty() && !SNAKE_CASE.matcher(indicator).matches()) {
        row.report("indicator", "must be blank or " + SNAKE_CASE_RULE, indicator);
      }
      String nameZh = row.nonEmpty("name_zh");
      String unit = row.nonEmpty("unit");
      String source = row.nonEmpty("source");
      OptionalDouble value = row.number("value");
      OptionalDouble growthPct = row.number("growth_pct");
      if (row.text("value").isEmpty() && row.text("growth_pct").isEmpty()) {
        row.report("value", "must be a number when growth_pct is blank", "");
      }
      if (problems.size() == problemsBefore) {
        entries.add(
            new Entry(
                id, indicator, nameZh, row.text("name_en"), unit, value, growthPct,
                row.text("scope"), source));
      }
    }
    return entries;
  }

  /** The checked cells of one row, common to figures and targets (figures have no indicator). */
  private record Entry(
      String id,
      String indicator,
      String nameZh,
      String nameEn,
      String unit,
      OptionalDouble value,
      OptionalDouble growthPct,
      String scope,
      String source) {

    Figure toFigure() {
      return new Figure(id, nameZh, nameEn, unit, value, growthPct, scope, source);
    }

    Target toTarget() {
      return new Target(id, indicator, nameZh, nameEn, unit, value, growthPct, scope, source);
    }
  }
}
