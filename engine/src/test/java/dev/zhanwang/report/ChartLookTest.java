package dev.zhanwang.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ChartLookTest {
  @Test
  void detect_noCandidateDrawsChinese_englishWithNotice() {
    ChartLook look = ChartLook.detect(List.of(drawsNothing(), drawsNothing()));
    assertEquals(Labels.ENGLISH, look.labels());
    assertEquals(
        "Charts use English labels: no font on this machine can display Chinese"
            + " (install fonts-noto-cjk or fonts-wqy-zenhei for Chinese labels)",
        look.notice());
  }

  @Test
  void detect_aCandidateDrawsChinese_chineseInThatFont() {
    Font chinese = drawsEverything();
    ChartLook look = ChartLook.detect(List.of(drawsNothing(), chinese));
    assertEquals(Labels.CHINESE, look.labels());
    assertSame(chinese, look.font());
    assertEquals("", look.notice());
  }

  @Test
  void detect_installedFonts_chineseExactlyWhenAnInstalledFontDrawsIt() {
    Set<String> logical =
        Set.of(Font.DIALOG, Font.DIALOG_INPUT, Font.SANS_SERIF, Font.SERIF, Font.MONOSPACED);
    boolean canDrawChinese = Arrays.stream(GraphicsEnvironment.getLocalGraphicsEnvironment()
            .getAvailableFontFamilyNames(Locale.ROOT))
        .filter(family -> !logical.contains(family))
        .anyMatch(family -> new Font(family, Font.PLAIN, 14).canDisplayUpTo(ChartLook.SAMPLE) < 0);
    ChartLook look = ChartLook.detect();
    assertEquals(canDrawChinese ? Labels.CHINESE : Labels.ENGLISH, look.labels());
    assertTrue(GraphicsEnvironment.isHeadless());
  }

  @Test
  void name_english_englishNameWithoutChinese() {
    assertEquals(
        "Gross regional product", ChartLook.english().name("地区生产总值", "Gross regional product"));
    assertEquals("GDP", ChartLook.english().name("地区生产总值", "GDP（地区生产总值）"));
  }

  @Test
  void name_chineseFontLacksSomeGlyphs_englishName() {
    ChartLook look = ChartLook.chinese(drawsNothing());
    assertEquals("GDP", look.name("地区生产总值", "GDP"));
    assertEquals("100 million yuan", look.unit("亿元"));
  }

  @Test
  void nameAndUnit_chinese_chineseText() {
    ChartLook look = ChartLook.chinese(drawsEverything());
    assertEquals("地区生产总值", look.name("地区生产总值", "GDP"));
    assertEquals("GDP", look.name("", "GDP"));
    assertEquals("亿元", look.unit("亿元"));
  }

  /** A font that claims every character, standing in for a CJK font this machine lacks. */
  static Font drawsEverything() {
    return new Font(Font.SANS_SERIF, Font.PLAIN, 14) {
      @Override
      public int canDisplayUpTo(String text) {
        return -1;
      }
    };
  }

  /** A font that claims no character. */
  static Font drawsNothing() {
    return new Font(Font.SANS_SERIF, Font.PLAIN, 14) {
      @Override
      public int canDisplayUpTo(String text) {
        return text.isEmpty() ? -1 : 0;
      }
    };
  }
}
