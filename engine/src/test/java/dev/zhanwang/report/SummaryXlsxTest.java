package dev.zhanwang.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reads the workbook's XML parts back, as Excel would, without a second xlsx library. */
class SummaryXlsxTest {
  @TempDir
  Path dir;

  private Map<String, String> written(List<String> log) throws IOException {
    new SummaryXlsx(log::add, TestForecasts.audit())
        .write(TestForecasts.sample(), TestForecasts.run(Path.of("s.yaml")), dir);
    Map<String, String> parts = new LinkedHashMap<>();
    try (ZipFile zip = new ZipFile(dir.resolve("summary.xlsx").toFile())) {
      for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
        try (InputStream in = zip.getInputStream(entry)) {
          parts.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
      }
    }
    return parts;
  }

  @Test
  void write_sample_fiveSheetsWithChineseHeadersFrozen() throws IOException {
    List<String> log = new ArrayList<>();
    Map<String, String> parts = written(log);
    List<String> sheets = new ArrayList<>();
    Matcher names =
        Pattern.compile("<sheet name=\"([^\"]*)\"").matcher(parts.get("xl/workbook.xml"));
    while (names.find()) {
      sheets.add(unescape(names.group(1)));
    }
    assertEquals(
        List.of(
            SummaryXlsx.SUMMARY,
            SummaryXlsx.FANS,
            SummaryXlsx.JOINT,
            SummaryXlsx.AUDIT,
            SummaryXlsx.ASSUMPTIONS),
        sheets);
    for (int s = 1; s <= 5; s++) {
      assertTrue(
          parts.get("xl/worksheets/sheet" + s + ".xml").contains("ySplit=\"1\"")
              && parts.get("xl/worksheets/sheet" + s + ".xml").contains("state=\"frozen\""),
          "header row frozen on sheet " + s);
    }
    String strings = unescape(parts.get("xl/sharedStrings.xml"));
    for (String text : List.of(
        "完成概率 P(met)",
        "累计增速 growth p50",
        "累计值 ytd p40",
        "累计增速 growth p80",
        "地区生产总值",
        "中文说明, 含逗号")) {
      assertTrue(strings.contains(text), text);
    }
    assertTrue(parts.get("xl/styles.xml").contains("formatCode=\"0.0%\""));
    assertEquals(
        List.of("Wrote workbook (3 target checks; summary, fans, joint, audit, assumptions) to "
            + dir.resolve("summary.xlsx")),
        log);
  }

  @Test
  void write_sample_probabilitiesAndGrowthAsFractions() throws IOException {
    String summary = written(new ArrayList<>()).get("xl/worksheets/sheet1.xml");
    // Row 3 is gdp's growth check: its target of 7.5% is the cell value 0.075 (column G).
    assertTrue(summary.contains("<c r=\"G3\" s=\""), summary.substring(0, 300));
    assertTrue(cell(summary, "G3").equals("0.075"), cell(summary, "G3"));
    // P(all met) 0.1234 on the joint sheet, as a fraction in percent format.
    String joint = written(new ArrayList<>()).get("xl/worksheets/sheet3.xml");
    assertEquals("0.1234", cell(joint, "C2"));
  }

  private static String cell(String sheet, String ref) {
    Matcher m = Pattern.compile("<c r=\"" + ref + "\"[^>]*><v>([^<]*)</v>").matcher(sheet);
    return m.find() ? m.group(1) : "(no value in " + ref + ")";
  }

  private static String unescape(String xml) {
    Matcher m = Pattern.compile("&#x([0-9a-fA-F]+);").matcher(xml);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(
          out,
          Matcher.quoteReplacement(
              new String(Character.toChars(Integer.parseInt(m.group(1), 16)))));
    }
    m.appendTail(out);
    return out.toString()
        .replace("&quot;", "\"")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&");
  }
}
