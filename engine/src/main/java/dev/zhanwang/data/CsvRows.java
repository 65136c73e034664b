package dev.zhanwang.data;

import dev.zhanwang.input.InvalidInputException;
import dev.zhanwang.input.Limit;
import dev.zhanwang.input.NumberText;
import dev.zhanwang.input.Problem;
import dev.zhanwang.input.Suggestions;
import dev.zhanwang.input.TextFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.function.Consumer;
import java.util.function.DoublePredicate;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The rows of a CSV file with a header (split with Commons CSV), each knowing its line, so that the
 * loaders of the data package report every problem at file, line, column and field.
 *
 * <p>It takes the files planners have: UTF-8 or GB18030 ({@link TextFile}), Windows line ends
 * and the lone carriage returns of Excel for Mac's "CSV (Macintosh)", columns in any order (extra columns, and columns with no name in the header, are ignored),
 * numbers such as {@code "1,001.5"} and {@code 25.4%} ({@link NumberText}). Blank lines, lines
 * starting with {@code #}, and rows of empty cells ({@code ,,,,}, which Excel leaves behind) are
 * skipped. Messages quote cells and required column names, never a line of the file, so that a
 * data path naming some other file does not print what it holds.
 */
final class CsvRows {
  /** An unquoted number with a thousands separator splits into two fields. */
  private static final Pattern SPLIT_THOUSANDS =
      Pattern.compile("(^|,)\\s*[+-]?\\d{1,3},\\d{3}\\b");

  private CsvRows() {}

  /** The size limits of one kind of file. */
  record Limits(Limit bytes, Limit rows) {}

  /**
   * The data rows of one file, each knowing its line; empty when the file cannot be read as a
   * table with the required columns.
   *
   * @param warnings receives what is worth knowing but not wrong (the file was read as GB18030)
   */
  static List<Row> read(
      Path file,
      List<String> required,
      Limits limits,
      List<Problem> problems,
      Consumer<Problem> warnings) {
    String text;
    try {
      text = TextFile.read(file, limits.bytes(), warnings);
    } catch (InvalidInputException e) {
      problems.addAll(e.problems());
      return List.of();
    }
    // One line end, so that records() counts the lines the CSV parser splits.
    List<Record> records = records(text.replace("\r\n", "\n").replace('\r', '\n'));
    if (records.isEmpty()) {
      problems.add(Problem.ofFile(file, "must have a header row and data rows, but was empty"));
      return List.of();
    }
    if (!limits.rows().allows(records.size() - 1L)) {
      problems.add(Problem.ofFile(file, limits.rows().exceeded(records.size() - 1L)));
      return List.of();
    }
    int problemsBefore = problems.size();
    int width = records.get(0).fields();
    List<Record> wellFormed = new ArrayList<>();
    for (Record record : records) {
      if (record.longestCell() > Limit.CELL_CHARS.value()) {
        problems.add(new Problem(
            file, record.line(), 0, "", Limit.CELL_CHARS.exceeded(record.longestCell())));
      } else if (record.fields() != width) {
        problems.add(new Problem(
            file,
            record.line(),
            0,
            "",
            "must have " + width
                + " fields like the header, but had " + record.fields()
                + (SPLIT_THOUSANDS.matcher(record.text()).find()
                    ? " (a number with a thousands"
                        + " separator, such as 1,001.5, must be quoted: \"1,001.5\")"
                    : "")));
      } else {
        wellFormed.add(record);
      }
    }
    if (wellFormed.isEmpty() || wellFormed.get(0) != records.get(0)) {
      return List.of();
    }
    // The parser reads only the well-formed records, so its rows are those records, in order.
    StringBuilder table = new StringBuilder();
    wellFormed.forEach(record -> table.append(record.text()).append('\n'));
    List<List<String>> cells = cells(file, table.toString(), problems);
    if (cells.isEmpty()) {
      return List.of();
    }
    // Should the parser split the text unlike records(), say line 0 (unknown), not a wrong line.
    boolean linesKnown = cells.size() == wellFormed.size();
    List<String> header = cells.get(0).stream().map(String::strip).toList();
    if (!checkHeader(file, linesKnown ? wellFormed.get(0).line() : 0, header, required, problems)) {
      return List.of();
    }
    if (cells.size() == 1 && problems.size() == problemsBefore) {
      problems.add(
          Problem.ofFile(file, "must have at least one data row, but had only the header"));
      return List.of();
    }
    List<Row> rows = new ArrayList<>();
    for (int r = 1; r < cells.size(); r++) {
      rows.add(
          new Row(file, linesKnown ? wellFormed.get(r).line() : 0, header, cells.get(r), problems));
    }
    return rows;
  }

  /**
   * The cells of each row of a CSV text of well-formed records, read with Commons CSV. Spaces
   * around a cell are dropped, so that a quote after them still opens a quoted cell, as {@link
   * #records} takes it.
   */
  private static List<List<String>> cells(Path file, String text, List<Problem> problems) {
    CSVFormat format = CSVFormat.RFC4180
        .builder()
        .setIgnoreSurroundingSpaces(true)
        .setIgnoreEmptyLines(true)
        .setTrailingData(true)
        .get();
    List<List<String>> cells = new ArrayList<>();
    try (CSVParser parser = CSVParser.parse(text, format)) {
      for (CSVRecord record : parser) {
        cells.add(record.toList());
      }
    } catch (IOException | UncheckedIOException e) { // not expected after records()
      problems.add(
          Problem.ofFile(file, "must be a CSV table, but its rows could not be split into cells"));
      return List.of();
    }
    return cells;
  }

  /** Every required column named once; false after reporting what is missing or repeated. */
  private static boolean checkHeader(
      Path file, int line, List<String> header, List<String> required, List<Problem> problems) {
    boolean ok = true;
    for (String column : required) {
      int first = header.indexOf(column);
      int last = header.lastIndexOf(column);
      if (first != last) {
        problems.add(new Problem(
            file,
            line,
            last + 1,
            "header",
            "must name each column once, but " + column + " is column " + (first + 1)
                + " and column " + (last + 1)));
        ok = false;
      }
    }
    List<String> missing = required.stream().filter(c -> !header.contains(c)).toList();
    if (!missing.isEmpty()) {
      // Header names are quoted only when close to a required one: they are the file's content.
      List<String> hints = new ArrayList<>();
      for (String column : missing) {
        Suggestions.closest(
                column, header.stream().filter(h -> !required.contains(h)).toList())
            .ifPresent(typed -> hints.add(
                typed + " (column " + (header.indexOf(typed) + 1) + ") for " + column + "?"));
      }
      String but = missing.size() == required.size()
          ? "none of them is there"
          : String.join(", ", missing) + (missing.size() == 1 ? " is" : " are") + " missing";
      problems.add(new Problem(
          file,
          line,
          0,
          "header",
          "must include the columns "
              + String.join(", ", required) + ", but " + but
              + (hints.isEmpty() ? "" : "; did you mean " + String.join(", ", hints))));
      ok = false;
    }
    return ok;
  }

  /**
   * Where each CSV record starts, how many fields it has and its longest cell. The parser's line
   * numbers count the text it is given, so this follows the same rules as the parser: a quoted field may span lines
   * and contain commas; blank lines, lines starting with {@code #} and rows of empty fields are
   * not records.
   */
  private static List<Record> records(String text) {
    List<Record> records = new ArrayList<>();
    int line = 1;
    int i = 0;
    while (i < text.length()) {
      int start = line;
      int from = i;
      int fields = 1;
      int cell = 0;
      int longest = 0;
      boolean blank = true;
      boolean fieldStart = true;
      boolean quoted = false;
      boolean comment = text.charAt(i) == '#';
      for (; i < text.length(); i++) {
        char c = text.charAt(i);
        if (c == '\n') {
          line++;
          if (!quoted) {
            i++;
            break;
          }
        } else if (comment) {
          continue;
        } else if (quoted) {
          if (c == '"') {
            boolean escaped = i + 1 < text.length() && text.charAt(i + 1) == '"';
            i += escaped ? 1 : 0;
            quoted = escaped;
          }
        } else if (c == ',') {
          fields++;
          fieldStart = true;
          longest = Math.max(longest, cell);
          cell = -1;
        } else if (!Character.isWhitespace(c)) {
          quoted = c == '"' && fieldStart;
          blank = false;
          fieldStart = false;
        }
        cell++;
      }
      if (!blank) {
        records.add(new Record(
            start,
            fields,
            Math.max(longest, cell),
            text.substring(from, Math.min(i, text.length()))));
      }
    }
    return records;
  }

  private record Record(int line, int fields, int longestCell, String text) {}

  /** One data row's cells by column name, reporting problems at its line and the cell's column. */
  record Row(Path file, int line, List<String> header, List<String> cells, List<Problem> problems) {

    String text(String column) {
      return cells.get(header.indexOf(column)).strip();
    }

    /** The cell of a column the file may leave out; blank when the header does not name it. */
    String optionalText(String column) {
      return header.contains(column) ? text(column) : "";
    }

    /** Whether the header names the column, for a rule that only a file with it can follow. */
    boolean has(String column) {
      return header.contains(column);
    }

    String nonEmpty(String column) {
      String text = text(column);
      if (text.isEmpty()) {
        report(column, "must be non-empty", text);
      }
      return text;
    }

    /**
     * The cell's number, or empty when blank or invalid (invalid is reported). A column whose
     * name ends in {@code _pct} is in percent and may carry a {@code %} sign.
     */
    OptionalDouble number(String column) {
      String text = text(column);
      if (text.isEmpty()) {
        return OptionalDouble.empty();
      }
      OptionalDouble number = NumberText.parse(text, isPercent(column));
      if (number.isEmpty()) {
        reportNumber(column, "must be blank or a finite number", text);
      }
      return number;
    }

    /**
     * The cell's number if it is one that satisfies {@code rule}, else empty and reported; a
     * blank cell is reported too unless {@code blankAllowed}.
     */
    OptionalDouble number(
        String column, DoublePredicate rule, String ruleText, boolean blankAllowed) {
      String text = text(column);
      if (blankAllowed && text.isEmpty()) {
        return OptionalDouble.empty();
      }
      OptionalDouble number = NumberText.parse(text, isPercent(column));
      if (number.isPresent() && rule.test(number.getAsDouble())) {
        return number;
      }
      reportNumber(column, "must be " + (blankAllowed ? "blank or " : "") + ruleText, text);
      return OptionalDouble.empty();
    }

    void report(String column, String rule, String actual) {
      add(column, rule + ", but was " + shown(actual));
    }

    /** As {@link #report}, with what usually went wrong when a number is not read as one. */
    private void reportNumber(String column, String rule, String actual) {
      add(
          column,
          rule + ", but was " + shown(actual)
              + NumberText.hint(actual, isPercent(column))
                  .map(hint -> " (" + hint + ")")
                  .orElse(""));
    }

    private void add(String column, String message) {
      problems.add(new Problem(file, line, header.indexOf(column) + 1, column, message));
    }

    private static String shown(String actual) {
      return actual.isEmpty() ? "blank" : Problem.excerpt(actual);
    }

    private static boolean isPercent(String column) {
      return column.endsWith("_pct");
    }
  }
}
