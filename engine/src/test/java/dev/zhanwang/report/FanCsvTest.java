package dev.zhanwang.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FanCsvTest {
  @TempDir
  Path dir;

  @Test
  void write_sample_headerAndOneRowPerIndicatorAndMonth() throws IOException {
    List<String[]> rows = SummaryCsvTest.read(write(dir));
    assertEquals(
        List.of(
            "indicator",
            "name_zh",
            "name_en",
            "unit",
            "month",
            "ytd_2022",
            "ytd_mean",
            "ytd_p5",
            "ytd_p10",
            "ytd_p20",
            "ytd_p25",
            "ytd_p30",
            "ytd_p40",
            "ytd_p50",
            "ytd_p60",
            "ytd_p70",
            "ytd_p75",
            "ytd_p80",
            "ytd_p90",
            "ytd_p95",
            "growth_p5",
            "growth_p10",
            "growth_p20",
            "growth_p25",
            "growth_p30",
            "growth_p40",
            "growth_p50",
            "growth_p60",
            "growth_p70",
            "growth_p75",
            "growth_p80",
            "growth_p90",
            "growth_p95"),
        List.of(rows.get(0)));
    assertEquals(1 + 2 * 12, rows.size());
    String[] december = rows.get(12);
    assertEquals(
        List.of("gdp", "地区生产总值", "Gross regional product", "亿元", "12", "320.8"),
        List.of(december).subList(0, 6));
    // December's median growth, the sample's 6.5%, in the growth_p50 column.
    assertEquals("6.5", december[List.of(rows.get(0)).indexOf("growth_p50")]);
  }

  @Test
  void write_sample_quantilesRiseAcrossEveryLevel() throws IOException {
    List<String[]> rows = SummaryCsvTest.read(write(dir));
    List<String> header = List.of(rows.get(0));
    for (String[] row : rows.subList(1, rows.size())) {
      for (String form : List.of("ytd_", "growth_")) {
        double previous = Double.NEGATIVE_INFINITY;
        for (int c = header.indexOf(form + "p5"); c <= header.indexOf(form + "p95"); c++) {
          double value = Double.parseDouble(row[c]);
          assertTrue(value > previous, header.get(c) + " in " + String.join(",", row));
          previous = value;
        }
      }
    }
  }

  @Test
  void write_sample_startsWithByteOrderMark() throws IOException {
    assertTrue(Files.readString(write(dir)).startsWith("\uFEFFindicator,"));
  }

  @Test
  void write_sameInputTwice_byteIdentical() throws IOException {
    Path first = write(dir);
    Path again = write(Files.createDirectory(dir.resolve("again")));
    assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(again));
  }

  private static Path write(Path dir) throws IOException {
    return new FanCsv(line -> {})
        .write(TestForecasts.sample(), TestForecasts.run(Path.of("s.yaml")), dir)
        .get(0);
  }
}
