package dev.zhanwang.scenario;

import dev.zhanwang.input.InvalidInputException;
import dev.zhanwang.scenario.NodeReader.Fields;
import dev.zhanwang.scenario.NodeReader.Value;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/**
 * The scenario's optional {@code nowcast:} section, which only {@code forecast nowcast} reads:
 *
 * <pre>
 * nowcast:
 *   green_at_pct: 70      # green when P(met | data so far) >= 70%
 *   red_below_pct: 30     # red below 30%; amber between
 * </pre>
 *
 * <p>Both keys are optional ({@link StatusThresholds#defaults()}); values in [0, 100] with
 * {@code red_below_pct <= green_at_pct}, every problem at its line and column. The section sits
 * beside the loader's own so that other commands accept a scenario that has it; it is read from
 * the scenario's merged {@code extends} chain.
 */
public final class NowcastSection {
  static final String KEY = "nowcast";
  static final List<String> KEYS = List.of("green_at_pct", "red_below_pct");

  private NowcastSection() {}

  /**
   * The thresholds the scenario file (with its {@code extends} chain) sets.
   *
   * @throws InvalidInputException naming file, line, column and field of every problem
   */
  public static StatusThresholds read(Path scenarioFile) {
    NodeReader reader = new NodeReader();
    Optional<ScenarioChain> chain = ScenarioChain.read(scenarioFile, reader);
    if (chain.isEmpty()) {
      throw new InvalidInputException(reader.problems());
    }
    Optional<Value> section = Optional.empty();
    for (NodeTuple tuple : chain.get().root().getValue()) {
      if (tuple.getKeyNode() instanceof ScalarNode key
          && key.getValue().equals(KEY)
          && !NodeReader.isNull(tuple.getValueNode())) {
        section = Optional.of(new Value(tuple.getKeyNode(), tuple.getValueNode(), KEY));
      }
    }
    if (section.isEmpty()) {
      return StatusThresholds.defaults();
    }
    Optional<Fields> fields = reader.mapping(section.get(), KEYS);
    double green = fields
        .flatMap(f -> f.optional("green_at_pct"))
        .flatMap(v -> reader.number(v, x -> x >= 0 && x <= 100, "in [0, 100]"))
        .orElse(StatusThresholds.DEFAULT_GREEN_AT_PCT);
    Optional<Value> greenValue = fields.flatMap(f -> f.optional("green_at_pct"));
    Optional<Value> redValue = fields.flatMap(f -> f.optional("red_below_pct"));
    double red = redValue
        .flatMap(v -> reader.number(v, x -> x >= 0 && x <= 100, "in [0, 100]"))
        .orElse(StatusThresholds.DEFAULT_RED_BELOW_PCT);
    if (reader.count() == 0 && red > green) {
      if (redValue.isPresent()) {
        reader.report(
            redValue.get(),
            "must be at most green_at_pct (" + fmt(green) + "), but was " + fmt(red));
      } else {
        reader.report(
            greenValue.orElseThrow(),
            "must be at least red_below_pct (" + fmt(red) + ", the default), but was "
                + fmt(green));
      }
    }
    if (reader.count() > 0) {
      throw new InvalidInputException(reader.problems());
    }
    return new StatusThresholds(green, red);
  }

  private static String fmt(double value) {
    return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
  }
}
