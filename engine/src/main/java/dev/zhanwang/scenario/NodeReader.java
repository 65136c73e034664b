package dev.zhanwang.scenario;

import dev.zhanwang.data.Year;
import dev.zhanwang.input.NumberText;
import dev.zhanwang.input.Problem;
import dev.zhanwang.input.Suggestions;
import dev.zhanwang.input.TextFile;
import dev.zhanwang.model.IndicatorSpec;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.DoublePredicate;
import java.util.function.Function;
import java.util.function.LongPredicate;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.ConstructNode;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * Reads typed values out of a composed YAML tree and records a {@link Problem} for every wrong one
 * instead of throwing, so that one pass finds every mistake in a scenario.
 *
 * <p>A node's file is the name of its start mark: {@link ScenarioChain} labels each file it parses
 * with its path, so a problem points into the file the value was written in even after
 * {@code extends} merged several files. A YAML null ({@code key:}, {@code ~}) counts as absent.
 */
final class NodeReader {
  private static final Map<Tag, ConstructNode> CORE = new CoreSchema().getSchemaTagConstructors();
  /** How far from 1 a sum of shares or weights may be: rounding, not a mistake. */
  static final double SUM_TOLERANCE = 1e-6;

  private final List<Problem> problems = new ArrayList<>();
  private final List<Problem> warnings = new ArrayList<>();

  /**
   * A node with the dotted path that names it in messages ({@code indicators.gdp.phi},
   * {@code correlation.matrix[0][1]}) and the key it is written under, if any.
   */
  record Value(Node key, Node node, String field) {
    /** The value as the user wrote it (shortened), for "but was ..." in messages. */
    String text() {
      if (node instanceof ScalarNode scalar) {
        return shown(scalar.getValue());
      }
      return node instanceof SequenceNode ? "a list" : "a mapping";
    }

    /** The text of a key, or of any scalar. */
    String name() {
      return node instanceof ScalarNode scalar ? scalar.getValue() : text();
    }

    /**
     * Where problems about this value point: at a scalar itself, at the key of a list or mapping
     * (whose own mark would be its first entry, a line further down).
     */
    Node anchor() {
      return key == null || node instanceof ScalarNode ? node : key;
    }

    /** The field of the entry {@code name} of this mapping. */
    String child(String name) {
      String segment = PLAIN_KEY.matcher(name).matches()
          ? name
          : '"' + name.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
      return field.isEmpty() ? segment : field + "." + segment;
    }
  }

  /**
   * A key written as is in a field: no spaces (the field would no longer read as one word of
   * {@code file:line:col field: message}), no dots or brackets (it would read as a path); any
   * other key is written in double quotes, {@code indicators."gdp "}.
   */
  private static final Pattern PLAIN_KEY = Pattern.compile("[^\\s\\p{Z}.\\[\\]\"\\\\]+");

  /**
   * Text from a file as a message quotes it: shortened, "empty" for nothing, and in quotes when
   * it starts or ends with spaces, which would be invisible at the end of a message.
   */
  static String shown(String text) {
    if (text.isEmpty()) {
      return "empty";
    }
    return Problem.excerpt(text.strip().equals(text) ? text : "\"" + text + "\"");
  }

  /** The non-null entries of a mapping by key, in file order. */
  record Fields(Value self, Map<String, Value> entries) {
    Optional<Value> optional(String key) {
      return Optional.ofNullable(entries.get(key));
    }
  }

  List<Problem> problems() {
    return problems;
  }

  /** What is worth knowing but not wrong, in the order found. */
  List<Problem> warnings() {
    return warnings;
  }

  void warn(Problem warning) {
    warnings.add(warning);
  }

  /** A warning at {@code value}. */
  void warn(Value value, String message) {
    Mark mark = value.anchor().getStartMark().orElseThrow();
    warnings.add(new Problem(
        fileOf(value.anchor()), mark.getLine() + 1, mark.getColumn() + 1, value.field(), message));
  }

  int count() {
    return problems.size();
  }

  void add(Problem problem) {
    problems.add(problem);
  }

  void addAll(List<Problem> more) {
    problems.addAll(more);
  }

  void report(Value value, String message) {
    report(value.anchor(), value.field(), message);
  }

  void report(Node at, String field, String message) {
    Mark mark = at.getStartMark().orElseThrow();
    problems.add(new Problem(fileOf(at), mark.getLine() + 1, mark.getColumn() + 1, field, message));
  }

  /** The file a node was written in. */
  static Path fileOf(Node node) {
    return Path.of(node.getStartMark().orElseThrow().getName());
  }

  static boolean isNull(Node node) {
    return node instanceof ScalarNode && node.getTag().equals(Tag.NULL);
  }

