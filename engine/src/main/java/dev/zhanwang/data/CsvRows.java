package dev.zhanwang.data;

import dev.zhanwang.input.Problem;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.function.DoublePredicate;
import java.util.regex.Pattern;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.Table;
import tech.tablesaw.io.csv.CsvReadOptions;

/**
 * The rows of a UTF-8 CSV file with a header (read with Tablesaw), each knowing its line, so that
 * the loaders of the data package report every problem at file, line, column and field. A leading
 * byte order mark is skipped, as are blank lines and lines starting with {@code #}; columns may
 * come in any order, and extra columns are ignored.
 */
final class CsvRows {
  // Plain decimals only: Double.parseDouble would also accept "NaN", "Infinity", "0x1p3" and "12d".
  private static final Pattern DECIMAL =
      Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");

  private CsvRows() {}

  /**
   * The data rows of one file, each knowing its line; empty when the file cannot be read as a
   * table with the required columns.
   */
  static List<Row> read(Path file, List<String> required, List<Problem> problems) {
    String text = text(file, problems);
    if (text == null) {
      return List.of();
    }
    List<Record> records = records(text);
    if (records.isEmpty()) {
      problems.add(Problem.ofFile(file, "must have a header row and data rows, but was empty"));
      return List.of();
    }
    int width = records.get(0).fields();
    List<Integer> lines = new ArrayList<>();
    for (Record record : records.subList(1, records.size())) {
      if (record.fields() == width) {
        lines.add(record.line());
      } else {
        problems.add(
            new Problem(
                file, record.line(), 0, "",
                "must have " + width + " fields like the header, but had " + record.fields()));
      }
    }
    Table table;
    try {
      table =
          Table.read()
              .usingOptions(
                  CsvReadOptions.builder(new StringReader(text))
                      .columnTypes(name -> ColumnType.STRING)
                      // Keep "NA", "NaN", "null" as written: reported, not silently blanked.
                      .missingValueIndicator("")
                      // Reported above with their lines.
                      .skipRowsWithInvalidColumnCount(true)
                      .build());
    } catch (RuntimeException e) { // e.g. duplicate column names, a cell over Tablesaw's size limit
      problems.add(
          Problem.ofFile(file, "must be a CSV table, but reading failed: " + e.getMessage()));
      return List.of();
    }
    List<String> header = table.columnNames();
    List<String> missing = required.stream().filter(c -> !header.contains(c)).toList();
    if (!missing.isEmpty()) {
      problems.add(
          new Problem(
              file, records.get(0).line(), 0, "header",
              "must include columns " + String.join(", ", missing) + ", but was "
                  + String.join(",", header)));
      return List.of();
    }
    if (records.size() == 1) {
      problems.add(
          Problem.ofFile(file, "must have at least one data row, but had only the header"));
      return List.of();
    }
    // Should Tablesaw split the text unlike records(), say line 0 (unknown), not a wrong line.
    boolean linesKnown = lines.size() == table.rowCount();
    List<Row> rows = new ArrayList<>();
    for (int r = 0; r < table.rowCount(); r++) {
      List<String> cells = new ArrayList<>();
      for (int c = 0; c < header.size(); c++) {
        cells.add(table.stringColumn(c).get(r));
      }
      rows.add(new Row(file, linesKnown ? lines.get(r) : 0, header, cells, problems));
    }
    return rows;
  }

  /** The file's text without a byte order mark, or null after reporting why it cannot be read. */
  private static String text(Path file, List<Problem> problems) {
    if (!Files.exists(file)) {
      problems.add(Problem.ofFile(file, "file not found"));
      return null;
    }
    try {
      ByteBuffer bytes = ByteBuffer.wrap(Files.readAllBytes(file));
      String text = StandardCharsets.UTF_8.newDecoder().decode(bytes).toString();
      return text.startsWith("\uFEFF") ? text.substring(1) : text;
    } catch (CharacterCodingException e) {
      // Excel on a Chinese Windows saves "CSV" as GBK unless told otherwise.
      problems.add(Problem.ofFile(file,
          "must be UTF-8 text, but was another encoding (save as \"CSV UTF-8\")"));
    } catch (IOException e) {
      problems.add(Problem.ofFile(file, "must be readable, but reading failed: " + e));
    }
    return null;
  }

  /**
   * Where each CSV record starts and how many fields it has. Tablesaw does not tell line numbers,
   * so this follows the same rules as its parser: a quoted field may span lines and contain commas;
   * blank lines and lines starting with {@code #} are not records.
   */
  private static List<Record> records(String text) {
    List<Record> records = new ArrayList<>();
    int line = 1;
    int i = 0;
    while (i < text.length()) {
      int start = line;
      int fields = 1;
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
          blank = false;
          fieldStart = true;
        } else if (!Character.isWhitespace(c)) {
          quoted = c == '"' && fieldStart;
          blank = false;
          fieldStart = false;
        }
      }
      if (!blank) {
        records.add(new Record(start, fields));
      }
    }
    return records;
  }

  private record Record(int line, int fields) {}

  /** One data row's cells by column name, reporting problems at its line and the cell's column. */
  record Row(
      Path file, int line, List<String> header, List<String> cells, List<Problem> problems) {

    String text(String column) {
      return cells.get(header.indexOf(column));
    }

    String nonEmpty(String column) {
      String text = text(column);
      if (text.isEmpty()) {
        report(column, "must be non-empty", text);
      }
      return text;
    }

    /** The cell's number, or empty when blank or invalid (invalid is reported). */
    OptionalDouble number(String column) {
      String text = text(column);
      if (text.isEmpty()) {
        return OptionalDouble.empty();
      }
      if (DECIMAL.matcher(text).matches()) {
        double number = Double.parseDouble(text);
        if (Double.isFinite(number)) {
          return OptionalDouble.of(number);
        }
      }
      report(column, "must be blank or a finite number", text);
      return OptionalDouble.empty();
    }

    /** The cell's number if it is one that satisfies {@code rule}, else empty and reported. */
    OptionalDouble number(String column, DoublePredicate rule, String ruleText) {
      String text = text(column);
      if (DECIMAL.matcher(text).matches()) {
        double number = Double.parseDouble(text);
        if (Double.isFinite(number) && rule.test(number)) {
          return OptionalDouble.of(number);
        }
      }
      report(column, "must be " + ruleText, text);
      return OptionalDouble.empty();
    }

    void report(String column, String rule, String actual) {
      problems.add(
          new Problem(
              file, line, header.indexOf(column) + 1, column,
              rule + ", but was " + (actual.isEmpty() ? "blank" : actual)));
    }
  }
}
