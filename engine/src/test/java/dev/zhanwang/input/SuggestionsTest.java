package dev.zhanwang.input;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SuggestionsTest {
  private static final List<String> IDS = List.of(
      "gdp", "fdi_actual", "budget_revenue", "industrial_output_total", "industrial_output_benji");

  @Test
  void closest_typos_findTheMeantId() {
    assertEquals(Optional.of("gdp"), Suggestions.closest("gpd", IDS));
    assertEquals(Optional.of("budget_revenue"), Suggestions.closest("budget_revnue", IDS));
    assertEquals(
        Optional.of("industrial_output_total"), Suggestions.closest("industrial_ouptut_totl", IDS));
  }

  @Test
  void closest_unrelatedOrExact_isEmpty() {
    assertEquals(Optional.empty(), Suggestions.closest("land_supply", IDS));
    assertEquals(Optional.empty(), Suggestions.closest("cpi", IDS));
    assertEquals(Optional.empty(), Suggestions.closest("gdp", List.of("gdp")));
  }

  @Test
  void didYouMean_withoutAClosestId_listsAtMostTwelveNames() {
    List<String> many = IntStream.range(0, 20).mapToObj(i -> "indicator_" + i).toList();
    assertEquals(
        " (one of indicator_0, indicator_1, indicator_2, indicator_3, indicator_4,"
            + " indicator_5, indicator_6, indicator_7, indicator_8, indicator_9, indicator_10,"
            + " indicator_11 and 8 more)",
        Suggestions.didYouMean("zzz", many));
    assertEquals(" (did you mean gdp?)", Suggestions.didYouMean("gpd", IDS));
  }

  @Test
  void didYouMean_anIdWithSpacesAroundIt_saysSo() {
    assertEquals(
        " (did you mean gdp, without the spaces around it?)", Suggestions.didYouMean("gdp ", IDS));
    assertEquals(
        " (did you mean gdp, without the spaces around it?)",
        Suggestions.didYouMean("\u3000gdp", IDS));
  }
}
