package dev.zhanwang.sim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.zhanwang.model.Sampling;
import dev.zhanwang.scenario.RunSettings;
import dev.zhanwang.scenario.ScenarioLoader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PointStatisticsTest {
  private static final Path BASELINE = Path.of("../scenarios/liudong-2023-baseline.yaml");
  private static final long PATHS = 2 * Simulator.CHUNK + 321; // a partial last chunk

  @Test
  void simulate_sameSeedAndPaths_bitIdenticalToRunOnOneAndTwoThreads() {
    SimulationPlan plan = PlanCompiler.compile(ScenarioLoader.load(BASELINE)).plan();
    PointStatistics point = PointStatistics.simulate(plan, Sampling.MONTE_CARLO, 11, PATHS);
    for (int threads : new int[] {1, 2}) {
      SimulationResult run =
          Simulator.run(plan, RunSettings.of(PATHS, 11, threads), Simulator.Progress.NONE);
      assertSame(run, point, plan);
    }
  }

  @Test
  void merge_chunksSimulatedOneByOneAndSerialized_equalThePointSimulatedAtOnce() throws Exception {
    SimulationPlan plan =
        roundTrip(PlanCompiler.compile(ScenarioLoader.load(BASELINE)).plan());
    List<ChunkStatistics> chunks = new ArrayList<>();
    for (int i = 0; i < ChunkStatistics.chunks(PATHS); i++) {
      chunks.add(roundTrip(ChunkStatistics.simulate(
          plan, Sampling.MONTE_CARLO, 11, i, ChunkStatistics.pathsIn(PATHS, i))));
    }
    PointStatistics merged = roundTrip(PointStatistics.merge(plan, 11, chunks));
    SimulationResult run =
        Simulator.run(plan, RunSettings.of(PATHS, 11, 2), Simulator.Progress.NONE);
    assertSame(run, merged, plan);
  }

  @Test
  void merge_chunksOutOfOrder_refused() {
    SimulationPlan plan = PlanCompiler.compile(ScenarioLoader.load(BASELINE)).plan();
    ChunkStatistics first = ChunkStatistics.simulate(plan, Sampling.MONTE_CARLO, 1, 0, 4096);
    ChunkStatistics second = ChunkStatistics.simulate(plan, Sampling.MONTE_CARLO, 1, 1, 4096);
    assertThrows(
        IllegalArgumentException.class,
        () -> PointStatistics.merge(plan, 1, List.of(second, first)));
  }

  private static void assertSame(SimulationResult run, PointStatistics point, SimulationPlan plan) {
    assertEquals(run.paths(), point.paths());
    assertEquals(run.probabilityAllMet(), point.probabilityAllMet());
    for (int c = 0; c < plan.criteria().size(); c++) {
      assertEquals(run.probabilityMet(c), point.probabilityMet(c), "criterion " + c);
      assertEquals(run.probabilityStdError(c), point.probabilityStdError(c));
      assertEquals(run.expectedShortfall(c), point.expectedShortfall(c));
      int s = plan.criteria().get(c).series();
      SeriesSummary expected = run.series().get(s);
      SeriesSummary actual = point.series(s);
      assertEquals(expected.mean(), actual.mean(), "series " + s);
      assertEquals(expected.sd(), actual.sd(), "series " + s);
      assertArrayEquals(expected.quantiles(), actual.quantiles(), "series " + s);
    }
  }

  @SuppressWarnings("unchecked")
  private static <T> T roundTrip(T value) throws IOException, ClassNotFoundException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(value);
    }
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      return (T) in.readObject();
    }
  }
}
