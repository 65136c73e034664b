package dev.zhanwang.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhanwang.input.InvalidInputException;
import dev.zhanwang.input.Problem;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ActualsLoaderTest {
  private static final Map<String, Boolean> INDICATORS =
      Map.of("industrial_output_total", true, "industrial_va", false, "budget_revenue", true);

  @TempDir
  Path dir;

  private Path write(String... lines) throws IOException {
    return Files.writeString(dir.resolve("actuals.csv"), String.join("\n", lines) + "\n");
  }

  private static List<String> problems(Path file) {
    InvalidInputException e = assertThrows(
        InvalidInputException.class,
        () -> ActualsLoader.load(file, 2023, INDICATORS, warning -> {}));
    return e.problems().stream().map(Problem::toString).toList();
  }

  @Test
  void load_janFebCombinedAndGrowthOnlyRows_acceptedWithTheirMonths() throws IOException {
    Path file = write(
        "\uFEFFindicator,period,ytd_value,ytd_growth_pct,source",
        "# 1-2月 is one observation",
        "industrial_output_total,2023-1-2月,136.5,7.0%,bureau",
        "industrial_output_total,2023-03,226.6,7.4,bureau",
        "industrial_va,2023-01-02,,9.5,bureau",
        "industrial_va,2023-06,,10.9,bureau");

    Actuals actuals = ActualsLoader.load(file, 2023, INDICATORS, warning -> {});

    List<Actual> output = actuals.of("industrial_output_total", 12);
    assertEquals(2, output.size());
    assertEquals(2, output.get(0).month());
    assertTrue(output.get(0).combined());
    assertEquals("2023-1-2月", output.get(0).period(2023));
    assertEquals(OptionalDouble.of(7.0), output.get(0).growthPct());
    List<Actual> va = actuals.of("industrial_va", 12);
    assertEquals(OptionalDouble.empty(), va.get(1).value());
    assertEquals(OptionalDouble.of(10.9), va.get(1).growthPct());
    assertEquals(1, actuals.of("industrial_va", 5).size());
    assertEquals(6, actuals.lastMonth());
  }

  @Test
  void load_gb18030File_readWithAWarning() throws IOException {
    Path file = dir.resolve("gbk.csv");
    Files.write(
        file,
        ("indicator,period,ytd_value,source\nindustrial_output_total,2023-1-2月,136.5,统计局\n")
            .getBytes(Charset.forName("GB18030")));
    List<Problem> warnings = new ArrayList<>();

    Actuals actuals = ActualsLoader.load(file, 2023, INDICATORS, warnings::add);

    assertEquals("统计局", actuals.rows().get(0).source());
    assertEquals(1, warnings.size());
  }

  @Test
  void load_monthsOutOfOrderFallingFlowAndWrongYear_reportedAtLineAndColumn() throws IOException {
    Path file = write(
        "indicator,period,ytd_value,ytd_growth_pct,source",
        "industrial_output_total,2023-03,226.6,,s",
        "industrial_output_total,2023-1-2月,136.5,,s",
        "industrial_output_total,2023-04,200,,s",
        "budget_revenue,2022-06,3.9,,s");

    assertEquals(
        List.of(
            file + ":3:2 period: must be after 2023-03 (line 2; months in order per indicator),"
                + " but was 2023-1-2月",
            file + ":4:3 ytd_value: must be at least 226.6, the year to date of 2023-03 (line 2;"
                + " a flow's year to date cannot fall), but was 200",
            file + ":5:2 period: must be in 2023, the scenario's year, but was 2022-06"),
        problems(file));
  }

  @Test
  void load_badCells_eachReportedWithItsRule() throws IOException {
    Path file = write(
        "indicator,period,ytd_value,ytd_growth_pct,source",
        "industrial_output_totl,2023-02,1,,s",
        "industrial_va,2023-02,0.55,9,s",
        "budget_revenue,2023-13,1,,s",
        "budget_revenue,2023-02,,,s",
        "budget_revenue,2023-03,-1,-120,");

    assertEquals(
        List.of(
            file + ":2:1 indicator: must be an indicator of the scenario (did you mean"
                + " industrial_output_total?), but was industrial_output_totl",
            file + ":3:3 ytd_value: must be blank for industrial_va, a rate (give its growth in"
                + " ytd_growth_pct), but was 0.55",
            file + ":4:2 period: must be YYYY-MM, or YYYY-1-2月 for the combined"
                + " January-February, but was 2023-13",
            file + ":5:3 ytd_value: must give a value or a growth rate, but was blank",
            file + ":6:3 ytd_value: must be blank or a number in (0, 10^9], but was -1",
            file + ":6:4 ytd_growth_pct: must be blank or a growth in percent in (-100, 1000],"
                + " but was -120",
            file + ":6:5 source: must be non-empty, but was blank"),
        problems(file));
  }

  @Test
  void load_neitherValueNorGrowthColumn_reportedOnce() throws IOException {
    Path file = write("indicator,period,source", "industrial_va,2023-02,s");

    assertEquals(
        List.of(file + ":1: must have a column ytd_value or ytd_growth_pct (or both), but had"
            + " neither"),
        problems(file));
  }
}
