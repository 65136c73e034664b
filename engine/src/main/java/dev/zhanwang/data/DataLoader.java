package dev.zhanwang.data;

import dev.zhanwang.input.InvalidInputException;
import dev.zhanwang.input.Limit;
import dev.zhanwang.input.Problem;
import dev.zhanwang.input.Suggestions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Reads the 2022 figures and 2023 targets CSVs (UTF-8 or GB18030, read with Tablesaw) into a
 * {@link Baseline}.
 *
 * <p>Both files have a header row naming their columns (any order; extra columns are ignored):
 * figures {@code id,name_zh,name_en,unit,value,growth_pct,scope,source}, targets the same with
 * {@code indicator} after {@code id}, and may add {@code comparison_note}: why the target has no
 * comparable 2022 figure. A leading byte order mark is skipped, as are blank lines,
 * rows of empty cells and lines starting with {@code #} ({@link CsvRows}). Values are levels in
 * [0, 10^9] and growth rates in (-100, 1000] percent: anything outside is a typo, not a district.
 *
 * <p>A target's {@code indicator} is a 2022 figure's id, or a rate-only indicator that no figure
 * has (a sector's value-added growth); one that is a typo's distance from a figure's id is
 * reported with that id ("did you mean gdp?"), as it would otherwise silently go unforecast. In a
 * targets file with a {@code comparison_note} column, a target with a blank {@code indicator} must
 * say there why it has no 2022 figure; a target whose indicator's 2022 figure is of another
 * measure or scope says so there too, but only a reader can tell that.
 */
public final class DataLoader {
  private static final List<String> FIGURE_COLUMNS =
      List.of("id", "name_zh", "name_en", "unit", "value", "growth_pct", "scope", "source");
  private static final List<String> TARGET_COLUMNS = List.of(
      "id", "indicator", "name_zh", "name_en", "unit", "value", "growth_pct", "scope", "source");
  /** The optional targets column saying why a target has no comparable 2022 figure. */
  static final String COMPARISON_NOTE = "comparison_note";

  static final Pattern SNAKE_CASE = Pattern.compile("[a-z][a-z0-9_]*");
  static final String SNAKE_CASE_RULE = "snake_case (" + SNAKE_CASE.pattern() + ")";
  static final double MAX_VALUE = 1e9;
  static final String VALUE_RULE = "a number in [0, 1,000,000,000]";
  static final double MAX_GROWTH_PCT = 1000;
  static final String GROWTH_RULE = "a percentage in (-100, 1000]";
  private static final CsvRows.Limits LIMITS =
      new CsvRows.Limits(Limit.DATA_BYTES, Limit.DATA_ROWS);

  private DataLoader() {}

  /**
   * Loads and validates both files.
   *
   * @param warnings receives what is worth knowing but not wrong (a file read as GB18030)
   * @throws InvalidInputException naming file, line and column of every problem in either file
   */
  public static Baseline load(Path figuresCsv, Path targetsCsv, Consumer<Problem> warnings) {
    List<Problem> problems = new ArrayList<>();
    Set<String> figureIds = new HashSet<>();
    List<Figure> figures =
        entries(figuresCsv, FIGURE_COLUMNS, problems, warnings, figureIds).stream()
            .map(Entry::toFigure)
            .toList();
    List<Entry> targetEntries =
        entries(targetsCsv, TARGET_COLUMNS, problems, warnings, new HashSet<>());
    checkIndicators(targetEntries, figureIds, problems);
    List<Target> targets = targetEntries.stream().map(Entry::toTarget).toList();
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return new Baseline(figures, targets);
  }

  /**
   * Loads and validates a targets file alone, for checks that need no 2022 figures (backtests).
   *
   * @param warnings receives what is worth knowing but not wrong (a file read as GB18030)
   * @throws InvalidInputException naming file, line and column of every problem
   */
  public static List<Target> loadTargets(Path targetsCsv, Consumer<Problem> warnings) {
    List<Problem> problems = new ArrayList<>();
    List<Target> targets =
        entries(targetsCsv, TARGET_COLUMNS, problems, warnings, new HashSet<>()).stream()
            .map(Entry::toTarget)
            .toList();
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return targets;
  }

  /**
   * Reports targets whose indicator is no figure's id but within a typo's reach of one
   * ({@code gpd} for {@code gdp}). {@code ids} holds the id of every figure row, valid or not:
   * a target on a figure whose value was mistyped is not a typo of another id.
   */
  private static void checkIndicators(
      List<Entry> targets, Set<String> ids, List<Problem> problems) {
    for (Entry target : targets) {
      String indicator = target.indicator();
      if (!indicator.isEmpty() && !ids.contains(indicator)) {
        Suggestions.closest(indicator, ids)
            .ifPresent(id -> target
                .row()
                .report(
                    "indicator",
                    "must name a 2022 figure (did you mean " + id + "?) or a rate-only indicator",
                    indicator));
      }
    }
  }

  /**
   * The valid rows of one file; everything wrong with it is added to {@code problems}, and the
   * id of every row, valid or not, to {@code ids}.
   */
  private static List<Entry> entries(
      Path file,
      List<String> columns,
      List<Problem> problems,
      Consumer<Problem> warnings,
      Set<String> ids) {
    List<CsvRows.Row> rows = CsvRows.read(file, columns, LIMITS, problems, warnings);
    List<Entry> entries = new ArrayList<>();
    Map<String, Integer> lineOfId = new HashMap<>();
    for (CsvRows.Row row : rows) {
      int problemsBefore = problems.size();
      String id = row.text("id");
      ids.add(id);
      if (!SNAKE_CASE.matcher(id).matches()) {
        row.report("id", "must be " + SNAKE_CASE_RULE, id);
      } else if (lineOfId.containsKey(id)) {
        row.report(
            "id", "must be unique within the file", id + ", already on line " + lineOfId.get(id));
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
      OptionalDouble value = row.number("value", v -> v >= 0 && v <= MAX_VALUE, VALUE_RULE, true);
      OptionalDouble growthPct =
          row.number("growth_pct", g -> g > -100 && g <= MAX_GROWTH_PCT, GROWTH_RULE, true);
      if (row.text("value").isEmpty() && row.text("growth_pct").isEmpty()) {
        row.report("value", "must be a number when growth_pct is blank", "");
      }
      String comparisonNote = row.optionalText(COMPARISON_NOTE);
      if (columns.contains("indicator")
          && row.has(COMPARISON_NOTE)
          && indicator.isEmpty()
          && comparisonNote.isEmpty()) {
        row.report(
            COMPARISON_NOTE,
            "must say why the target has no 2022 figure when indicator is blank",
            comparisonNote);
      }
      if (problems.size() == problemsBefore) {
        entries.add(new Entry(
            id,
            indicator,
            nameZh,
            row.text("name_en"),
            unit,
            value,
            growthPct,
            row.text("scope"),
            source,
            comparisonNote,
            row));
      }
    }
    return entries;
  }

  /**
   * The checked cells of one row, common to figures and targets (figures have no indicator and no
   * comparison note), and the row, to report checks across files at its line.
   */
  private record Entry(
      String id,
      String indicator,
      String nameZh,
      String nameEn,
      String unit,
      OptionalDouble value,
      OptionalDouble growthPct,
      String scope,
      String source,
      String comparisonNote,
      CsvRows.Row row) {

    Figure toFigure() {
      return new Figure(id, nameZh, nameEn, unit, value, growthPct, scope, source);
    }

    Target toTarget() {
      return new Target(
          id,
          indicator,
          nameZh,
          nameEn,
          unit,
          value,
          growthPct,
          scope,
          source,
          Optional.of(comparisonNote));
    }
  }
}
