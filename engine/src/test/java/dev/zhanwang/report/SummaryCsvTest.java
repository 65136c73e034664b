package dev.zhanwang.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhanwang.audit.Audit;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SummaryCsvTest {
  static final List<String> HEADER = List.of(
      "target_id",
      "criterion",
      "name_zh",
      "name_en",
      "unit",
      "value_2022",
      "target",
      "mean",
      "p5",
      "p10",
      "p25",
      "p50",
      "p75",
      "p90",
      "p95",
      "prob_met",
      "prob_met_se",
      "prob_met_text",
      "expected_shortfall",
      "source",
      "note");

  @TempDir
  Path dir;

  private final List<String> log = new ArrayList<>();

  @Test
  void write_sample_startsWithByteOrderMark() throws IOException {
    byte[] bytes = Files.readAllBytes(write());
    assertArrayEquals(
        new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
        new byte[] {bytes[0], bytes[1], bytes[2]});
  }

  @Test
  void write_sample_hasExactHeader() throws IOException {
    assertEquals(HEADER, List.of(read(write()).get(0)));
  }

  @Test
  void write_sample_oneRowPerCheckThenNotForecastTargets() throws IOException {
    List<String[]> rows = read(write());
    assertEquals(1 + 3 + 1, rows.size());
    assertEquals(
        List.of("gdp", "gdp", "industrial_output", "new_firms"),
        rows.stream().skip(1).map(row -> row[0]).toList());
    assertEquals("growth", rows.get(2)[1]);
    assertEquals("%", rows.get(2)[4]);
    for (String[] row : rows) {
      assertEquals(HEADER.size(), row.length);
    }
  }

  @Test
  void write_readBackAsUtf8_chineseNamesIntact() throws IOException {
    String text = Files.readString(write(), StandardCharsets.UTF_8);
    assertTrue(text.contains(",地区生产总值,Gross regional product,亿元,"), text);
    assertTrue(text.contains("新增市场主体"));
  }

  @Test
  void write_sourceWithCommaAndQuotes_quotedAndReadBackWhole() throws IOException {
    Path file = write();
    assertTrue(Files.readString(file).contains(",\"规模以上工业总产值1210亿元, 增长\"\"25%\"\"\","));
    String[] industry = read(file).get(3);
    assertEquals(TestForecasts.COMMA_SOURCE, industry[HEADER.indexOf("source")]);
  }

  @Test
  void write_forecastRowNoFindingConcerns_numbersFormattedAndNoteEmpty() throws IOException {
    String[] gdp = read(write()).get(1);
    assertEquals("320.8", gdp[HEADER.indexOf("value_2022")]);
    assertEquals("345", gdp[HEADER.indexOf("target")]);
    assertEquals("341.7", gdp[HEADER.indexOf("p50")]);
    // Six significant figures and an s.e. to two, not four and five decimals.
    double p = Double.parseDouble(gdp[HEADER.indexOf("prob_met")]);
    assertEquals(Numbers.significant(p), gdp[HEADER.indexOf("prob_met")]);
    assertTrue(gdp[HEADER.indexOf("prob_met_se")].matches("0\\.0*[1-9]\\d?"));
    assertEquals(ProbabilityText.ofShare(p, 100_000), gdp[HEADER.indexOf("prob_met_text")]);
    assertEquals("", gdp[HEADER.indexOf("note")]);
  }

  @Test
  void write_notForecastTarget_targetAndNoteButNoProbabilities() throws IOException {
    String[] firms = read(write()).get(4);
    assertEquals("3000", firms[HEADER.indexOf("target")]);
    assertEquals("户", firms[HEADER.indexOf("unit")]);
    for (String column :
        List.of("value_2022", "mean", "p50", "prob_met", "prob_met_se", "prob_met_text")) {
      assertEquals("", firms[HEADER.indexOf(column)], column);
    }
    assertEquals(
        "not forecast: no 2022 figure to forecast from; audit other-measure:new_firms: 2022"
            + " comparator is of another scope",
        firms[HEADER.indexOf("note")]);
  }

  @Test
  void write_findingOnOneCheck_noteOnThatRowOnly() throws IOException {
    List<String[]> rows = read(write());
    assertEquals("level", rows.get(1)[1]);
    assertEquals("", rows.get(1)[HEADER.indexOf("note")]);
    assertEquals("growth", rows.get(2)[1]);
    assertEquals("audit implausible:gdp:growth: P(met) 0.5%", rows.get(2)[HEADER.indexOf("note")]);
  }

  @Test
  void write_findingOnEveryCheck_namedInTheRowsNote() throws IOException {
    String[] industry = read(write()).get(3);
    assertEquals(
        "audit growth-vs-level:industrial_output: 1210 is +25% on 968, not +7.5%",
        industry[HEADER.indexOf("note")]);
  }

  @Test
  void write_emptyAudit_notesOnlySayWhatIsNotForecast() throws IOException {
    new SummaryCsv(log::add, Audit.empty("base"))
        .write(TestForecasts.sample(), TestForecasts.run(Path.of("s.yaml")), dir);
    List<String[]> rows = read(dir.resolve("summary.csv"));
    assertEquals(
        List.of("", "", "", "not forecast: no 2022 figure to forecast from"),
        rows.stream().skip(1).map(row -> row[HEADER.indexOf("note")]).toList());
  }

  @Test
  void write_sameInputTwice_byteIdentical() throws IOException {
    Path first = write();
    Path again = Files.createDirectory(dir.resolve("again"));
    new SummaryCsv(log::add, TestForecasts.audit())
        .write(TestForecasts.sample(), TestForecasts.run(Path.of("s.yaml")), again);
    assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(again.resolve("summary.csv")));
  }

  @Test
  void write_sample_logsOneLine() throws IOException {
    Path file = write();
    assertEquals(List.of("Wrote summary table (3 target checks, 1 not forecast) to " + file), log);
  }

  private Path write() throws IOException {
    new SummaryCsv(log::add, TestForecasts.audit())
        .write(TestForecasts.sample(), TestForecasts.run(Path.of("s.yaml")), dir);
    return dir.resolve("summary.csv");
  }

  /** Rows as a standard CSV reader sees them, after the byte-order mark; empty cells as "". */
  static List<String[]> read(Path file) throws IOException {
    return CsvTestFiles.rows(file);
  }
}
