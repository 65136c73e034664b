package dev.zhanwang.scenario;

import dev.zhanwang.input.Problem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A sweep file, read and expanded: its axes and every grid point as a validated scenario. Read by
 * {@link SweepLoader}; run by {@code dev.zhanwang.sweep.Sweep}.
 *
 * @param file the sweep file
 * @param name names the default output folder
 * @param axes in the order the grid varies them, the last fastest
 * @param points every combination of the axes' values, in that order
 * @param targets the target ids to report, empty for all
 * @param warnings the loader's warnings, each once
 */
public record SweepFile(
    Path file,
    String name,
    List<Axis> axes,
    List<GridPoint> points,
    List<String> targets,
    List<Problem> warnings) {
  public SweepFile {
    axes = List.copyOf(axes);
    points = List.copyOf(points);
    targets = List.copyOf(targets);
    warnings = List.copyOf(warnings);
  }

  /** The axis of the base scenarios when a sweep names more than one. */
  public static final String SCENARIO_AXIS = "scenario";

  /**
   * One thing varied: a scenario field by its dotted path ({@code indicators.x.growth_pct}), or
   * {@link #SCENARIO_AXIS}, with its values as written.
   */
  public record Axis(String path, List<String> values) {
    public Axis {
      values = List.copyOf(values);
    }
  }

  /**
   * One combination of the axes' values.
   *
   * @param index 0-based, in grid order
   * @param values per axis, as written
   * @param scenario the base scenario with those values applied, validated
   */
  public record GridPoint(int index, List<String> values, Scenario scenario) {
    public GridPoint {
      values = List.copyOf(values);
    }
  }

  /** How messages name a grid point: {@code grid point 3 of 12 (a=1, b=x)}, 1-based. */
  static String label(int index, int of, List<Axis> axes, List<String> values) {
    List<String> pairs = new ArrayList<>();
    for (int a = 0; a < axes.size(); a++) {
      pairs.add(axes.get(a).path() + "=" + values.get(a));
    }
    return "grid point " + (index + 1) + " of " + of + " (" + String.join(", ", pairs) + ")";
  }

  /** {@link #label} of a point of this sweep. */
  public String label(GridPoint point) {
    return label(point.index(), points.size(), axes, point.values());
  }

  /**
   * Problems found at grid points, one line per distinct problem: the first point's label, and
   * how many other points have the same problem.
   *
   * @param found per problem, the points (labels) where it was found, in grid order
   */
  public static List<Problem> grouped(java.util.Map<Problem, List<String>> found) {
    return found.entrySet().stream()
        .map(e -> {
          Problem p = e.getKey();
          List<String> at = e.getValue();
          String others = at.size() == 1
              ? ""
              : " and " + (at.size() - 1) + " other grid point" + (at.size() == 2 ? "" : "s");
          return new Problem(
              p.file(),
              p.line(),
              p.column(),
              p.field(),
              p.message() + ", at " + at.get(0) + others);
        })
        .collect(Collectors.toList());
  }
}
