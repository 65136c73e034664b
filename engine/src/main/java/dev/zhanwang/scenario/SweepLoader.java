package dev.zhanwang.scenario;

import dev.zhanwang.data.Baseline;
import dev.zhanwang.data.DataLoader;
import dev.zhanwang.data.Target;
import dev.zhanwang.input.InvalidInputException;
import dev.zhanwang.input.Problem;
import dev.zhanwang.input.Suggestions;
import dev.zhanwang.scenario.NodeReader.Fields;
import dev.zhanwang.scenario.NodeReader.Value;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * Reads a sweep file and expands its grid, validating every grid point as a scenario before
 * anything runs:
 *
 * <pre>
 * name: growth-by-model                      # optional: names the output folder
 * scenarios: [liudong-2023-baseline.yaml]    # one or more, relative to this file
 * axes:                                      # a scenario field by its path: the values to try
 *   indicators.industrial_output_total.growth_pct: [20, 25, 30]
 *   indicators.industrial_output_total.model: [iid-lognormal, student-t]
 *   simulation.seed: [1, 2]
 * report:
 *   targets: [industrial_output_total]       # optional: the targets to report, else all
 * </pre>
 *
 * A grid point is its base scenario with each axis' value written over the field the path names,
 * as a child scenario's {@code extends} writes over its parent: the value keeps its line and
 * column in the sweep file, so a value the scenario rules refuse is named there, and every
 * message says which grid point it is ({@link SweepFile#label}). Several scenarios form the first
 * axis, {@value SweepFile#SCENARIO_AXIS}. Each path but its last key must lead through mappings
 * the base scenario has (a typo in an indicator id is named, with the closest id), so a value
 * lands where it was meant to.
 */
public final class SweepLoader {
  private static final List<String> KEYS = List.of("name", "scenarios", "axes", "report");
  private static final List<String> REPORT_KEYS = List.of("targets");
  /** Grid points at most: each is a loaded scenario held in memory until the sweep runs. */
  public static final int MAX_POINTS = 100_000;

  private final NodeReader reader = new NodeReader();
  /** Per axis path, the axis as written: problems with the path point at its key. */
  private final Map<String, Value> axisValues = new LinkedHashMap<>();
  /** Target ids of report.targets already reported unknown, so each is named once. */
  private final Set<String> reportedTargets = new LinkedHashSet<>();

  private SweepLoader() {}

  /**
   * Reads {@code file}, expands its grid and loads every point.
   *
   * @throws InvalidInputException naming every problem, each at its file, line, column and field
   *     and, for a grid point's, the point
   */
  public static SweepFile load(Path file) {
    return new SweepLoader().read(file);
  }

  private SweepFile read(Path file) {
    Optional<Node> document = YamlFile.compose(file, reader);
    if (document.isEmpty()) {
      throw new InvalidInputException(
          Problem.ofFile(file, "must be a sweep file (scenarios:, axes:), but the file is empty"));
    }
    Optional<Fields> root = reader.mapping(new Value(null, document.get(), ""), KEYS);
    if (root.isEmpty() || reader.count() > 0) {
      throw new InvalidInputException(reader.problems());
    }
    Fields fields = root.get();
    String name = fields
        .optional("name")
        .flatMap(reader::string)
        .filter(text -> reader.check(
            fields.optional("name").orElseThrow(),
            ScenarioLoader.isName(text),
            ScenarioLoader.NAME_RULE))
        .orElse(ScenarioLoader.defaultName(file));
    List<Path> scenarios = reader
        .required(fields, "scenarios")
        .flatMap(reader::sequence)
        .map(items ->
            items.stream().map(reader::readableFile).flatMap(Optional::stream).toList())
        .orElse(List.of());
    Map<String, List<Value>> axisItems = new LinkedHashMap<>();
    reader
        .required(fields, "axes")
        .flatMap(v -> reader.mapping(v, List.of()))
        .ifPresent(axes -> axes.entries().forEach((path, value) -> {
          checkPath(value, path);
          reader.sequence(value).ifPresent(items -> {
            if (items.isEmpty()) {
              reader.report(value, "must list at least one value, but the list is empty");
            }
            axisValues.put(path, value);
            axisItems.put(path, items);
          });
        }));
    List<String> targets = fields
        .optional("report")
        .flatMap(v -> reader.mapping(v, REPORT_KEYS))
        .flatMap(report -> report.optional("targets"))
        .flatMap(reader::sequence)
        .map(items ->
            items.stream().map(reader::string).flatMap(Optional::stream).toList())
        .orElse(List.of());
    if (reader.count() > 0) {
      throw new InvalidInputException(reader.problems());
    }
    List<SweepFile.Axis> axes = new ArrayList<>();
    if (scenarios.size() > 1) {
      axes.add(new SweepFile.Axis(
          SweepFile.SCENARIO_AXIS,
          scenarios.stream().map(p -> p.getFileName().toString()).toList()));
    }
    axisItems.forEach((path, items) ->
        axes.add(new SweepFile.Axis(path, items.stream().map(Value::text).toList())));
    long count = scenarios.size();
    for (List<Value> items : axisItems.values()) {
      count *= items.size();
      if (count > MAX_POINTS) {
        reader.report(
            fields.optional("axes").orElseThrow(),
            "must give at most " + MAX_POINTS + " grid points, but gives more");
        throw new InvalidInputException(reader.problems());
      }
    }
    return expand(file, name, scenarios, axes, new ArrayList<>(axisItems.entrySet()), targets);
  }

  /** A path of keys without empty ones: {@code indicators.x.growth_pct}. */
  private void checkPath(Value value, String path) {
    String[] keys = path.split("\\.", -1);
    boolean ok = keys.length >= 1 && java.util.Arrays.stream(keys).noneMatch(String::isEmpty);
    if (!ok) {
      reader.report(
          value.key(),
          value.field(),
          "must be a dotted path of scenario keys" + " (indicators.<id>.growth_pct), but was "
              + NodeReader.shown(path));
    } else if (!ScenarioLoader.TOP_KEYS.contains(keys[0])
        || keys[0].equals(ScenarioChain.EXTENDS)) {
      List<String> allowed = ScenarioLoader.TOP_KEYS.stream()
          .filter(k -> !k.equals(ScenarioChain.EXTENDS))
          .toList();
      reader.report(
          value.key(),
          value.field(),
          "must start with a scenario key" + Suggestions.didYouMean(keys[0], allowed) + " (one of "
              + String.join(", ", allowed) + "), but was " + NodeReader.shown(keys[0]));
    }
  }

  private SweepFile expand(
      Path file,
      String name,
      List<Path> scenarios,
      List<SweepFile.Axis> axes,
      List<Map.Entry<String, List<Value>>> axisItems,
      List<String> targets) {
    Map<Problem, List<String>> problems = new LinkedHashMap<>();
    // Each base scenario's paths are checked once, not at every point.
    for (Path scenario : scenarios) {
      checkPathsExist(scenario, axisItems);
    }
    if (reader.count() > 0) {
      throw new InvalidInputException(reader.problems());
    }
    Map<List<Path>, Baseline> data = new HashMap<>();
    Set<Problem> warnings = new LinkedHashSet<>();
    ScenarioLoader.DataReader cached = (figures, targetsFile, warn) -> data.computeIfAbsent(
        List.of(figures, targetsFile), k -> DataLoader.load(figures, targetsFile, warn));
    int total = scenarios.size();
    for (Map.Entry<String, List<Value>> axis : axisItems) {
      total *= axis.getValue().size();
    }
    List<SweepFile.GridPoint> points = new ArrayList<>(total);
    int perScenario = total / scenarios.size();
    for (int index = 0; index < total; index++) {
      int scenarioIndex = index / perScenario;
      int rest = index % perScenario;
      int[] pick = new int[axisItems.size()];
      for (int a = axisItems.size() - 1; a >= 0; a--) {
        int size = axisItems.get(a).getValue().size();
        pick[a] = rest % size;
        rest /= size;
      }
      List<String> values = new ArrayList<>();
      if (scenarios.size() > 1) {
        values.add(axes.get(0).values().get(scenarioIndex));
      }
      Node change = null;
      for (int a = 0; a < axisItems.size(); a++) {
        Value value = axisItems.get(a).getValue().get(pick[a]);
        values.add(value.text());
        Node one = nested(axisItems.get(a).getKey(), value);
        change = change == null ? one : ScenarioChain.merge(change, one);
      }
      String label = SweepFile.label(index, total, axes, values);
      Node overrides = change;
      try {
        Scenario scenario = ScenarioLoader.load(
            scenarios.get(scenarioIndex),
            cached,
            base -> overrides == null ? base : (MappingNode) ScenarioChain.merge(base, overrides));
        warnings.addAll(scenario.warnings());
        points.add(new SweepFile.GridPoint(index, values, scenario));
        unknownTargets(targets, scenario);
      } catch (InvalidInputException e) {
        for (Problem problem : e.problems()) {
          problems.computeIfAbsent(problem, p -> new ArrayList<>()).add(label);
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(SweepFile.grouped(problems));
    }
    if (reader.count() > 0) {
      throw new InvalidInputException(reader.problems());
    }
    return new SweepFile(file, name, axes, points, targets, new ArrayList<>(warnings));
  }

  private void unknownTargets(List<String> targets, Scenario scenario) {
    List<String> known = scenario.baseline().targets().stream().map(Target::id).toList();
    for (String id : targets) {
      if (!known.contains(id) && reportedTargets.add(id)) {
        reader.add(Problem.ofFile(
            scenario.file(),
            "has no target " + id + Suggestions.didYouMean(id, known)
                + ", which the sweep's report.targets names"));
      }
    }
  }

  /** Every path's keys but the last lead through mappings that {@code scenario} has. */
  private void checkPathsExist(Path scenario, List<Map.Entry<String, List<Value>>> axisItems) {
    NodeReader chainReader = new NodeReader();
    Optional<ScenarioChain> chain = ScenarioChain.read(scenario, chainReader);
    if (chain.isEmpty()) {
      reader.addAll(chainReader.problems());
      return;
    }
    for (Map.Entry<String, List<Value>> axis : axisItems) {
      String[] keys = axis.getKey().split("\\.");
      Node at = chain.get().root();
      for (int i = 0; i < keys.length - 1; i++) {
        Optional<Node> next = child(at, keys[i]);
        if (next.isEmpty() || !(next.get() instanceof MappingNode)) {
          List<String> known = at instanceof MappingNode mapping
              ? mapping.getValue().stream()
                  .map(t -> t.getKeyNode() instanceof ScalarNode s ? s.getValue() : "")
                  .toList()
              : List.of();
          String where =
              i == 0 ? "the scenario" : String.join(".", List.of(keys).subList(0, i));
          Value value = axisValues.get(axis.getKey());
          reader.report(
              value.key(),
              value.field(),
              "must be a path through " + scenario.getFileName() + ", but " + where + " has no "
                  + keys[i] + (next.isPresent() ? " mapping" : "")
                  + Suggestions.didYouMean(keys[i], known));
          break;
        }
        at = next.get();
      }
    }
  }

  private static Optional<Node> child(Node node, String key) {
    if (!(node instanceof MappingNode mapping)) {
      return Optional.empty();
    }
    return mapping.getValue().stream()
        .filter(t -> t.getKeyNode() instanceof ScalarNode s && s.getValue().equals(key))
        .map(NodeTuple::getValueNode)
        .findFirst();
  }

  /** {@code a.b.c: value} as nested mappings, the keys marked where the axis is written. */
  private static Node nested(String path, Value value) {
    String[] keys = path.split("\\.");
    Node node = value.node();
    for (int i = keys.length - 1; i >= 0; i--) {
      Node keyNode = new ScalarNode(
          Tag.STR,
          true,
          keys[i],
          ScalarStyle.PLAIN,
          value.node().getStartMark(),
          value.node().getEndMark());
      node = new MappingNode(
          Tag.MAP,
          true,
          List.of(new NodeTuple(keyNode, node)),
          org.snakeyaml.engine.v2.common.FlowStyle.BLOCK,
          value.node().getStartMark(),
          value.node().getEndMark());
    }
    return node;
  }
}
