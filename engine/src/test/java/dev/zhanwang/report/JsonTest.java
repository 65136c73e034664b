package dev.zhanwang.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {
  @Test
  void write_awkwardStrings_escapedAndReadBackEqual() {
    String awkward = "a \"quoted\" C:\\path\n\ttab \u0001 累计值";
    Object back = JsonParser.parse(Json.write(List.of(awkward)));
    assertEquals(List.of(awkward), back);
  }

  @Test
  void write_numbersAndNulls_plainNumbersAndNullForNaN() {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("long", 20230203L);
    map.put("small", 0.00012);
    map.put("nan", Double.NaN);
    map.put("none", null);
    map.put("empty", List.of());
    assertEquals(
        "{\n  \"long\": 20230203,\n  \"small\": 0.00012,\n  \"nan\": null,\n"
            + "  \"none\": null,\n  \"empty\": []\n}\n",
        Json.write(map));
  }

  @Test
  void write_nested_readBackEqual() {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("files", List.of(Map.of("path", "x.csv"), Map.of("path", "y.csv")));
    map.put("ok", true);
    Map<String, Object> expected = new LinkedHashMap<>();
    expected.put("files", Arrays.asList(Map.of("path", "x.csv"), Map.of("path", "y.csv")));
    expected.put("ok", true);
    assertEquals(expected, JsonParser.parse(Json.write(map)));
    assertEquals(new BigDecimal("1.5"), JsonParser.parse(Json.write(1.5)));
  }

  @Test
  void forScript_textThatWouldCloseTheElement_escapedAndReadBackEqual() {
    String hostile = "</script><script>alert('x')</script> & \u2028 累计值";
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("title", hostile);
    map.put("values", List.of(1.5, 2));
    String json = Json.forScript(map);
    assertEquals(false, json.contains("<") || json.contains(">") || json.contains("\u2028"));
    assertEquals(false, json.contains("\n") || json.contains(": "), "compact");
    Map<String, Object> expected = new LinkedHashMap<>();
    expected.put("title", hostile);
    expected.put("values", List.of(new BigDecimal("1.5"), new BigDecimal("2")));
    assertEquals(expected, JsonParser.parse(json));
  }
}
