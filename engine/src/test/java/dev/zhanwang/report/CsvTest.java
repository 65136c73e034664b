package dev.zhanwang.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CsvTest {
  @Test
  void quote_plainText_unchanged() {
    assertEquals("地区生产总值 GDP", Csv.quote("地区生产总值 GDP"));
  }

  @Test
  void quote_commaQuoteOrLineBreak_quotedWithQuotesDoubled() {
    assertEquals("\"a,b\"", Csv.quote("a,b"));
    assertEquals("\"say \"\"hi\"\"\"", Csv.quote("say \"hi\""));
    assertEquals("\"line\nbreak\"", Csv.quote("line\nbreak"));
  }

  @Test
  void quote_null_emptyCell() {
    assertEquals("", Csv.quote(null));
  }
}
