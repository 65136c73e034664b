package dev.zhanwang.fuzz;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * Where things are in a YAML file's text: every mapping entry and every scalar, with its dotted
 * path ({@code indicators.gdp.phi}) and its character range, so that mutations can change the
 * text of one node and keep the rest of the file (comments, layout) as it was.
 */
final class YamlTree {
  /** A mapping entry: key and value, the path of the value, whether its mapping is flow style. */
  record Entry(String path, Node key, Node value, boolean flow) {}

  /** A scalar value (not a key) with its path. */
  record Scalar(String path, ScalarNode node) {}

  /**
   * Trees of recent texts. Most cases start from the same few shipped files, and parsing them
   * again for each case was a third of the suite's time; a tree is only read once built.
   */
  private static final Map<String, Optional<YamlTree>> RECENT =
      Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Optional<YamlTree>> eldest) {
          return size() > 64;
        }
      });

  final String text;
  /** Whether every character is one code point, so that a mark's index is a char offset. */
  private final boolean oneCharPerCodePoint;

  final List<Entry> entries = new ArrayList<>();
  final List<Scalar> scalars = new ArrayList<>();

  private YamlTree(String text) {
    this.text = text;
    this.oneCharPerCodePoint = text.codePointCount(0, text.length()) == text.length();
  }

  /** The tree of {@code text}, or empty when it is not one YAML document. */
  static Optional<YamlTree> parse(String text) {
    Optional<YamlTree> known = RECENT.get(text);
    if (known == null) {
      known = compose(text);
      RECENT.put(text, known);
    }
    return known;
  }

  private static Optional<YamlTree> compose(String text) {
    try {
      LoadSettings settings = LoadSettings.builder().setSchema(new CoreSchema()).build();
      Optional<Node> root = new Compose(settings).composeString(text);
      if (root.isEmpty()) {
        return Optional.empty();
      }
      YamlTree tree = new YamlTree(text);
      tree.walk(root.get(), "", 0);
      return Optional.of(tree);
    } catch (RuntimeException | StackOverflowError e) {
      // Not YAML (any more), or nested too deep for the parser: mutations fall back to text.
      return Optional.empty();
    }
  }

  private void walk(Node node, String path, int depth) {
    if (depth > 50) {
      return;
    }
    if (node instanceof MappingNode mapping) {
      for (NodeTuple tuple : mapping.getValue()) {
        String key = tuple.getKeyNode() instanceof ScalarNode s ? s.getValue() : "?";
        String child = path.isEmpty() ? key : path + "." + key;
        entries.add(new Entry(
            child,
            tuple.getKeyNode(),
            tuple.getValueNode(),
            mapping.getFlowStyle() == FlowStyle.FLOW));
        walk(tuple.getValueNode(), child, depth + 1);
      }
    } else if (node instanceof SequenceNode sequence) {
      List<Node> items = sequence.getValue();
      for (int i = 0; i < items.size(); i++) {
        walk(items.get(i), path + "[" + i + "]", depth + 1);
      }
    } else if (node instanceof ScalarNode scalar && !path.isEmpty()) {
      scalars.add(new Scalar(path, scalar));
    }
  }

  Optional<Entry> entry(String path) {
    return entries.stream().filter(e -> e.path().equals(path)).findFirst();
  }

  int start(Node node) {
    return offset(node.getStartMark().orElseThrow());
  }

  int end(Node node) {
    return offset(node.getEndMark().orElseThrow());
  }

  private int offset(Mark mark) {
    if (oneCharPerCodePoint) {
      return Math.min(mark.getIndex(), text.length());
    }
    return text.offsetByCodePoints(
        0, Math.min(mark.getIndex(), text.codePointCount(0, text.length())));
  }

  /** Offset of the start of the line holding {@code offset}. */
  int lineStart(int offset) {
    return text.lastIndexOf('\n', offset - 1) + 1;
  }

  /** Offset just past the end of the line holding {@code offset} (past its newline). */
  int lineEnd(int offset) {
    int newline = text.indexOf('\n', offset);
    return newline < 0 ? text.length() : newline + 1;
  }

  /**
   * The text range of a whole block entry, key line through the value's last line, newline
   * included: the end mark of a block value lies on the next entry's line, so that line is out.
   */
  int[] blockRange(Entry entry) {
    int from = lineStart(start(entry.key()));
    int end = end(entry.value());
    int lastLineStart = lineStart(end);
    boolean endsOnContent = !text.substring(lastLineStart, end).isBlank();
    int to = endsOnContent || end <= from ? lineEnd(Math.max(end - 1, from)) : lastLineStart;
    return new int[] {from, Math.max(to, lineEnd(start(entry.key())))};
  }

  /**
   * The range to replace for a value: the scalar or flow node itself, or for a block collection
   * from its start to the end of its last line (newline kept), so that what follows keeps its
   * indentation.
   */
  int[] valueRange(Node value) {
    int from = start(value);
    int to = end(value);
    if (text.substring(from, to).contains("\n")) {
      int lastLineStart = lineStart(to);
      to = text.substring(lastLineStart, to).isBlank() ? lastLineStart - 1 : lineEnd(to) - 1;
      to = Math.max(to, from);
    }
    return new int[] {from, to};
  }

  /** The indentation of the line holding {@code offset}. */
  String indentAt(int offset) {
    int from = lineStart(offset);
    int i = from;
    while (i < text.length() && text.charAt(i) == ' ') {
      i++;
    }
    return text.substring(from, i);
  }

  static String replace(String text, int from, int to, String with) {
    return text.substring(0, from) + with + text.substring(to);
  }
}
