package dev.zhanwang.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every number in the shipped CSVs can be traced to the seed report, as written there. */
class SeedProvenanceTest {

  /** The columns of a shipped row that the seed must back, whether a figure or a target. */
  private record Sourced(
      String id, String unit, OptionalDouble value, OptionalDouble growthPct, String source) {}

  private static List<Sourced> shippedRows() {
    Baseline shipped =
        DataLoader.load(ShippedFiles.figures(), ShippedFiles.targets(), warning -> {});
    return Stream.concat(
            shipped.figures().stream()
                .map(f ->
                    new Sourced("2022 " + f.id(), f.unit(), f.value(), f.growthPct(), f.source())),
            shipped.targets().stream()
                .map(t -> new Sourced(
                    "target " + t.id(), t.unit(), t.value(), t.growthPct(), t.source())))
        .toList();
  }

  /** As the seed writes numbers: 4250, not 4250.0. */
  private static String written(double number) {
    return BigDecimal.valueOf(number).stripTrailingZeros().toPlainString();
  }

  /** True when {@code text} holds {@code number + suffix} not preceded by a digit, so 8% ≠ 18%. */
  private static boolean standsIn(String text, double number, String suffix) {
    return Pattern.compile("(?<![0-9.])" + Pattern.quote(written(number) + suffix))
        .matcher(text)
        .find();
  }

  @Test
  void source_everyShippedRow_occursVerbatimInSeed() throws IOException {
    String seed = Files.readString(ShippedFiles.seed());
    List<String> untraced = new ArrayList<>();
    for (Sourced row : shippedRows()) {
      if (!seed.contains(row.source())) {
        untraced.add(row.id() + ": " + row.source());
      }
    }
    assertEquals(List.of(), untraced, "sources not found verbatim in " + ShippedFiles.seed());
  }

  @Test
  void value_everyShippedRow_standsWithItsUnitInItsSource() {
    List<String> mismatched = new ArrayList<>();
    for (Sourced row : shippedRows()) {
      if (row.value().isPresent()
          && !standsIn(row.source(), row.value().getAsDouble(), row.unit())) {
        mismatched.add(row.id() + ": " + written(row.value().getAsDouble()) + row.unit()
            + " not in " + row.source());
      }
    }
    assertEquals(List.of(), mismatched);
  }

  @Test
  void growthPct_everyShippedRow_standsAsPercentInItsSource() {
    List<String> mismatched = new ArrayList<>();
    for (Sourced row : shippedRows()) {
      if (row.growthPct().isPresent()
          && !standsIn(row.source(), row.growthPct().getAsDouble(), "%")) {
        mismatched.add(
            row.id() + ": " + written(row.growthPct().getAsDouble()) + "% not in " + row.source());
      }
    }
    assertEquals(List.of(), mismatched);
  }
}
