package dev.zhanwang.fuzz;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;

/**
 * One change to a CSV file (figures, targets, history): columns dropped, swapped, duplicated,
 * added or renamed; rows dropped, repeated, blank or ragged; cells replaced by what Excel and
 * planners write; quoting, delimiters, encodings and truncation.
 *
 * @param op the operator
 * @param where which row, column or byte
 * @param what which value or variant
 */
record CsvMutation(Op op, int where, int what) {

  /** The operators on CSV files. */
  enum Op {
    DROP_COLUMN,
    SWAP_COLUMNS,
    DUPLICATE_COLUMN,
    ADD_COLUMN,
    RENAME_HEADER,
    DROP_ROW,
    DUPLICATE_ROW,
    SWAP_ROWS,
    REVERSE_ROWS,
    BLANK_ROW,
    BLANK_LINE,
    COMMENT_LINE,
    SHORT_ROW,
    LONG_ROW,
    CELL,
    NUMBER_CELL,
    ID_CELL,
    PERIOD_CELL,
    INSERT_CHARS,
    QUOTE,
    DELIMITER,
    HEADER_ONLY,
    MONTHLY_ANNUAL,
    ENCODING,
    TRUNCATE
  }

  /** One to three changes, each with every operator equally likely. */
  static List<CsvMutation> draw(SplittableRandom random) {
    List<CsvMutation> mutations = new ArrayList<>();
    for (int n = 1 + random.nextInt(3); mutations.size() < n; ) {
      mutations.add(new CsvMutation(
          Op.values()[random.nextInt(Op.values().length)],
          random.nextInt(1 << 20),
          random.nextInt(1 << 20)));
    }
    return mutations;
  }

