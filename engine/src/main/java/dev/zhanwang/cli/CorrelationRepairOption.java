package dev.zhanwang.cli;

import picocli.CommandLine.Option;

/** {@code --repair-correlation}, for the commands that read a scenario. */
final class CorrelationRepairOption {
  @Option(
      names = "--repair-correlation",
      description = "When a scenario's correlation matrix (or its pairs: overrides) is not"
          + " positive semi-definite, use the nearest matrix that is (Higham's nearest"
          + " correlation matrix) and say which pair it changed most, instead of refusing.")
  boolean repair;
}
