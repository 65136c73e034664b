package dev.zhanwang.sweep;

import dev.zhanwang.forecast.Criterion;
import dev.zhanwang.input.InvalidInputException;
import dev.zhanwang.input.Problem;
import dev.zhanwang.scenario.RunSettings;
import dev.zhanwang.scenario.Scenario;
import dev.zhanwang.scenario.SweepFile;
import dev.zhanwang.sim.PlanCompiler;
import dev.zhanwang.sim.PlannedCriterion;
import dev.zhanwang.sim.PointStatistics;
import dev.zhanwang.sim.SeriesSummary;
import dev.zhanwang.sim.SimulationResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * A sweep ready to run: every grid point of a {@link SweepFile} compiled into a plan before any
 * simulation starts (a point that does not compile is named with the field at fault), then run
 * by any {@link SweepRunner} and read back as one {@link SweepResult}.
 */
public final class Sweep {
  private final SweepFile file;
  private final List<PlanCompiler.Compiled> compiled;
  private final List<RunSettings> settings;

  private Sweep(SweepFile file, List<PlanCompiler.Compiled> compiled, List<RunSettings> settings) {
    this.file = file;
    this.compiled = List.copyOf(compiled);
    this.settings = List.copyOf(settings);
  }

  /**
   * Compiles every grid point, with {@code paths} in place of each point's
   * {@code simulation.paths} when given.
   *
   * @throws InvalidInputException naming each point that does not compile, and why
   */
  public static Sweep compile(SweepFile file, OptionalLong paths) {
    List<PlanCompiler.Compiled> compiled = new ArrayList<>();
    List<RunSettings> settings = new ArrayList<>();
    Map<Problem, List<String>> problems = new LinkedHashMap<>();
    for (SweepFile.GridPoint point : file.points()) {
      Scenario scenario = point.scenario();
      try {
        compiled.add(PlanCompiler.compile(scenario));
      } catch (InvalidInputException e) {
        e.problems()
            .forEach(
                p -> problems.computeIfAbsent(p, k -> new ArrayList<>()).add(file.label(point)));
      }
      RunSettings own = scenario.settings();
      settings.add(
          paths.isPresent()
              ? RunSettings.of(paths.getAsLong(), own.seed()).withSampling(own.sampling())
              : own);
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(SweepFile.grouped(problems));
    }
    return new Sweep(file, compiled, settings);
  }

  public SweepFile file() {
    return file;
  }

  /** The paths of every point together: what the sweep simulates. */
  public long totalPaths() {
    return settings.stream().mapToLong(RunSettings::paths).sum();
  }

  /** One task per grid point, in grid order. */
  public List<SweepTask> tasks() {
    List<SweepTask> tasks = new ArrayList<>();
    for (int i = 0; i < compiled.size(); i++) {
      RunSettings s = settings.get(i);
      tasks.add(new SweepTask(i, compiled.get(i).plan(), s.sampling(), s.seed(), s.paths()));
    }
    return tasks;
  }

  /**
   * The rows of the result: per grid point, each target check the sweep reports, on the
   * target's own scale, as {@code forecast run} shows it.
   *
   * @param statistics per task, in task order
   */
  public SweepResult result(List<PointStatistics> statistics) {
    List<SweepResult.Row> rows = new ArrayList<>();
    List<SweepResult.Point> points = new ArrayList<>();
    for (int i = 0; i < compiled.size(); i++) {
      SweepFile.GridPoint point = file.points().get(i);
      PointStatistics stats = statistics.get(i);
      PlanCompiler.Compiled plan = compiled.get(i);
      double allMet = plan.criteria().isEmpty() ? Double.NaN : stats.probabilityAllMet();
      points.add(new SweepResult.Point(
          point,
          stats.paths(),
          stats.seed(),
          allMet,
          SimulationResult.binomialStdError(allMet, stats.paths())));
      for (PlannedCriterion planned : plan.criteria()) {
        if (!file.targets().isEmpty()
            && !file.targets().contains(planned.target().id())) {
          continue;
        }
        rows.add(row(point, planned, stats));
      }
    }
    return new SweepResult(file, points, rows);
  }

  /** One target check at one point: the formulas of a forecast's target outcome. */
  private static SweepResult.Row row(
      SweepFile.GridPoint point, PlannedCriterion planned, PointStatistics stats) {
    int c = planned.criterion();
    double scale = planned.outcomeScale();
    double shift = planned.outcomeShift();
    SeriesSummary summary = stats.series(planned.series());
    double[] quantiles = summary.quantiles();
    for (int q = 0; q < quantiles.length; q++) {
      quantiles[q] = scale * quantiles[q] + shift;
    }
    return new SweepResult.Row(
        point.index(),
        planned.target(),
        planned.growth() ? Criterion.GROWTH : Criterion.LEVEL,
        planned.unit(),
        planned.threshold(),
        stats.probabilityMet(c),
        stats.probabilityStdError(c),
        scale * summary.mean() + shift,
        quantiles,
        scale * stats.expectedShortfall(c));
  }
}
