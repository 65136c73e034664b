package dev.zhanwang.fuzz;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The figures and targets CSV files of a scenario mutated one to three times (columns, rows,
 * cells as Excel writes them, quoting, delimiters, encodings, truncation), then the scenario
 * validated and run: see {@link Oracle}.
 */
@Tag("fuzz")
class DataFilesFuzzTest {
  /** A scenario and its two data files. */
  private record Data(String scenario, String figures, String targets) {}

  private static final List<Data> DATA = List.of(
      new Data(
          "liudong-2023-baseline.yaml", "data/liudong-2022.csv", "data/liudong-2023-targets.csv"),
      new Data(
          "liudong-2023-optimistic.yaml", "data/liudong-2022.csv", "data/liudong-2023-targets.csv"),
      new Data("bench/rw1.yaml", "bench/rw1-figures.csv", "bench/rw1-targets.csv"),
      new Data(Shipped.HISTORY_SCENARIO, "fuzz-data/synthetic-2022.csv", Shipped.HISTORY_TARGETS));

  @Test
  void dataFile_mutated_endsInARunOrInProblemLines() throws Exception {
    FuzzRun.check("DataFilesFuzzTest", 2000, random -> {
      Data data = DATA.get(random.nextInt(DATA.size()));
      List<CsvMutation> mutations = CsvMutation.draw(random);
      String file = random.nextBoolean() ? data.figures() : data.targets();
      List<Case.Step> steps = Case.validateAndRun(data.scenario(), random);
      return new Recipe<>(mutations, some -> {
        CaseFiles files = Shipped.copy();
        List<String> done = some.stream().map(m -> m.apply(files, file)).toList();
        return new Case(done, files, steps);
      });
    });
  }
}
