package dev.zhanwang.fuzz;

import java.util.List;
import java.util.Map;
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
 * Scenario files mutated one to three times (keys deleted or repeated, values of the wrong type
 * or out of range, unicode and control characters, broken matrices, paths and {@code extends}
 * cycles, YAML features, encodings, truncation), then validated and run: see {@link Oracle}.
 */
@Tag("fuzz")
@AddLifecycleHook(FuzzHook.class)
class ScenarioFilesFuzzTest {
  /** Each shipped scenario and the fixture fitted from history, with its extends chain. */
  private static final Map<String, List<String>> CHAINS = Map.of(
      "liudong-2023-baseline.yaml", List.of("liudong-2023-baseline.yaml"),
      "liudong-2023-optimistic.yaml",
      List.of("liudong-2023-optimistic.yaml", "liudong-2023-baseline.yaml"),
      "liudong-2023-pessimistic.yaml",
      List.of("liudong-2023-pessimistic.yaml", "liudong-2023-baseline.yaml"),
      "liudong-2023-auto-downturn.yaml",
      List.of("liudong-2023-auto-downturn.yaml", "liudong-2023-baseline.yaml"),
      "bench/rw1.yaml", List.of("bench/rw1.yaml"),
      Shipped.HISTORY_SCENARIO, List.of(Shipped.HISTORY_SCENARIO));
  private static final List<String> SCENARIOS = CHAINS.keySet().stream().sorted().toList();

  @Property
  @FuzzHook.Cases(6000)
  void scenarioFile_mutated_endsInARunOrInProblemLines(
      @ForAll @IntRange(min = 0, max = 5) int scenario,
      @ForAll("mutations") List<YamlMutation> mutations,
      @ForAll @IntRange(min = 0, max = 9) int runVariant) {
    FuzzRun.current().submit(() -> {
      String file = SCENARIOS.get(scenario);
      List<String> chain = CHAINS.get(file);
      CaseFiles files = Shipped.copy();
      smallPaths(files);
      List<String> done = mutations.stream()
          .map(m -> m.apply(files, chain.get(Math.floorMod(m.file(), chain.size())))).toList();
      List<Case.Step> steps = Case.validateAndRun(file);
      if (runVariant == 0) { // the scenario's own simulation.paths, as mutated
        steps = List.of(steps.get(0), new Case.Step(List.of("run", steps.get(1).args().get(1),
            "--threads", "1", "--charts", "none", "--out", CaseFiles.CASE + "/out"),
            Case.Role.RUN, "out"));
      }
      return new Case(done, files, steps);
    });
  }

  @Provide
  Arbitrary<List<YamlMutation>> mutations() {
    return Combinators.combine(Arbitraries.of(YamlMutation.Op.class),
            Arbitraries.integers().between(0, 3), Arbitraries.integers().between(0, 1 << 20),
            Arbitraries.integers().between(0, 1 << 20))
        .as(YamlMutation::new).list().ofMinSize(1).ofMaxSize(3);
  }

  /** A few hundred paths where a run takes the scenario's own number. */
  static void smallPaths(CaseFiles files) {
    for (String file : List.of("liudong-2023-baseline.yaml", "bench/rw1.yaml")) {
      files.put(file, files.text(file).replaceFirst("(?m)^  paths: \\d+$", "  paths: 300"));
    }
  }
}
