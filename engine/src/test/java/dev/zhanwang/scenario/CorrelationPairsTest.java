package dev.zhanwang.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhanwang.input.InvalidInputException;
import dev.zhanwang.input.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code correlation: {pairs: ...}} over the shipped baseline's matrix, as a child scenario. */
class CorrelationPairsTest {
  @TempDir
  Path dir;

  @BeforeEach
  void copyBaseline() throws IOException {
    Path scenarios = Path.of("../scenarios");
    Files.copy(
        scenarios.resolve("liudong-2023-baseline.yaml"), dir.resolve("liudong-2023-baseline.yaml"));
    Files.createDirectory(dir.resolve("data"));
    for (String data : List.of("liudong-2022.csv", "liudong-2023-targets.csv")) {
      Files.copy(scenarios.resolve("data").resolve(data), dir.resolve("data").resolve(data));
    }
  }

  private Path child(String correlation) throws IOException {
    return Files.writeString(
        dir.resolve("child.yaml"),
        "extends: liudong-2023-baseline.yaml\nname: child\ncorrelation:\n" + correlation);
  }

  private static List<String> problems(Path file, boolean repair) {
    return assertThrows(InvalidInputException.class, () -> ScenarioLoader.load(file, repair))
        .problems()
        .stream()
        .map(Problem::toString)
        .toList();
  }

  @Test
  void load_pairOverride_setsThePairBothWaysAndKeepsTheParentsOtherEntries() throws IOException {
    Scenario parent = ScenarioLoader.load(dir.resolve("liudong-2023-baseline.yaml"));
    Path file = child("  pairs: {industrial_output_total~budget_revenue: 0.6}\n");

    Correlation correlation = ScenarioLoader.load(file).correlation();

    assertEquals(0.6, correlation.between("industrial_output_total", "budget_revenue"));
    assertEquals(0.6, correlation.between("budget_revenue", "industrial_output_total"));
    assertEquals(parent.correlation().indicators(), correlation.indicators());
    assertEquals(0.4, parent.correlation().between("industrial_output_total", "budget_revenue"));
    assertEquals(0.8, correlation.between("industrial_output_total", "industrial_output_benji"));
    assertEquals(0.3, correlation.between("budget_revenue", "secondary_va"));
  }

  @Test
  void load_pairWithUnlistedIndicator_addsItIndependentOfTheOthers() throws IOException {
    Path file = child("  pairs: {land_supply~fixed_asset_investment: 0.3}\n");

    Correlation correlation = ScenarioLoader.load(file).correlation();

    assertEquals(
        "land_supply", correlation.indicators().get(correlation.indicators().size() - 1));
    assertEquals(0.3, correlation.between("fixed_asset_investment", "land_supply"));
    assertEquals(0.0, correlation.between("land_supply", "vehicle_output"));
  }

  @Test
  void load_pairThatBreaksTheMatrix_namesTheNearestValidMatrixsLargestChange() throws IOException {
    // Output and district output at -0.9 while both move with vehicles, value added...: no
    // such variables exist. The nearest valid matrix pulls the pair back most.
    Path file = child("  pairs:\n    industrial_output_total~industrial_output_benji: -0.9\n");

    assertEquals(
        List.of(file + ":4:3 correlation.pairs: must leave the correlation matrix positive"
            + " semi-definite, but its smallest eigenvalue was -0.725595; the nearest valid matrix"
            + " (Higham) changes industrial_output_total~industrial_output_benji most, -0.9 ->"
            + " -0.432 (largest change 0.468); run with --repair-correlation to use it"),
        problems(file, false));
  }

  @Test
  void load_repairCorrelation_usesTheNearestValidMatrixAndWarns() throws IOException {
    Path file = child("  pairs:\n    industrial_output_total~industrial_output_benji: -0.9\n");

    Scenario repaired = ScenarioLoader.load(file, true);

    Correlation correlation = repaired.correlation();
    assertEquals(
        -0.432, correlation.between("industrial_output_total", "industrial_output_benji"), 0.0005);
    assertTrue(NearestCorrelation.smallestEigenvalue(correlation.matrix()) > -1e-10);
    for (int i = 0; i < correlation.indicators().size(); i++) {
      assertEquals(1.0, correlation.matrix()[i][i]);
    }
    assertEquals(1, repaired.warnings().size());
    assertTrue(
        repaired
            .warnings()
            .get(0)
            .toString()
            .startsWith(file + ":4:3 correlation.pairs: the correlation matrix was not positive"
                + " semi-definite (smallest eigenvalue -0.725595), so --repair-correlation uses"
                + " the nearest valid one: the nearest valid matrix (Higham) changes"
                + " industrial_output_total~industrial_output_benji most"),
        repaired.warnings().toString());
  }

  @Test
  void load_malformedPairs_reportsEachAtItsKey() throws IOException {
    Path file = child("""
          pairs:
            industrial_output_total-budget_revenue: 0.5
            budget_revenue~nowhere: 0.5
            budget_revenue~budget_revenue: 0.5
            vehicle_output~nev_output: 0.5
            nev_output~vehicle_output: 0.6
            land_supply~vehicle_output: 1.5
        """);

    assertEquals(
        List.of(
            file + ":5:5 correlation.pairs.industrial_output_total-budget_revenue: must be two"
                + " indicators joined by '~' (a~b), but was"
                + " industrial_output_total-budget_revenue",
            file + ":6:5 correlation.pairs.budget_revenue~nowhere: must name declared"
                + " indicators (one of industrial_output_total, industrial_output_benji,"
                + " fixed_asset_investment, budget_revenue, investment_funds_in_place,"
                + " vehicle_output, nev_output, signed_projects,"
                + " new_above_scale_industrial_enterprises, new_above_scale_service_enterprises,"
                + " new_high_tech_enterprises, major_st_transformations and 11 more), but nowhere"
                + " is not one",
            file + ":7:5 correlation.pairs.budget_revenue~budget_revenue: must name two"
                + " different indicators, but was budget_revenue~budget_revenue",
            file + ":9:5 correlation.pairs.nev_output~vehicle_output: must set each pair once,"
                + " but nev_output~vehicle_output sets nev_output~vehicle_output again",
            file + ":10:33 correlation.pairs.land_supply~vehicle_output: must be in [-1, 1],"
                + " but was 1.5"),
        problems(file, false));
  }
}
