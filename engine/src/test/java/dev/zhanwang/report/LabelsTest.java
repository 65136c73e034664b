package dev.zhanwang.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.zhanwang.forecast.Criterion;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LabelsTest {
  @Test
  void englishUnit_commonUnits_translated() {
    Map<String, String> expected = Map.ofEntries(
        Map.entry("亿元", "100 million yuan"),
        Map.entry("万元", "10k yuan"),
        Map.entry("万辆", "10k vehicles"),
        Map.entry("万美元", "10k USD"),
        Map.entry("万平方米", "10k m²"),
        Map.entry("亩", "mu"),
        Map.entry("个", "count"),
        Map.entry("项", "count"),
        Map.entry("家", "count"),
        Map.entry("户", "count"),
        Map.entry("%", "%"),
        Map.entry("亿千瓦时", "100 million kWh"));
    expected.forEach((unit, english) -> assertEquals(english, Labels.englishUnit(unit), unit));
  }

  @Test
  void englishUnit_withoutChinese_kept() {
    assertEquals("kWh", Labels.englishUnit("kWh"));
    assertEquals("", Labels.englishUnit(""));
  }

  @Test
  void englishUnit_untranslatable_dropped() {
    assertEquals("", Labels.englishUnit("吨公里"));
  }

  @Test
  void english_everyTemplate_noChinese() {
    Labels english = Labels.ENGLISH;
    List<String> texts = List.of(
        english.fanTitle("GDP", 2023),
        english.month(),
        english.yearToDate("%"),
        english.band(5, 95),
        english.bandKey(),
        english.median(),
        english.yearToDateOf(2022),
        english.target(english.amount(1210, "100 million yuan")),
        english.check("GDP", Criterion.GROWTH),
        english.probabilityTitle(2023),
        english.statusLikely(),
        english.statusAtRisk(),
        english.statusUnlikely(),
        english.allAtOnce(),
        english.levelPanel(),
        english.growthPanel(),
        english.yearToDateGrowth(),
        english.lowerTail("1,047"),
        english.upperTail("1,318"),
        english.probabilityAxis(),
        english.histogramTitle("GDP", Criterion.LEVEL, 2023),
        english.histogramTitle("GDP", Criterion.GROWTH, 2023),
        english.outcomeAxis(Criterion.LEVEL, "mu", 2023),
        english.outcomeAxis(Criterion.GROWTH, "%", 2023),
        english.shareOfPaths(),
        english.met("87.3%"),
        english.missed("12.7%"),
        english.comparisonTitle(2023, "liudong-2023-baseline"),
        english.allTargetsMet());
    for (String text : texts) {
      assertFalse(text.codePoints().anyMatch(Labels::isCjk), text);
    }
  }

  @Test
  void amount_unitKinds_writtenPerLanguage() {
    assertEquals("1,210 (100 million yuan)", Labels.ENGLISH.amount(1210, "100 million yuan"));
    assertEquals("1,210亿元", Labels.CHINESE.amount(1210, "亿元"));
    assertEquals("7.5%", Labels.ENGLISH.amount(7.5, "%"));
  }

  @Test
  void check_growthNamedAsGrowth_notMarkedTwice() {
    assertEquals("地区生产总值增速", Labels.CHINESE.check("地区生产总值增速", Criterion.GROWTH));
    assertEquals("规上工业总产值增速", Labels.CHINESE.check("规上工业总产值", Criterion.GROWTH));
    assertEquals("GDP growth", Labels.ENGLISH.check("GDP growth", Criterion.GROWTH));
    assertEquals("GDP (growth)", Labels.ENGLISH.check("GDP", Criterion.GROWTH));
    assertEquals("GDP", Labels.ENGLISH.check("GDP", Criterion.LEVEL));
  }
}
