package dev.zhanwang.data;

import java.nio.file.Path;

/** Reads the 2022 figures and 2023 targets CSVs (UTF-8, read with Tablesaw) into a {@link Baseline}. */
public final class DataLoader {
  private DataLoader() {}

  /**
   * Loads and validates both files.
   *
   * @throws dev.zhanwang.input.InvalidInputException naming file, line and column of every problem
   */
  public static Baseline load(Path figuresCsv, Path targetsCsv) {
    throw new UnsupportedOperationException("being written");
  }
}
