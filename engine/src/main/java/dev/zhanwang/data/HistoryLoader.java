package dev.zhanwang.data;

import dev.zhanwang.data.HistorySeries.Frequency;
import dev.zhanwang.input.InvalidInputException;
import dev.zhanwang.input.Limit;
import dev.zhanwang.input.Problem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a history CSV (UTF-8 or GB18030, read with Tablesaw) into a {@link History}.
 *
 * <p>Columns {@code indicator,period,value} and optionally {@code note}, in any order: one row per
 * indicator and period; {@code period} is {@code YYYY} for an annual observation or
 * {@code YYYY-MM} for a monthly one; {@code value} is the level (a monthly level is the month's
 * flow, not the year-to-date total), finite and positive; years lie in [1900, 2200]. Each
 * indicator is annual or monthly throughout, with periods strictly increasing and no gaps. A
 * leading byte order mark is skipped, as are blank lines, rows of empty cells and lines starting
 * with {@code #} ({@link CsvRows}).
 */
public final class HistoryLoader {
  private static final List<String> COLUMNS = List.of("indicator", "period", "value");
  private static final String NOTE = "note";
  private static final Pattern PERIOD = Pattern.compile("(\\d{4})(?:-(0[1-9]|1[0-2]))?");
  private static final String PERIOD_RULE =
      "YYYY (annual) or YYYY-MM (monthly), the year in [1900, 2200]";
  private static final int FIRST_YEAR = 1900;
  private static final int LAST_YEAR = 2200;
  private static final CsvRows.Limits LIMITS =
      new CsvRows.Limits(Limit.HISTORY_BYTES, Limit.HISTORY_ROWS);

  private HistoryLoader() {}

  /**
   * Loads and validates a history file.
   *
   * @param warnings receives what is worth knowing but not wrong (the file was read as GB18030)
   * @throws InvalidInputException naming file, line and column of every problem
   */
  public static History load(Path file, Consumer<Problem> warnings) {
    List<Problem> problems = new ArrayList<>();
    Map<String, Builder> builders = new LinkedHashMap<>();
    for (CsvRows.Row row : CsvRows.read(file, COLUMNS, LIMITS, problems, warnings)) {
      int problemsBefore = problems.size();
      String indicator = row.text("indicator");
      if (!DataLoader.SNAKE_CASE.matcher(indicator).matches()) {
        row.report("indicator", "must be " + DataLoader.SNAKE_CASE_RULE, indicator);
      }
      String periodText = row.text("period");
      Matcher period = PERIOD.matcher(periodText);
      if (!period.matches()
          || Integer.parseInt(period.group(1)) < FIRST_YEAR
          || Integer.parseInt(period.group(1)) > LAST_YEAR) {
        row.report("period", "must be " + PERIOD_RULE, periodText);
      }
      OptionalDouble value = row.number("value", v -> v > 0, "a finite number > 0", false);
      String note = row.header().contains(NOTE) ? row.text(NOTE) : "";
      if (problems.size() == problemsBefore) {
        int year = Integer.parseInt(period.group(1));
        Frequency frequency = period.group(2) == null ? Frequency.ANNUAL : Frequency.MONTHLY;
        int index = frequency == Frequency.ANNUAL
            ? year
            : HistorySeries.monthIndex(year, Integer.parseInt(period.group(2)));
        builders
            .computeIfAbsent(indicator, id -> new Builder(id, frequency, row.line()))
            .add(row, frequency, index, value.getAsDouble(), note);
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return new History(file, builders.values().stream().map(Builder::build).toList());
  }

  /** One indicator's rows so far, checking that each continues the series. */
  private static final class Builder {
    private final String indicator;
    private final Frequency frequency;
    private final int firstLine;
    private final List<Double> levels = new ArrayList<>();
    private int start;
    private int last;
    private int lastLine;
    private String note = "";

    Builder(String indicator, Frequency frequency, int firstLine) {
      this.indicator = indicator;
      this.frequency = frequency;
      this.firstLine = firstLine;
    }

    void add(CsvRows.Row row, Frequency rowFrequency, int index, double level, String rowNote) {
      String period = row.text("period");
      if (rowFrequency != frequency) {
        row.report(
            "period",
            "must be " + (frequency == Frequency.ANNUAL ? "YYYY" : "YYYY-MM")
                + " like the first row of " + indicator + " (line " + firstLine
                + "; an indicator is annual or monthly throughout)",
            period);
        return;
      }
      if (!levels.isEmpty() && index <= last) {
        row.report(
            "period",
            "must be after " + text(last) + " (line " + lastLine
                + "; periods strictly increasing per indicator)",
            period);
        return;
      }
      if (!levels.isEmpty() && index > last + 1) {
        row.report(
            "period",
            "must be " + text(last + 1) + ", the period after " + text(last) + " (line " + lastLine
                + "; no gaps)",
            period);
        return;
      }
      if (levels.isEmpty()) {
        start = index;
      }
      levels.add(level);
      last = index;
      lastLine = row.line();
      if (note.isEmpty()) {
        note = rowNote.strip();
      }
    }

    private String text(int index) {
      return new HistorySeries(indicator, frequency, index, new double[] {1}, "").period(0);
    }

    HistorySeries build() {
      return new HistorySeries(
          indicator,
          frequency,
          start,
          levels.stream().mapToDouble(Double::doubleValue).toArray(),
          note);
    }
  }
}
