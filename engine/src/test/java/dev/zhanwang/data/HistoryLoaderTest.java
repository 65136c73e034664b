package dev.zhanwang.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.zhanwang.data.HistorySeries.Frequency;
import dev.zhanwang.input.InvalidInputException;
import dev.zhanwang.input.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HistoryLoaderTest {
  @TempDir
  Path dir;

  private Path write(String... lines) throws IOException {
    return Files.writeString(dir.resolve("history.csv"), String.join("\n", lines) + "\n");
  }

  private static List<String> problems(Path file) {
    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> HistoryLoader.load(file, warning -> {}));
    return e.problems().stream().map(Problem::toString).toList();
  }

  @Test
  void load_annualAndMonthlySeries_readInFileOrderWithNotes() throws IOException {
    Path file = write(
        "\uFEFFperiod,indicator,value,note",
        "# a comment",
        "2020,output,100,first",
        "2021,output,110,",
        "2021-11,sales,5,",
        "2021-12,sales,6,monthly",
        "2022-01,sales,7,");

    History history = HistoryLoader.load(file, warning -> {});

    assertEquals(List.of("output", "sales"), history.indicators());
    HistorySeries output = history.series("output").orElseThrow();
    assertEquals(Frequency.ANNUAL, output.frequency());
    assertEquals("2020", output.period(0));
    assertArrayEquals(new double[] {100, 110}, output.levels());
    assertEquals("first", output.note());
    HistorySeries sales = history.series("sales").orElseThrow();
    assertEquals(Frequency.MONTHLY, sales.frequency());
    assertEquals("2022-01", sales.period(2));
    assertEquals("monthly", sales.note());
  }

  @Test
  void annualLevels_monthlySeries_sumCompleteCalendarYearsOnly() {
    double[] months = new double[30]; // 2020-07 .. 2022-12
    for (int i = 0; i < months.length; i++) {
      months[i] = i + 1;
    }
    HistorySeries series =
        new HistorySeries("x", Frequency.MONTHLY, HistorySeries.monthIndex(2020, 7), months, "");

    HistorySeries.AnnualLevels annual = series.annualLevels();

    assertEquals(2021, annual.firstYear());
    assertArrayEquals(
        new double[] {
          7 + 8 + 9 + 10 + 11 + 12 + 13 + 14 + 15 + 16 + 17 + 18,
          19 + 20 + 21 + 22 + 23 + 24 + 25 + 26 + 27 + 28 + 29 + 30
        },
        annual.levels());
    assertEquals(2021, series.until(2021).annualLevels().lastYear());
    HistorySeries complete = series.completeYears();
    assertEquals("2021-01", complete.period(0));
    assertEquals(24, complete.levels().length);
    assertEquals(7, complete.levels()[0]);
  }

  @Test
  void seasonality_monthlySeries_averagesEachMonthsShareOfItsYear() {
    double[] months = new double[24];
    for (int m = 0; m < 12; m++) {
      months[m] = m == 0 ? 12 : 1; // January 12 of 23
      months[12 + m] = 1; // January 1 of 12
    }
    HistorySeries series =
        new HistorySeries("x", Frequency.MONTHLY, HistorySeries.monthIndex(2021, 1), months, "");
    double[] shares = series.seasonality().orElseThrow();
    assertEquals((12.0 / 23 + 1.0 / 12) / 2, shares[0], 1e-15);
    assertEquals((1.0 / 23 + 1.0 / 12) / 2, shares[5], 1e-15);
    assertEquals(1, Arrays.stream(shares).sum(), 1e-12);
    assertEquals(
        Optional.empty(),
        new HistorySeries("y", Frequency.ANNUAL, 2020, new double[] {1}, "").seasonality());
  }

  @Test
  void load_badCells_reportEachWithLineColumnAndRule() throws IOException {
    Path file = write(
        "indicator,period,value",
        "Output,2020,1",
        "output,20-1,1",
        "output,2021-13,1",
        "output,2022,-3",
        "output,2023,NaN",
        "output,2024,");

    assertEquals(
        List.of(
            file + ":2:1 indicator: must be snake_case ([a-z][a-z0-9_]*), but was Output",
            file
                + ":3:2 period: must be YYYY (annual) or YYYY-MM (monthly), the year in [1900, 2200],"
                + " but was 20-1",
            file
                + ":4:2 period: must be YYYY (annual) or YYYY-MM (monthly), the year in [1900, 2200],"
                + " but was 2021-13",
            file + ":5:3 value: must be a finite number > 0, but was -3",
            file + ":6:3 value: must be a finite number > 0, but was NaN",
            file + ":7:3 value: must be a finite number > 0, but was blank"),
        problems(file));
  }

  @Test
  void load_brokenSeries_reportsOrderGapsAndMixedFrequency() throws IOException {
    Path file = write(
        "indicator,period,value",
        "output,2020,1",
        "output,2021,1",
        "output,2021,1",
        "output,2024,1",
        "output,2022-01,1",
        "sales,2020-01,1",
        "sales,2019-12,1");

    assertEquals(
        List.of(
            file + ":4:2 period: must be after 2021 (line 3; periods strictly increasing per"
                + " indicator), but was 2021",
            file
                + ":5:2 period: must be 2022, the period after 2021 (line 3; no gaps), but was 2024",
            file + ":6:2 period: must be YYYY like the first row of output (line 2; an indicator is"
                + " annual or monthly throughout), but was 2022-01",
            file + ":8:2 period: must be after 2020-01 (line 7; periods strictly increasing per"
                + " indicator), but was 2019-12"),
        problems(file));
  }

  @Test
  void load_missingColumnOrFile_reportsOnce() throws IOException {
    Path file = write("indicator,year,value", "output,2020,1");
    assertEquals(
        List.of(file + ":1 header: must include the columns indicator, period, value,"
            + " but period is missing"),
        problems(file));
    Path missing = dir.resolve("none.csv");
    assertEquals(
        List.of(missing + ": must be a readable file, but it does not exist"), problems(missing));
  }
}
