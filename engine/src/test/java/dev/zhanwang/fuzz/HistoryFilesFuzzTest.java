package dev.zhanwang.fuzz;

import java.util.List;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AddLifecycleHook;

/**
 * The shipped history (and, for backtests, its targets) mutated one to three times, then read by
 * {@code calibrate}, {@code backtest} and by a scenario fitted from it: see {@link Oracle}.
 */
@Tag("fuzz")
@AddLifecycleHook(FuzzHook.class)
class HistoryFilesFuzzTest {
  private static final String HISTORY = CaseFiles.CASE + "/" + Shipped.HISTORY;

  @Property
  @FuzzHook.Cases(1000)
  void historyFile_mutated_endsInResultsOrInProblemLines(
      @ForAll @IntRange(min = 0, max = 3) int command,
      @ForAll("mutations") List<CsvMutation> mutations,
      @ForAll @IntRange(min = 0, max = 4) int targetsToo) {
    FuzzRun.current().submit(() -> {
      CaseFiles files = Shipped.copy();
      // A backtest reads targets too: one case in five mutates them first.
      List<String> done = IntStream.range(0, mutations.size()).mapToObj(i -> mutations.get(i)
          .apply(files, command == 2 && targetsToo == 0 && i == 0 ? Shipped.HISTORY_TARGETS
              : Shipped.HISTORY)).toList();
      return new Case(done, files, steps(command));
    });
  }

  private static List<Case.Step> steps(int command) {
    return switch (command) {
      case 0 -> Case.validateAndRun(Shipped.HISTORY_SCENARIO);
      case 1 -> List.of(new Case.Step(List.of("calibrate", "--history", HISTORY, "--out",
          CaseFiles.CASE + "/fitted.yaml"), Case.Role.OTHER, null));
      case 2 -> List.of(new Case.Step(List.of("backtest", "--history", HISTORY, "--models",
          "iid-lognormal,bootstrap", "--targets", CaseFiles.CASE + "/" + Shipped.HISTORY_TARGETS,
          "--draws", "200", "--min-years", "24", "--out", CaseFiles.CASE + "/backtest"),
          Case.Role.OTHER, "backtest"));
      default -> List.of(new Case.Step(List.of("calibrate", "--history", HISTORY, "--models",
          "iid-lognormal,ar1-monthly,split-normal"), Case.Role.OTHER, null));
    };
  }

  @Provide
  Arbitrary<List<CsvMutation>> mutations() {
    return DataFilesFuzzTest.csvMutations();
  }
}
