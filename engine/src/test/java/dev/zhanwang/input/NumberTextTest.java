package dev.zhanwang.input;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class NumberTextTest {
  @Test
  void parse_formsPlannersWrite_giveTheNumber() {
    assertEquals(OptionalDouble.of(1001.5), NumberText.parse("1001.5", false));
    assertEquals(OptionalDouble.of(1001.5), NumberText.parse(" 1,001.5 ", false));
    assertEquals(OptionalDouble.of(1_000_000), NumberText.parse("1,000,000", false));
    assertEquals(OptionalDouble.of(1_000_000), NumberText.parse("1_000_000", false));
    assertEquals(OptionalDouble.of(2500), NumberText.parse("2.5e3", false));
    assertEquals(OptionalDouble.of(12.5), NumberText.parse("１２．５", false));
    assertEquals(OptionalDouble.of(-3), NumberText.parse("－3", false));
    assertEquals(OptionalDouble.of(-3), NumberText.parse("\u22123", false));
    assertEquals(OptionalDouble.of(25.4), NumberText.parse("25.4%", true));
    assertEquals(OptionalDouble.of(25.4), NumberText.parse("25.4 ％", true));
  }

  @Test
  void parse_notNumbersHere_areEmpty() {
    for (String text : new String[] {
      "",
      "NaN",
      "Infinity",
      "-Infinity",
      "0x1p3",
      "12d",
      "1e400",
      "1,00",
      "1,0000",
      "12,34.5",
      "25.4%",
      "abc",
      "1 000",
      "--3",
      "1._5"
    }) {
      assertEquals(OptionalDouble.empty(), NumberText.parse(text, false), text);
    }
    assertEquals(OptionalDouble.empty(), NumberText.parse("%", true));
    assertEquals(OptionalDouble.empty(), NumberText.parse("25.4%%", true));
  }

  @Test
  void parseWhole_acceptsExponentsAndSeparators_refusesFractionsAndOverflow() {
    assertEquals(Optional.of(1_000_000L), NumberText.parseWhole("1e6"));
    assertEquals(Optional.of(1_000_000L), NumberText.parseWhole("1,000,000"));
    assertEquals(Optional.of(1_000_000L), NumberText.parseWhole("1_000_000"));
    assertEquals(Optional.of(1_000_000_000_000L), NumberText.parseWhole("1000000000000"));
    assertEquals(Optional.of(2000L), NumberText.parseWhole("2000.0"));
    assertEquals(Optional.of(-7L), NumberText.parseWhole("-7"));
    assertEquals(Optional.empty(), NumberText.parseWhole("1.5"));
    assertEquals(Optional.empty(), NumberText.parseWhole("1e-3"));
    assertEquals(Optional.empty(), NumberText.parseWhole("99999999999999999999"));
    assertEquals(Optional.empty(), NumberText.parseWhole("50%"));
  }

  @Test
  void hint_namesTheCommonSlips() {
    assertEquals(
        Optional.of("write it without %: this value is not in percent"),
        NumberText.hint("50%", false));
    assertEquals(
        Optional.of("it holds a full-width comma '，'; separate list items with ','"),
        NumberText.hint("0.07，0.06", false));
    assertEquals(
        Optional.of("a ',' inside a number must separate thousands, as in 1,001.5"),
        NumberText.hint("1,00", false));
    assertEquals(Optional.empty(), NumberText.hint("ten", false));
  }

  @Test
  void format_plainUnlessThatIsLong() {
    assertEquals("0.17", NumberText.format(0.17));
    assertEquals("1210", NumberText.format(1210));
    assertEquals("0.123457", NumberText.format(0.1234567));
    assertEquals("1e-300", NumberText.format(1e-300));
    assertEquals("9.99989e-321", NumberText.format(1e-320)); // a subnormal holds only these digits
    assertEquals("1.5e+20", NumberText.format(1.5e20));
  }
}
