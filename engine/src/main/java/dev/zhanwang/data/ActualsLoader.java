package dev.zhanwang.data;

import dev.zhanwang.input.InvalidInputException;
import dev.zhanwang.input.Limit;
import dev.zhanwang.input.Problem;
import dev.zhanwang.input.Suggestions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a file of year-to-date actuals (UTF-8 with or without BOM, UTF-16 with BOM or GB18030,
 * read as the other data files are, {@link CsvRows}) into {@link Actuals}.
 *
 * <p>Columns {@code indicator, period, source} and at least one of {@code ytd_value} (累计值) and
 * {@code ytd_growth_pct} (累计增速, {@code 12.5} or {@code 12.5%}), in any order. {@code period} is
 * {@code YYYY-MM}, or the bureau's combined January-February figure as {@code YYYY-1-2月},
 * {@code YYYY-01-02} or {@code YYYY-1-2} (month 2). Every row is of the scenario's year; each
 * indicator's months are strictly increasing; a flow's year-to-date value never falls; a rate
 * (growth only, such as 规上工业增加值 growth) gives no value. Every problem is reported at
 * file, line, column and field.
 */
public final class ActualsLoader {
  private static final List<String> COLUMNS = List.of("indicator", "period", "source");
  static final String VALUE = "ytd_value";
  static final String GROWTH = "ytd_growth_pct";
  private static final Pattern MONTH = Pattern.compile("(\\d{4})-(0[1-9]|1[0-2])");
  private static final Pattern JAN_FEB = Pattern.compile("(\\d{4})-0?1-0?2月?");
  static final String PERIOD_RULE = "YYYY-MM, or YYYY-1-2月 for the combined January-February";
  private static final CsvRows.Limits LIMITS =
      new CsvRows.Limits(Limit.DATA_BYTES, Limit.DATA_ROWS);

  private ActualsLoader() {}

  /**
   * Loads and validates an actuals file against a scenario's year and indicators.
   *
   * @param indicators the scenario's indicators by id, each true for a flow (a level that adds up
   *     over the months) and false for a rate
   * @param warnings receives what is worth knowing but not wrong (the file was read as GB18030)
   * @throws InvalidInputException naming file, line, column and field of every problem
   */
  public static Actuals load(
      Path file, int year, Map<String, Boolean> indicators, Consumer<Problem> warnings) {
    List<Problem> problems = new ArrayList<>();
    List<CsvRows.Row> rows = CsvRows.read(file, COLUMNS, LIMITS, problems, warnings);
    if (!rows.isEmpty() && !rows.get(0).has(VALUE) && !rows.get(0).has(GROWTH)) {
      problems.add(new Problem(
          file,
          1,
          0,
          "",
          "must have a column " + VALUE + " or " + GROWTH + " (or both), but had neither"));
      throw new InvalidInputException(problems);
    }
    Map<String, List<Actual>> byIndicator = new LinkedHashMap<>();
    Map<String, Actual> last = new HashMap<>();
    for (CsvRows.Row row : rows) {
      int before = problems.size();
      String indicator = row.nonEmpty("indicator");
      Boolean flow = indicators.get(indicator);
      if (!indicator.isEmpty() && flow == null) {
        row.report(
            "indicator",
            "must be an indicator of the scenario"
                + Suggestions.didYouMean(indicator, indicators.keySet()),
            indicator);
      }
      String period = row.nonEmpty("period");
      int month = 0;
      boolean combined = false;
      Matcher single = MONTH.matcher(period);
      Matcher janFeb = JAN_FEB.matcher(period);
      int periodYear = 0;
      if (single.matches()) {
        periodYear = Integer.parseInt(single.group(1));
        month = Integer.parseInt(single.group(2));
      } else if (janFeb.matches()) {
        periodYear = Integer.parseInt(janFeb.group(1));
        month = 2;
        combined = true;
      } else if (!period.isEmpty()) {
        row.report("period", "must be " + PERIOD_RULE, period);
      }
      if (month > 0 && periodYear != year) {
        row.report("period", "must be in " + year + ", the scenario's year", period);
      }
      OptionalDouble value = row.has(VALUE)
          ? row.number(VALUE, v -> v > 0 && v <= 1e9, "a number in (0, 10^9]", true)
          : OptionalDouble.empty();
      OptionalDouble growth = row.has(GROWTH)
          ? row.number(
              GROWTH, g -> g > -100 && g <= 1000, "a growth in percent in (-100, 1000]", true)
          : OptionalDouble.empty();
      String source = row.nonEmpty("source");
      if (problems.size() > before) {
        continue;
      }
      if (value.isEmpty() && growth.isEmpty()) {
        row.report(row.has(VALUE) ? VALUE : GROWTH, "must give a value or a growth rate", "");
        continue;
      }
      if (value.isPresent() && !flow) {
        row.report(
            VALUE,
            "must be blank for " + indicator + ", a rate (give its growth in " + GROWTH + ")",
            row.text(VALUE));
        continue;
      }
      Actual previous = last.get(indicator);
      if (previous != null && month <= previous.month()) {
        row.report(
            "period",
            "must be after " + previous.period(year) + " (line " + previous.line()
                + "; months in order per indicator)",
            period);
        continue;
      }
      if (previous != null
          && value.isPresent()
          && previous.value().isPresent()
          && value.getAsDouble() < previous.value().getAsDouble()) {
        row.report(
            VALUE,
            "must be at least " + previous.value().getAsDouble() + ", the year to date of "
                + previous.period(year) + " (line " + previous.line()
                + "; a flow's year to date cannot fall)",
            row.text(VALUE));
        continue;
      }
      Actual actual = new Actual(indicator, month, combined, value, growth, source, row.line());
      last.put(indicator, actual);
      byIndicator.computeIfAbsent(indicator, id -> new ArrayList<>()).add(actual);
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return new Actuals(
        file, year, byIndicator.values().stream().flatMap(List::stream).toList());
  }
}
