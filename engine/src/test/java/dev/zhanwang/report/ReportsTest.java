package dev.zhanwang.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportsTest {
  @TempDir
  Path dir;

  @Test
  void writeAll_sample_everyFormatManifestLast() throws IOException {
    List<String> log = new ArrayList<>();
    Path out = Files.createDirectories(dir.resolve("out/base"));
    List<Path> files = Reports.writeAll(
        TestForecasts.sample(),
        TestForecasts.audit(),
        TestForecasts.run(Path.of("s.yaml")),
        out,
        new OutputChoice(ChartFormat.all(), true, true),
        log::add);
    assertEquals(2 + 6 * 2 + 2 + 1, files.size());
    assertEquals(out.resolve("summary.csv"), files.get(0));
    assertEquals(out.resolve("fan.csv"), files.get(1));
    assertEquals(out.resolve("manifest.json"), files.get(files.size() - 1));
    for (Path file : files) {
      assertTrue(Files.size(file) > 0, file.toString());
    }
    List<String> wrote = log.stream().filter(line -> line.startsWith("Wrote ")).toList();
    assertEquals(8, wrote.size(), log.toString());
    assertTrue(log.size() - wrote.size() <= 1, "at most the note on the chart language");
    assertTrue(Files.readString(out.resolve("manifest.json")).contains("\"hist-gdp-growth.svg\""));
  }

  @Test
  void writeAll_sameForecastTwice_sameBytesExceptManifest() throws IOException {
    List<Path> first = Reports.writeAll(
        TestForecasts.sample(),
        TestForecasts.audit(),
        TestForecasts.run(Path.of("s.yaml")),
        Files.createDirectory(dir.resolve("a")),
        OutputChoice.images(ChartFormat.all()),
        line -> {});
    List<Path> second = Reports.writeAll(
        TestForecasts.sample(),
        TestForecasts.audit(),
        TestForecasts.run(Path.of("s.yaml")),
        Files.createDirectory(dir.resolve("b")),
        OutputChoice.images(ChartFormat.all()),
        line -> {});
    assertEquals(first.size(), second.size());
    for (int i = 0; i < first.size() - 1; i++) {
      if (first.get(i).getFileName().toString().equals("summary.xlsx")) {
        continue; // its document properties hold the time it was written, as Excel's own do
      }
      assertArrayEquals(
          Files.readAllBytes(first.get(i)),
          Files.readAllBytes(second.get(i)),
          first.get(i).getFileName().toString());
    }
  }
}
