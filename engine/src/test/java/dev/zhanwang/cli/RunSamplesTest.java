package dev.zhanwang.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code forecast run --samples N}: samples.csv, the run's first N paths one by one. */
class RunSamplesTest {
  private static final String BASELINE = "../scenarios/liudong-2023-baseline.yaml";
  private static final int PATHS = 5000;

  @TempDir
  Path dir;

  private CliRun run(String out, int threads, int samples) {
    return CliRun.forecast(
        "run",
        BASELINE,
        "--paths",
        Integer.toString(PATHS),
        "--threads",
        Integer.toString(threads),
        "--samples",
        Integer.toString(samples),
        "--charts",
        "none",
        "--out",
        dir.resolve(out).toString());
  }

  /** The cells of a CSV line, quoted ones unquoted (no cell here spans lines). */
  private static List<String> cells(String line) {
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char ch = line.charAt(i);
      if (quoted && ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
        cell.append('"');
        i++;
      } else if (ch == '"') {
        quoted = !quoted;
      } else if (ch == ',' && !quoted) {
        cells.add(cell.toString());
        cell.setLength(0);
      } else {
        cell.append(ch);
      }
    }
    cells.add(cell.toString());
    return cells;
  }

  @Test
  void run_samplesOfEveryPath_metColumnsCountSummaryAndManifestExactlyOnAnyThreads()
      throws IOException {
    CliRun one = run("one", 1, PATHS);
    CliRun two = run("two", 2, PATHS);
    assertEquals(0, one.status(), one.err());
    assertEquals(0, two.status(), two.err());
    byte[] bytes = Files.readAllBytes(dir.resolve("one/samples.csv"));
    assertArrayEquals(bytes, Files.readAllBytes(dir.resolve("two/samples.csv")));
    // summary.csv's conventions: a byte-order mark for Excel, CRLF line ends.
    assertArrayEquals(
        new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, java.util.Arrays.copyOf(bytes, 3));
    String text = new String(bytes, StandardCharsets.UTF_8).substring(1);
    assertTrue(text.endsWith("\r\n"));
    List<String> lines = text.lines().toList();
    assertEquals(PATHS + 1, lines.size());
    List<String> header = cells(lines.get(0));
    assertEquals("path", header.get(0));
    assertTrue(header.contains("industrial_output_total.level"), header.toString());
    assertTrue(header.contains("industrial_output_total.growth_pct"), header.toString());
    assertEquals("all_met", header.get(header.size() - 1));
    int[] ones = new int[header.size()];
    for (int p = 1; p <= PATHS; p++) {
      List<String> row = cells(lines.get(p));
      assertEquals(header.size(), row.size());
      assertEquals(Integer.toString(p), row.get(0));
      for (int col = 1; col < row.size(); col++) {
        if (header.get(col).startsWith("met.") || header.get(col).equals("all_met")) {
          assertTrue(row.get(col).equals("1") || row.get(col).equals("0"), row.get(col));
          ones[col] += row.get(col).equals("1") ? 1 : 0;
        } else {
          assertTrue(Double.isFinite(Double.parseDouble(row.get(col))), row.get(col));
        }
      }
    }
    // Every target check of summary.csv has its column, whose share of 1s is prob_met exactly.
    List<String> summary = Files.readAllLines(dir.resolve("one/summary.csv"));
    List<String> summaryHeader = cells(summary.get(0).substring(1));
    int probMet = summaryHeader.indexOf("prob_met");
    int checked = 0;
    for (String line : summary.subList(1, summary.size())) {
      List<String> row = cells(line);
      if (row.get(probMet).isEmpty()) {
        continue; // a target not forecast
      }
      int col = header.indexOf("met." + row.get(0) + "." + row.get(1));
      assertTrue(col > 0, "no column for " + row.get(0) + " " + row.get(1));
      assertEquals(Double.parseDouble(row.get(probMet)), ones[col] / (double) PATHS, line);
      checked++;
    }
    assertTrue(checked >= 15, "checked " + checked);
    long metColumns = header.stream().filter(h -> h.startsWith("met.")).count();
    assertTrue(metColumns >= checked);
    String manifest = Files.readString(dir.resolve("one/manifest.json"));
    Matcher allMet = Pattern.compile("\"probability_all_met\": ?([0-9.e-]+)").matcher(manifest);
    assertTrue(allMet.find(), manifest);
    assertEquals(Double.parseDouble(allMet.group(1)), ones[header.size() - 1] / (double) PATHS);
    assertTrue(manifest.contains("\"samples.csv\""), manifest);
    // The last line says how long it took; the first N paths of a run are the first rows.
    assertTrue(one.out().contains("samples.csv "), one.out());
    CliRun fewer = run("fewer", 2, 1000);
    assertEquals(0, fewer.status(), fewer.err());
    List<String> first = Files.readAllLines(dir.resolve("fewer/samples.csv"));
    assertEquals(
        new ArrayList<>(Files.readAllLines(dir.resolve("one/samples.csv")).subList(0, 1001)),
        first);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      value = {
        "0; --samples must be from 1 to the run's 5,000 paths (--paths sets them), but was 0",
        "-1; --samples must be from 1 to the run's 5,000 paths (--paths sets them), but was -1",
        "5001; --samples must be from 1 to the run's 5,000 paths (--paths sets them), but was 5001",
        "abc; Invalid value for option '--samples': 'abc' is not a whole number",
        "1.5; Invalid value for option '--samples': '1.5' is not a whole number"
      })
  void run_samplesBreakingItsRule_exitsTwoWithOneMessageAndNoOutput(String value, String message) {
    CliRun bad = CliRun.forecast(
        "run",
        BASELINE,
        "--paths",
        Integer.toString(PATHS),
        "--samples",
        value,
        "--out",
        dir.resolve("out").toString());
    assertEquals(2, bad.status(), bad.err());
    List<String> lines = bad.err().lines().toList();
    assertEquals(List.of("forecast: " + message, "Try 'forecast run --help'."), lines);
    assertEquals("", bad.out());
    assertFalse(Files.exists(dir.resolve("out")));
  }

  @Test
  void run_samplesBeyondAMillion_refusedBeforeSimulating() {
    CliRun bad = CliRun.forecast(
        "run",
        BASELINE,
        "--paths",
        "2e6",
        "--samples",
        "1000001",
        "--out",
        dir.resolve("out").toString());
    assertEquals(2, bad.status(), bad.err());
    assertTrue(
        bad.err()
            .startsWith("forecast: --samples must be from 1 to 1,000,000 (more rows no longer"
                + " open in Excel), but was 1000001"),
        bad.err());
    assertFalse(Files.exists(dir.resolve("out")));
  }
}
