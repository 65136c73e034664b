package dev.zhanwang.report;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Reads the CSV files the engine writes (UTF-8 with a byte-order mark) back for tests. */
public final class CsvTestFiles {
  private CsvTestFiles() {}

  /** Every row of {@code file}, the header first; empty cells as empty strings. */
  public static List<String[]> rows(Path file) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    assertTrue(text.startsWith("\uFEFF"), "byte-order mark in " + file);
    try (CSVParser parser = CSVParser.parse(text.substring(1), CSVFormat.RFC4180)) {
      return parser.stream().map(CSVRecord::values).toList();
    }
  }
}