  /**
   * The entries of a mapping. Keys must be text and, when {@code allowedKeys} is not empty, one of
   * them.
   */
  Optional<Fields> mapping(Value value, List<String> allowedKeys) {
    if (!(value.node() instanceof MappingNode mapping)) {
      report(value, "must be a mapping, but was " + value.text());
      return Optional.empty();
    }
    Map<String, Value> entries = new LinkedHashMap<>();
    for (NodeTuple tuple : mapping.getValue()) {
      Value key = new Value(null, tuple.getKeyNode(), value.field());
      if (!key.node().getTag().equals(Tag.STR)) {
        report(key, "must be a text key, but was " + key.text());
        continue;
      }
      Value entry = new Value(tuple.getKeyNode(), tuple.getValueNode(), value.child(key.name()));
      if (!allowedKeys.isEmpty() && !allowedKeys.contains(key.name())) {
        report(
            key.node(),
            entry.field(),
            "must be a known key" + unknownKeyHint(key.name(), allowedKeys) + ", but was "
                + key.text());
      } else if (!isNull(entry.node())) {
        entries.put(key.name(), entry);
      }
    }
    return Optional.of(new Fields(value, entries));
  }

  /**
   * For "must be a known key ...": a full-width colon named as such (a key and value typed
   * {@code growth_pct：17} in a flow mapping read as one key), else the closest allowed key.
   */
  static String unknownKeyHint(String key, List<String> allowedKeys) {
    if (key.contains("：")) {
      return " (write ':' after a key, not the full-width '：')";
    }
    return Suggestions.didYouMean(key, allowedKeys);
  }

  /** The value under {@code key}; a problem at the mapping when it is absent. */
  Optional<Value> required(Fields fields, String key) {
    Optional<Value> value = fields.optional(key);
    if (value.isEmpty()) {
      report(fields.self().anchor(), fields.self().child(key), "must be given, but is missing");
    }
    return value;
  }

  /**
   * {@code " (item 3 holds a full-width comma ...)"} when a list came out with the wrong number of
   * items because a Chinese input method's comma joined two of them, else empty.
   */
  static String fullWidthCommaHint(List<Value> items) {
    for (int i = 0; i < items.size(); i++) {
      if (items.get(i).node() instanceof ScalarNode scalar && scalar.getValue().contains("，")) {
        return " (item " + (i + 1) + " holds a full-width comma '，'; separate list items with"
            + " ',')";
      }
    }
    return "";
  }

  Optional<List<Value>> sequence(Value value) {
    if (!(value.node() instanceof SequenceNode sequence)) {
      report(value, "must be a list, but was " + value.text());
      return Optional.empty();
    }
    List<Value> items = new ArrayList<>();
    for (Node item : sequence.getValue()) {
      items.add(new Value(null, item, value.field() + "[" + items.size() + "]"));
    }
    return Optional.of(items);
  }

  Optional<String> string(Value value) {
    if (!value.node().getTag().equals(Tag.STR)) {
      report(value, "must be text, but was " + value.text());
      return Optional.empty();
    }
    return Optional.of(value.name());
  }

  /**
   * A path written as text, relative to the file the value was written in; a problem when the
   * text cannot be a path here (a NUL byte, or on Windows {@code <>:"|?*}).
   */
  Optional<Path> path(Value value) {
    return string(value).flatMap(text -> {
      try {
        return Optional.of(fileOf(value.node()).resolveSibling(text).normalize());
      } catch (InvalidPathException e) {
        report(value, "must be a path, but was " + value.text() + " (" + e.getReason() + ")");
        return Optional.empty();
      }
    });
  }

  /** As {@link #path}, for a file to read: a problem, too, when it is no readable file. */
  Optional<Path> readableFile(Value value) {
    return path(value).filter(path -> {
      Optional<String> unusable = TextFile.unusable(path);
      unusable.ifPresent(
          why -> report(value, "must name a readable file, but " + path + " " + why));
      return unusable.isEmpty();
    });
  }

  /** One of a closed set of names, such as a {@link dev.zhanwang.model.GrowthModel} label. */
  <E> Optional<E> choice(Value value, Function<String, Optional<E>> ofLabel, String labels) {
    Optional<E> chosen = string(value).flatMap(ofLabel);
    if (chosen.isEmpty() && value.node().getTag().equals(Tag.STR)) {
      report(value, "must be one of " + labels + ", but was " + value.text());
    }
    return chosen;
  }

  /**
   * A finite number satisfying {@code rule}, described as {@code ruleText} ("> -100"). Numbers
   * may be written as planners write them ({@link NumberText}): {@code 1,001.5}, full-width
   * digits, and a trailing {@code %} in fields whose name ends in {@code _pct}.
   */
  Optional<Double> number(Value value, DoublePredicate rule, String ruleText) {
    boolean percent = value.field().endsWith("_pct");
    Object constructed = construct(value);
    OptionalDouble x;
    if (constructed instanceof Number number) {
      if (!Double.isFinite(number.doubleValue())) {
        report(value, "must be a finite number, but was " + value.text());
        return Optional.empty();
      }
      x = OptionalDouble.of(number.doubleValue());
    } else if (constructed instanceof String text) {
      x = NumberText.parse(text, percent);
    } else {
      x = OptionalDouble.empty();
    }
    if (x.isEmpty()) {
      String hint = constructed instanceof String text
          ? NumberText.hint(text, percent).map(h -> " (" + h + ")").orElse("")
          : "";
      report(value, "must be a number, but was " + value.text() + hint);
      return Optional.empty();
    }
    return check(value, rule.test(x.getAsDouble()), ruleText)
        ? Optional.of(x.getAsDouble())
        : Optional.empty();
  }