  /** Applies the change to {@code file}; returns what it did, in words. */
  String apply(CaseFiles files, String file) {
    String text = files.text(file);
    if (op == Op.ENCODING) {
      ByteChanges.Named change = Pools.pick(ByteChanges.ENCODINGS, what);
      files.changeBytes(file, change.change());
      return file + ": " + change.name();
    }
    if (op == Op.TRUNCATE) {
      ByteChanges.Named change = ByteChanges.truncate(where);
      files.changeBytes(file, change.change());
      return file + ": " + change.name();
    }
    List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
    int header = 0;
    while (header < lines.size()
        && (lines.get(header).startsWith("#") || lines.get(header).isBlank())) {
      header++;
    }
    if (header >= lines.size()) {
      files.put(file, text + "\nid,value\n");
      return file + ": " + op + " found no header; appended one";
    }
    List<List<String>> rows = new ArrayList<>();
    List<Integer> rowLines = new ArrayList<>();
    for (int i = header; i < lines.size(); i++) {
      if (!lines.get(i).isEmpty() && !lines.get(i).startsWith("#")) {
        rows.add(split(lines.get(i)));
        rowLines.add(i);
      }
    }
    List<String> head = rows.get(0);
    int width = head.size();
    int column = Math.floorMod(where, Math.max(1, width));
    int data = rows.size() - 1;
    int row = data == 0 ? 0 : 1 + Math.floorMod(where / 16, data);
    String done;
    switch (op) {
      case DROP_COLUMN -> {
        rows.forEach(r -> removeAt(r, column));
        done = "dropped column " + name(head, column);
      }
      case SWAP_COLUMNS -> {
        int other = Math.floorMod(what, Math.max(1, width));
        rows.forEach(r -> {
          if (column < r.size() && other < r.size()) {
            Collections.swap(r, column, other);
          }
        });
        done = "swapped columns " + column + " and " + other;
      }
      case DUPLICATE_COLUMN -> {
        rows.forEach(r -> {
          if (column < r.size()) {
            r.add(column, r.get(column));
          }
        });
        done = "duplicated column " + name(head, column);
      }
      case ADD_COLUMN -> {
        String name = Pools.pick(Pools.HEADERS, what);
        for (int i = 0; i < rows.size(); i++) {
          rows.get(i).add(i == 0 ? name : Pools.pick(Pools.CELLS, what + i));
        }
        done = "added column " + Oracle.escape(name);
      }
      case RENAME_HEADER -> {
        String name = Math.floorMod(what, 3) == 0
            ? YamlMutation.typo(get(head, column), what / 3)
            : Pools.pick(Pools.HEADERS, what);
        set(head, column, name);
        done = "renamed column " + column + " to " + Oracle.escape(name);
      }
      case DROP_ROW -> {
        if (data > 0) {
          rows.remove(row);
        }
        done = "dropped data row " + row;
      }
      case DUPLICATE_ROW -> {
        if (data > 0) {
          List<String> copy = new ArrayList<>(rows.get(row));
          int valueColumn = head.indexOf("value");
          if (Math.floorMod(what, 2) == 1 && valueColumn >= 0 && valueColumn < copy.size()) {
            copy.set(valueColumn, "12345");
          }
          rows.add(row + 1, copy);
        }
        done =
            "repeated data row " + row + (Math.floorMod(what, 2) == 1 ? " with another value" : "");
      }
      case SWAP_ROWS -> {
        int other = data == 0 ? 0 : 1 + Math.floorMod(what, data);
        Collections.swap(rows, row, other);
        done = "swapped rows " + row + " and " + other;
      }
      case REVERSE_ROWS -> {
        Collections.reverse(rows.subList(1, rows.size()));
        done = "data rows in reverse order";
      }
      case BLANK_ROW -> {
        rows.add(row, new ArrayList<>(Collections.nCopies(width, "")));
        done = "a row of empty cells (,,,) before row " + row;
      }
      case BLANK_LINE -> {
        rows.add(
            row,
            new ArrayList<>(List.of(Pools.pick(List.of("", " ", "\t", "\r", "\u3000"), what))));
        done = "a blank or whitespace line before row " + row;
      }
      case COMMENT_LINE -> {
        rows.add(
            row,
            new ArrayList<>(List.of(Pools.pick(
                List.of("# 注释", " # indented", "#", "//comment", "\uFEFF# bom"), what))));
        done = "a comment-like line before row " + row;
      }
      case SHORT_ROW -> {
        if (!rows.get(row).isEmpty()) {
          rows.get(row).remove(rows.get(row).size() - 1);
        }
        done = "row " + row + " one field short";
      }
      case LONG_ROW -> {
        rows.get(row).add(Pools.pick(Pools.CELLS, what));
        done = "row " + row + " one field long";
      }
      case CELL, NUMBER_CELL, ID_CELL, PERIOD_CELL -> {
        int target = switch (op) {
          case NUMBER_CELL -> pickColumn(head, what, "value", "growth_pct");
          case ID_CELL -> pickColumn(head, what, "id", "indicator");
          case PERIOD_CELL -> pickColumn(head, what, "period");
          default -> column;
        };
        String value = switch (op) {
          case NUMBER_CELL ->
            Math.floorMod(what, 2) == 0
                ? Pools.pick(Pools.CELLS, what / 2)
                : csvNumber(Pools.pick(Pools.NUMBERS, what / 2));
          case ID_CELL -> csvText(YamlMutation.typo(get(rows.get(row), target), what));
          case PERIOD_CELL -> Pools.pick(Pools.PERIODS, what);
          default -> Pools.pick(Pools.CELLS, what);
        };
        set(rows.get(row), target, value);
        done = "row " + row + " column " + name(head, target) + " set to "
            + Oracle.escape(abbreviate(value));
      }
      case INSERT_CHARS -> {
        String cell = get(rows.get(row), column);
        int at = Math.floorMod(what / 64, cell.length() + 1);
        String chars = Pools.pick(Pools.CHARS, what);
        set(rows.get(row), column, cell.substring(0, at) + chars + cell.substring(at));
        done = "inserted " + Oracle.escape(chars) + " into row " + row + " column "
            + name(head, column);
      }
      case QUOTE -> {
        String cell = get(rows.get(row), column);
        String quoted = Pools.pick(
            List.of(
                "\"" + cell,
                cell + "\"",
                "\"" + cell + "\"x",
                "\"" + cell + "\n" + cell + "\"",
                "'" + cell + "'",
                "“" + cell + "”",
                "\"" + cell.replace("\"", "") + "\"\"\""),
            what);
        set(rows.get(row), column, quoted);
        done =
            "row " + row + " column " + name(head, column) + " quoted as " + Oracle.escape(quoted);
      }
      case DELIMITER -> {
        String delimiter = Pools.pick(List.of(";", "\t", "，", "|", ", "), what);
        List<String> out = new ArrayList<>(lines.subList(0, header));
        boolean all = Math.floorMod(where, 2) == 0;
        for (int i = 0; i < rows.size(); i++) {
          out.add(String.join(all || i == row ? delimiter : ",", rows.get(i)));
        }
        files.put(file, String.join("\n", out) + "\n");
        return file + ": " + op + " " + (all ? "every row" : "row " + row) + " separated by "
            + Oracle.escape(delimiter);
      }
      case HEADER_ONLY -> {
        rows.subList(1, rows.size()).clear();
        done = "only the header left";
      }
      case MONTHLY_ANNUAL -> {
        int periods = head.indexOf("period");
        if (periods < 0) {
          done = "no period column";
        } else {
          String period = get(rows.get(row), periods);
          set(
              rows.get(row),
              periods,
              period.length() == 4
                  ? period + "-01"
                  : period.substring(0, Math.min(4, period.length())));
          done = "row " + row + " period " + period + " switched between annual and monthly";
        }
      }
      default -> throw new IllegalStateException("unhandled " + op);
    }
    List<String> out = new ArrayList<>(lines.subList(0, header));
    rows.forEach(r -> out.add(String.join(",", r)));
    files.put(file, String.join("\n", out) + "\n");
    return file + ": " + op + " " + done;
  }

