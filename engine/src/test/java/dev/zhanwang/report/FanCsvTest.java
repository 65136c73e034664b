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
            "ytd_p25",
            "ytd_p50",
            "ytd_p75",
            "ytd_p90",
            "ytd_p95",
            "growth_p5",
            "growth_p10",
            "growth_p25",
            "growth_p50",
            "growth_p75",
            "growth_p90",
            "growth_p95"),
        List.of(rows.get(0)));
    assertEquals(1 + 2 * 12, rows.size());
    String[] december = rows.get(12);
    assertEquals(
        List.of("gdp", "地区生产总值", "Gross regional product", "亿元", "12", "320.8"),
        List.of(december).subList(0, 6));
    assertEquals("6.5", december[17]);
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