  /**
   * An integer in the range of {@code long} satisfying {@code rule}; written plainly, or as
   * {@code 1e6}, {@code 1,000,000} or {@code 1_000_000}.
   */
  Optional<Long> integer(Value value, LongPredicate rule, String ruleText) {
    Object constructed = construct(value);
    Optional<Long> x;
    if (constructed instanceof Integer || constructed instanceof Long) {
      x = Optional.of(((Number) constructed).longValue());
    } else if (constructed instanceof Number || constructed instanceof String) {
      // A float such as 1e6, a text such as 1,000,000, or an integer beyond the range of long.
      x = NumberText.parseWhole(((ScalarNode) value.node()).getValue());
    } else {
      x = Optional.empty();
    }
    if (x.isEmpty()) {
      report(value, "must be a whole number, but was " + value.text());
      return Optional.empty();
    }
    return check(value, rule.test(x.get()), ruleText) ? x : Optional.empty();
  }

  /** Reports {@code must be <rule>, but was <value>} unless {@code ok}; returns {@code ok}. */
  boolean check(Value value, boolean ok, String ruleText) {
    if (!ok) {
      report(value, "must be " + ruleText + ", but was " + value.text());
    }
    return ok;
  }

  /**
   * Reports keys written twice in one mapping, which YAML forbids and merging would hide, and
   * aliases that contain themselves; false for the latter, as such a tree has no end to walk.
   */
  boolean checkKeys(Node node, String field) {
    if (node.isRecursive()) {
      report(node, field, "must not contain itself through an alias, but does");
      return false;
    }
    boolean finite = true;
    if (node instanceof MappingNode mapping) {
      Map<String, Node> seen = new HashMap<>();
      for (NodeTuple tuple : mapping.getValue()) {
        Value key = new Value(null, tuple.getKeyNode(), field);
        String child = key.child(key.name());
        Node first = seen.putIfAbsent(key.name(), tuple.getKeyNode());
        if (first != null) {
          report(
              tuple.getKeyNode(),
              child,
              "must be written once per mapping, but was repeated (first at line "
                  + (first.getStartMark().orElseThrow().getLine() + 1) + ")");
        }
        finite &= checkKeys(tuple.getValueNode(), child);
      }
    } else if (node instanceof SequenceNode sequence) {
      for (int i = 0; i < sequence.getValue().size(); i++) {
        finite &= checkKeys(sequence.getValue().get(i), field + "[" + i + "]");
      }
    }
    return finite;
  }

  /** Numbers satisfying {@code rule}, one per value; empty after any problem. */
  Optional<double[]> numbers(List<Value> values, DoublePredicate rule, String ruleText) {
    double[] numbers = new double[values.size()];
    boolean ok = true;
    for (int i = 0; i < numbers.length; i++) {
      Optional<Double> x = number(values.get(i), rule, ruleText);
      ok &= x.isPresent();
      numbers[i] = x.orElse(Double.NaN);
    }
    return ok ? Optional.of(numbers) : Optional.empty();
  }

  /** {@code flat}, or 12 shares >= 0 summing to 1: a seasonality, or when an event happens. */
  Optional<double[]> monthlyShares(Value value) {
    if (value.node() instanceof ScalarNode scalar
        && scalar.getTag().equals(Tag.STR)
        && scalar.getValue().equals("flat")) {
      return Optional.of(IndicatorSpec.flatSeasonality());
    }
    if (!check(
        value,
        value.node() instanceof SequenceNode,
        "flat or a list of " + Year.MONTHS + " monthly shares")) {
      return Optional.empty();
    }
    List<Value> months = sequence(value).orElseThrow();
    if (months.size() != Year.MONTHS) {
      report(
          value,
          "must have " + Year.MONTHS + " monthly shares, but had " + months.size()
              + fullWidthCommaHint(months));
      return Optional.empty();
    }
    return numbers(months, x -> x >= 0, ">= 0").filter(shares -> sumsToOne(value, shares));
  }

  /** True when {@code shares} sum to 1 within {@link #SUM_TOLERANCE}; else a problem. */
  boolean sumsToOne(Value value, double[] shares) {
    double sum = Arrays.stream(shares).sum();
    boolean ok = Math.abs(sum - 1.0) <= SUM_TOLERANCE;
    if (!ok) {
      report(
          value,
          "must sum to 1 (within " + SUM_TOLERANCE + "), but summed to " + NumberText.format(sum));
    }
    return ok;
  }

  /** The scalar's value under the YAML 1.2 core schema (text as text); null for a collection. */
  private static Object construct(Value value) {
    if (!(value.node() instanceof ScalarNode scalar)) {
      return null;
    }
    if (scalar.getTag().equals(Tag.STR)) {
      return scalar.getValue();
    }
    ConstructNode constructor = CORE.get(scalar.getTag());
    if (constructor == null) {
      return null;
    }
    try {
      return constructor.construct(scalar);
    } catch (RuntimeException e) { // an explicit !!int or !!float on text that is none
      return scalar.getValue();
    }
  }
}