  /** A column named one of {@code names}, chosen by {@code what}; else any column. */
  private static int pickColumn(List<String> head, int what, String... names) {
    List<Integer> columns = new ArrayList<>();
    for (String n : names) {
      if (head.contains(n)) {
        columns.add(head.indexOf(n));
      }
    }
    return columns.isEmpty()
        ? Math.floorMod(what, Math.max(1, head.size()))
        : Pools.pick(columns, what);
  }

  /** A YAML number spelling as a CSV cell: quoted when it holds a comma or quote. */
  private static String csvNumber(String yaml) {
    return csvText(
        yaml.startsWith("\"") || yaml.startsWith("'")
            ? yaml.substring(1, Math.max(1, yaml.length() - 1))
            : yaml);
  }

  private static String csvText(String text) {
    return text.contains(",") || text.contains("\"")
        ? "\"" + text.replace("\"", "\"\"") + "\""
        : text;
  }

  /** The line's fields as written, quotes included; quoted commas do not split. */
  static List<String> split(String line) {
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      }
      if (c == ',' && !quoted) {
        fields.add(field.toString());
        field.setLength(0);
      } else {
        field.append(c);
      }
    }
    fields.add(field.toString());
    return fields;
  }

  private static String name(List<String> head, int column) {
    return column < head.size()
        ? column + " (" + Oracle.escape(head.get(column)) + ")"
        : String.valueOf(column);
  }

  private static String get(List<String> row, int column) {
    return column < row.size() ? row.get(column) : "";
  }

  private static void set(List<String> row, int column, String value) {
    while (row.size() <= column) {
      row.add("");
    }
    row.set(column, value);
  }

  private static void removeAt(List<String> row, int column) {
    if (column < row.size()) {
      row.remove(column);
    }
  }

  private static String abbreviate(String text) {
    return text.length() > 60 ? text.substring(0, 40) + "...(" + text.length() + " chars)" : text;
  }
}
