package dev.zhanwang.scenario;

import java.nio.file.Path;

/** Reads a scenario YAML file, resolves {@code extends}, loads its data and validates everything. */
public final class ScenarioLoader {
  private ScenarioLoader() {}

  /**
   * Loads and validates a scenario and the data it names.
   *
   * @throws dev.zhanwang.input.InvalidInputException listing every problem, each with file, line,
   *     column and field
   */
  public static Scenario load(Path file) {
    throw new UnsupportedOperationException("being written");
  }
}
