package dev.zhanwang.input;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ProblemTest {
  @Test
  void toString_controlAndFormatCharacters_printEscapedOnOneLine() {
    Problem problem = new Problem(
        Path.of("s.yaml"),
        3,
        5,
        "indicators.a\nb",
        "must be a known key, but was a\nb\u0000c\td\u202Ee");

    assertEquals(
        "s.yaml:3:5 indicators.a\\nb: must be a known key, but was a\\nb\\u0000c\\td\\u202Ee",
        problem.toString());
  }

  @Test
  void toString_halfASurrogatePair_printsEscaped() {
    assertEquals(
        "s.yaml:1:1 name: must be x, but was a\\uD800 😀",
        new Problem(Path.of("s.yaml"), 1, 1, "name", "must be x, but was a\uD800 😀").toString());
  }

  @Test
  void toString_noLineOrColumn_namesTheFileOnly() {
    assertEquals(
        "f.csv: must be a readable file, but it does not exist",
        Problem.ofFile(Path.of("f.csv"), "must be a readable file, but it does not exist")
            .toString());
    assertEquals(
        "f.csv:7 header: m", new Problem(Path.of("f.csv"), 7, 0, "header", "m").toString());
  }

  @Test
  void excerpt_longValues_areCutAtSixtyCharactersWithAnEllipsis() {
    String chinese = "增".repeat(61);
    assertEquals("增".repeat(60) + "…", Problem.excerpt(chinese));
    assertEquals("short", Problem.excerpt("short"));
    String emoji = "😀".repeat(61); // two chars each: cut by code points, not chars
    assertEquals("😀".repeat(60) + "…", Problem.excerpt(emoji));
  }
}
