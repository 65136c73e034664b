package dev.zhanwang.fuzz;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AddLifecycleHook;

/**
 * The figures and targets CSV files of a scenario mutated one to three times (columns, rows,
 * cells as Excel writes them, quoting, delimiters, encodings, truncation), then the scenario
 * validated and run: see {@link Oracle}.
 */
@Tag("fuzz")
@AddLifecycleHook(FuzzHook.class)
class DataFilesFuzzTest {
  /** A scenario and its two data files. */
  private record Data(String scenario, String figures, String targets) {}

  private static final List<Data> DATA = List.of(
      new Data("liudong-2023-baseline.yaml", "data/liudong-2022.csv",
          "data/liudong-2023-targets.csv"),
      new Data("liudong-2023-optimistic.yaml", "data/liudong-2022.csv",
          "data/liudong-2023-targets.csv"),
      new Data("bench/rw1.yaml", "bench/rw1-figures.csv", "bench/rw1-targets.csv"),
      new Data(Shipped.HISTORY_SCENARIO, "fuzz-data/synthetic-2022.csv", Shipped.HISTORY_TARGETS));

  @Property
  @FuzzHook.Cases(2000)
  void dataFile_mutated_endsInARunOrInProblemLines(
      @ForAll @IntRange(min = 0, max = 3) int scenario,
      @ForAll("mutations") List<CsvMutation> mutations,
      @ForAll @IntRange(min = 0, max = 1) int figuresOrTargets) {
    FuzzRun.current().submit(() -> {
      Data data = DATA.get(scenario);
      CaseFiles files = Shipped.copy();
      String file = figuresOrTargets == 0 ? data.figures() : data.targets();
      List<String> done = mutations.stream().map(m -> m.apply(files, file)).toList();
      return new Case(done, files, Case.validateAndRun(data.scenario()));
    });
  }

  @Provide
  Arbitrary<List<CsvMutation>> mutations() {
    return csvMutations();
  }

  static Arbitrary<List<CsvMutation>> csvMutations() {
    return Combinators.combine(Arbitraries.of(CsvMutation.Op.class),
            Arbitraries.integers().between(0, 1 << 20), Arbitraries.integers().between(0, 1 << 20))
        .as(CsvMutation::new).list().ofMinSize(1).ofMaxSize(3);
  }
}
