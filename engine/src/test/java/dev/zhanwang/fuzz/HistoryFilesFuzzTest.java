package dev.zhanwang.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The shipped history (and, for backtests, its targets) mutated one to three times, then read by
 * {@code calibrate}, {@code backtest} and by a scenario fitted from it: see {@link Oracle}.
 */
@Tag("fuzz")
class HistoryFilesFuzzTest {
  private static final String HISTORY = CaseFiles.CASE + "/" + Shipped.HISTORY;

  /** A mutation and the file it applies to. */
  private record Change(CsvMutation mutation, String file) {}

  @Test
  void historyFile_mutated_endsInResultsOrInProblemLines() throws Exception {
    FuzzRun.check("HistoryFilesFuzzTest", 1000, random -> {
      int command = random.nextInt(4);
      List<CsvMutation> mutations = CsvMutation.draw(random);
      // A backtest reads targets too: one case in five mutates them first.
      boolean targetsToo = command == 2 && random.nextInt(5) == 0;
      List<Change> changes = new ArrayList<>();
      for (int i = 0; i < mutations.size(); i++) {
        changes.add(new Change(
            mutations.get(i), targetsToo && i == 0 ? Shipped.HISTORY_TARGETS : Shipped.HISTORY));
      }
      List<Case.Step> steps = steps(command, random);
      return new Recipe<>(changes, some -> {
        CaseFiles files = Shipped.copy();
        List<String> done =
            some.stream().map(c -> c.mutation().apply(files, c.file())).toList();
        return new Case(done, files, steps);
      });
    });
  }

  private static List<Case.Step> steps(int command, SplittableRandom random) {
    return switch (command) {
      case 0 -> Case.validateAndRun(Shipped.HISTORY_SCENARIO, random);
      case 1 ->
        List.of(new Case.Step(
            List.of("calibrate", "--history", HISTORY, "--out", CaseFiles.CASE + "/fitted.yaml"),
            Case.Role.OTHER,
            null));
      case 2 ->
        List.of(new Case.Step(
            List.of(
                "backtest",
                "--history",
                HISTORY,
                "--models",
                "iid-lognormal,bootstrap",
                "--targets",
                CaseFiles.CASE + "/" + Shipped.HISTORY_TARGETS,
                "--draws",
                "200",
                "--min-years",
                "24",
                "--out",
                CaseFiles.CASE + "/backtest"),
            Case.Role.OTHER,
            "backtest"));
      default ->
        List.of(new Case.Step(
            List.of(
                "calibrate",
                "--history",
                HISTORY,
                "--models",
                "iid-lognormal,ar1-monthly,split-normal"),
            Case.Role.OTHER,
            null));
    };
  }
}
