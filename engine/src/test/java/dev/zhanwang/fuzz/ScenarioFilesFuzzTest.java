package dev.zhanwang.fuzz;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Scenario files mutated one to three times (keys deleted or repeated, values of the wrong type
 * or out of range, unicode and control characters, broken matrices, paths and {@code extends}
 * cycles, YAML features, encodings, truncation), then validated and run: see {@link Oracle}.
 */
@Tag("fuzz")
class ScenarioFilesFuzzTest {
  /** Each shipped scenario and the fixture fitted from history, with its extends chain. */
  private static final Map<String, List<String>> CHAINS = Map.of(
      "liudong-2023-baseline.yaml",
      List.of("liudong-2023-baseline.yaml"),
      "liudong-2023-optimistic.yaml",
      List.of("liudong-2023-optimistic.yaml", "liudong-2023-baseline.yaml"),
      "liudong-2023-pessimistic.yaml",
      List.of("liudong-2023-pessimistic.yaml", "liudong-2023-baseline.yaml"),
      "liudong-2023-auto-downturn.yaml",
      List.of("liudong-2023-auto-downturn.yaml", "liudong-2023-baseline.yaml"),
      "bench/rw1.yaml",
      List.of("bench/rw1.yaml"),
      Shipped.HISTORY_SCENARIO,
      List.of(Shipped.HISTORY_SCENARIO));

  private static final List<String> SCENARIOS =
      CHAINS.keySet().stream().sorted().toList();

  @Test
  void scenarioFile_mutated_endsInARunOrInProblemLines() throws Exception {
    FuzzRun.check("ScenarioFilesFuzzTest", 6000, random -> {
      String file = SCENARIOS.get(random.nextInt(SCENARIOS.size()));
      List<YamlMutation> mutations = YamlMutation.draw(random);
      // One run in ten takes the scenario's own simulation.paths, as mutated.
      boolean ownPaths = random.nextInt(10) == 0;
      List<Case.Step> pair = Case.validateAndRun(file, random);
      List<Case.Step> steps = !ownPaths
          ? pair
          : List.of(
              pair.get(0),
              new Case.Step(
                  List.of(
                      "run",
                      pair.get(1).args().get(1),
                      "--threads",
                      "1",
                      "--charts",
                      "none",
                      "--out",
                      CaseFiles.CASE + "/out"),
                  Case.Role.RUN,
                  "out",
                  pair.get(1).ifRejected()));
      List<String> chain = CHAINS.get(file);
      return new Recipe<>(mutations, some -> {
        CaseFiles files = Shipped.copy();
        SMALL_PATHS.forEach(files::put);
        List<String> done = some.stream()
            .map(m -> m.apply(files, chain.get(Math.floorMod(m.file(), chain.size()))))
            .toList();
        return new Case(done, files, steps);
      });
    });
  }

  /**
   * The scenarios that set {@code simulation.paths}, with a few hundred paths instead, for the
   * runs that take the scenario's own number; the same texts every case, so that their parsed
   * trees are reused.
   */
  private static final Map<String, String> SMALL_PATHS = Stream.of(
          "liudong-2023-baseline.yaml", "bench/rw1.yaml")
      .collect(Collectors.toMap(
          file -> file,
          file -> Shipped.copy().text(file).replaceFirst("(?m)^  paths: \\d+$", "  paths: 300")));
}
