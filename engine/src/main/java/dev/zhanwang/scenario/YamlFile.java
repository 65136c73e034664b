package dev.zhanwang.scenario;

import dev.zhanwang.input.InvalidInputException;
import dev.zhanwang.input.Limit;
import dev.zhanwang.input.Problem;
import dev.zhanwang.input.TextFile;
import java.nio.file.Path;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.parser.Parser;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * One YAML file composed into a tree of nodes that keep their line and column, read defensively:
 * whatever the file holds, the result is a tree or a problem, never a crash or a hang.
 *
 * <ul>
 *   <li>Text: UTF-8, UTF-16 with a byte order mark, or GB18030 ({@link TextFile}), at most
 *       {@link Limit#SCENARIO_BYTES}.
 *   <li>Nesting deeper than {@link Limit#YAML_DEPTH} is refused while parsing, before composing
 *       would recurse that deep (10,000 levels overflow the stack).
 *   <li>Aliases are counted as what they stand for: a tree that expands to more than
 *       {@link Limit#YAML_VALUES} values is refused, which stops alias bombs ("billion laughs").
 *   <li>Tags are plain data only: any tag beyond the core schema's ({@code !!java.io.File},
 *       {@code !custom}) is refused; nothing is ever constructed from a tag.
 *   <li>Text is whole characters: an escape such as <code>"&#92;uD800"</code>, half of a
 *       surrogate pair, is refused at its line and column, as no output could hold it.
 *   <li>A full-width colon {@code ：} (Chinese input methods) where a key ends is named as such,
 *       at its line and column, instead of the parser's own message.
 * </ul>
 */
final class YamlFile {
  private static final Set<Tag> PLAIN_TAGS =
      Set.of(Tag.STR, Tag.INT, Tag.FLOAT, Tag.BOOL, Tag.NULL, Tag.SEQ, Tag.MAP);
  /** A key (a plain word, possibly a list item) ended by a full-width colon. */
  private static final Pattern FULL_WIDTH_KEY =
      Pattern.compile("^(\\s*(?:-\\s+)?)[^\\s:#'\"\\[\\]{},][^:#]*?\\s*(：)");

  private YamlFile() {}

  /**
   * The file's single document, or empty when the file is empty.
   *
   * @throws InvalidInputException for anything that makes the file unreadable as data
   */
  static Optional<Node> compose(Path file, NodeReader reader) {
    String text = TextFile.read(file, Limit.SCENARIO_BYTES, reader::warn);
    checkLineLengths(file, text);
    LoadSettings settings = LoadSettings.builder()
        .setLabel(file.toString())
        .setSchema(new CoreSchema())
        // Our own limit on the expanded tree guards against alias bombs, for any alias.
        .setMaxAliasesForCollections(Integer.MAX_VALUE)
        .setCodePointLimit(Integer.MAX_VALUE)
        .build();
    Optional<Node> document;
    try {
      Parser parser = new DepthLimited(new ParserImpl(settings, new StreamReader(settings, text)));
      document =
          Optional.ofNullable(new Composer(settings, parser).getSingleNode().orElse(null));
    } catch (TooDeep e) {
      throw new InvalidInputException(at(file, e.mark, "", Limit.YAML_DEPTH.exceeded()));
    } catch (MarkedYamlEngineException e) {
      Optional<Mark> mark = e.getProblemMark().or(e::getContextMark);
      throw new InvalidInputException(fullWidthColon(file, text, mark).orElseGet(() -> {
        String cause = Stream.of(e.getContext(), e.getProblem())
            .filter(Objects::nonNull)
            .collect(Collectors.joining(", "));
        return mark.map(m -> at(file, Optional.of(m), "", "must be valid YAML: " + cause))
            .orElseGet(() -> Problem.ofFile(file, "must be valid YAML: " + cause));
      }));
    } catch (YamlEngineException e) {
      throw new InvalidInputException(
          Problem.ofFile(file, "must be valid YAML: " + e.getMessage()));
    }
    document.ifPresent(root -> checkValues(file, root));
    return document;
  }

  /** Refuses a line longer than {@link Limit#YAML_LINE_CHARS}, before the scanner meets it. */
  private static void checkLineLengths(Path file, String text) {
    int line = 1;
    int start = 0;
    for (int i = 0; i <= text.length(); i++) {
      if (i == text.length() || text.charAt(i) == '\n') {
        if (!Limit.YAML_LINE_CHARS.allows(i - start)) {
          throw new InvalidInputException(
              new Problem(file, line, 0, "", Limit.YAML_LINE_CHARS.exceeded(i - start)));
        }
        line++;
        start = i + 1;
      }
    }
  }

  /**
   * Refuses tags beyond plain data, aliases that contain themselves, and trees that expand to
   * more than {@link Limit#YAML_VALUES} values.
   */
  private static void checkValues(Path file, Node root) {
    Map<Node, Long> sizes = new IdentityHashMap<>();
    long values = size(file, root, sizes);
    if (!Limit.YAML_VALUES.allows(values)) {
      throw new InvalidInputException(Problem.ofFile(file, Limit.YAML_VALUES.exceeded(values)));
    }
  }

  /** The values under {@code node}, aliases expanded; memoised, as aliases share nodes. */
  private static long size(Path file, Node node, Map<Node, Long> sizes) {
    Long known = sizes.get(node);
    if (known != null) {
      if (known < 0) {
        throw new InvalidInputException(at(
            file, node.getStartMark(), "", "must not contain itself through an alias, but does"));
      }
      return known;
    }
    if (!PLAIN_TAGS.contains(node.getTag())) {
      throw new InvalidInputException(at(
          file,
          node.getStartMark(),
          "",
          "must be plain data without a YAML tag, but was tagged "
              + node.getTag().getValue().replace(Tag.PREFIX, "!!")));
    }
    if (node instanceof ScalarNode scalar) {
      unpairedSurrogate(scalar.getValue()).ifPresent(half -> {
        throw new InvalidInputException(at(
            file,
            node.getStartMark(),
            "",
            String.format(
                "must be text of whole characters, but holds \\u%04X, half of one (a \\u escape"
                    + " that names no character; the outputs could not be written in UTF-8)",
                half)));
      });
    }
    sizes.put(node, -1L);
    long size = 1;
    if (node instanceof MappingNode mapping) {
      for (NodeTuple tuple : mapping.getValue()) {
        size += size(file, tuple.getKeyNode(), sizes) + size(file, tuple.getValueNode(), sizes);
        size = Math.min(size, Long.MAX_VALUE / 4);
      }
    } else if (node instanceof SequenceNode sequence) {
      for (Node item : sequence.getValue()) {
        size = Math.min(size + size(file, item, sizes), Long.MAX_VALUE / 4);
      }
    }
    sizes.put(node, size);
    return size;
  }

  /**
   * The first half of a UTF-16 surrogate pair without its other half: only a YAML escape such as
   * <code>"&#92;uD800"</code> can put one in a file's text, and it is no character.
   */
  private static Optional<Integer> unpairedSurrogate(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return Optional.of((int) c);
      }
    }
    return Optional.empty();
  }

  /**
   * A full-width colon ending a key on the line the parser stopped at or the two before: the
   * likely cause of its error, named in words a planner can act on. (Not further back: Chinese
   * text in a block scalar may well hold a full-width colon after a word.)
   */
  private static Optional<Problem> fullWidthColon(Path file, String text, Optional<Mark> mark) {
    if (mark.isEmpty()) {
      return Optional.empty();
    }
    int line = mark.get().getLine();
    String[] lines = text.split("\n", -1);
    for (int i = Math.min(line, lines.length - 1); i >= Math.max(0, line - 2); i--) {
      Matcher key = FULL_WIDTH_KEY.matcher(lines[i]);
      if (key.find()) {
        return Optional.of(new Problem(
            file,
            i + 1,
            key.start(2) + 1,
            "",
            "must end a key with ':' (ASCII colon), but was '：' (a full-width colon, as"
                + " Chinese input methods type it)"));
      }
    }
    return Optional.empty();
  }

  private static Problem at(Path file, Optional<Mark> mark, String field, String message) {
    return new Problem(
        file,
        mark.map(m -> m.getLine() + 1).orElse(0),
        mark.map(m -> m.getColumn() + 1).orElse(0),
        field,
        message);
  }

  /** Nesting deeper than {@link Limit#YAML_DEPTH}, at the collection that went too deep. */
  private static final class TooDeep extends RuntimeException {
    private final Optional<Mark> mark;

    TooDeep(Optional<Mark> mark) {
      super(null, null, false, false);
      this.mark = mark;
    }
  }

  /** A parser that stops at a collection nested deeper than the limit. */
  private static final class DepthLimited implements Parser {
    private final Parser parser;
    private int depth;

    DepthLimited(Parser parser) {
      this.parser = parser;
    }

    @Override
    public boolean checkEvent(Event.ID id) {
      return parser.checkEvent(id);
    }

    @Override
    public Event peekEvent() {
      return parser.peekEvent();
    }

    @Override
    public boolean hasNext() {
      return parser.hasNext();
    }

    @Override
    public Event next() {
      Event event = parser.next();
      switch (event.getEventId()) {
        case MappingStart, SequenceStart -> {
          if (++depth > Limit.YAML_DEPTH.value()) {
            throw new TooDeep(event.getStartMark());
          }
        }
        case MappingEnd, SequenceEnd -> depth--;
        default -> {}
      }
      return event;
    }
  }
}
