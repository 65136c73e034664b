package dev.zhanwang.report;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Writes a table as RFC 4180 CSV in UTF-8 with a byte-order mark: without the mark Excel, which
 * planners open these files in, reads them in the local code page and garbles the Chinese names.
 */
final class Csv {
  private static final char BYTE_ORDER_MARK = '\uFEFF';

  private Csv() {}

  static void write(Path file, List<String> header, List<List<String>> rows) throws IOException {
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write(BYTE_ORDER_MARK);
      writeRow(out, header);
      for (List<String> row : rows) {
        if (row.size() != header.size()) {
          throw new IllegalArgumentException(
              "a row has " + row.size() + " cells, the header " + header.size());
        }
        writeRow(out, row);
      }
    }
  }

  /**
   * As {@link #write(Path, List, List)}, each row made as it is written: for tables with more
   * rows than are worth holding as text at once.
   */
  static void write(Path file, List<String> header, int rowCount, IntFunction<List<String>> rows)
      throws IOException {
    write(file, header, new java.util.AbstractList<>() {
      @Override
      public List<String> get(int index) {
        return rows.apply(index);
      }

      @Override
      public int size() {
        return rowCount;
      }
    });
  }

  private static void writeRow(Writer out, List<String> cells) throws IOException {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        out.write(',');
      }
      out.write(quote(cells.get(i)));
    }
    out.write("\r\n");
  }

  /**
   * Quotes a cell that holds a separator, quote or line break, doubling its quotes; a missing
   * (null) text is an empty cell.
   */
  static String quote(String cell) {
    if (cell == null) {
      return "";
    }
    if (cell.indexOf(',') < 0
        && cell.indexOf('"') < 0
        && cell.indexOf('\n') < 0
        && cell.indexOf('\r') < 0) {
      return cell;
    }
    return '"' + cell.replace("\"", "\"\"") + '"';
  }
}
