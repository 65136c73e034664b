package dev.zhanwang.scenario;

import dev.zhanwang.input.InvalidInputException;
import dev.zhanwang.input.Limit;
import dev.zhanwang.input.Problem;
import dev.zhanwang.input.TextFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * A scenario file and the files it {@code extends}, merged into one YAML tree.
 *
 * <p>Merging is a deep merge of mappings: a child's key overrides the parent's, two mappings
 * under the same key merge recursively, and lists and scalars replace whole. Keys keep the
 * parent's order, the child's new keys follow. The merged tree is built from the parsed nodes
 * themselves, so every node keeps the mark (file, line, column) of the file it was written in.
 *
 * @param files the file as given, then its parent, grandparent, ...
 * @param root the merged top-level mapping
 */
record ScenarioChain(List<Path> files, MappingNode root) {
  static final String EXTENDS = "extends";

  /** Reads {@code file} and its ancestors; empty, with problems recorded, if any can't be read. */
  static Optional<ScenarioChain> read(Path file, NodeReader reader) {
    Optional<String> unusable = TextFile.unusable(file);
    if (unusable.isPresent()) {
      reader.add(
          Problem.ofFile(file, "must be a readable scenario file, but it " + unusable.get()));
      return Optional.empty();
    }
    List<Path> files = new ArrayList<>(List.of(file));
    List<MappingNode> documents = new ArrayList<>();
    while (true) {
      Path current = files.get(files.size() - 1);
      Optional<MappingNode> document = parse(current, reader);
      if (document.isEmpty()) {
        return Optional.empty();
      }
      documents.add(document.get());
      Optional<NodeReader.Value> extendsValue = document.get().getValue().stream()
          .filter(
              t -> t.getKeyNode() instanceof ScalarNode key && key.getValue().equals(EXTENDS))
          .filter(t -> !NodeReader.isNull(t.getValueNode()))
          .map(t -> new NodeReader.Value(t.getKeyNode(), t.getValueNode(), EXTENDS))
          .findFirst();
      if (extendsValue.isEmpty()) {
        break;
      }
      Optional<Path> parent = reader.readableFile(extendsValue.get());
      if (parent.isEmpty()) {
        return Optional.empty();
      }
      if (files.stream().anyMatch(f -> sameFile(f, parent.get()))) {
        String cycle = Stream.concat(files.stream(), Stream.of(parent.get()))
            .map(Path::toString)
            .collect(Collectors.joining(" -> "));
        reader.report(extendsValue.get(), "must not form a cycle, but was " + cycle);
        return Optional.empty();
      }
      if (!Limit.EXTENDS.allows(files.size() + 1L)) {
        reader.report(extendsValue.get(), Limit.EXTENDS.exceeded(files.size() + 1L));
        return Optional.empty();
      }
      files.add(parent.get());
    }
    MappingNode root = documents.get(documents.size() - 1);
    for (int i = documents.size() - 2; i >= 0; i--) {
      root = (MappingNode) merge(root, documents.get(i));
    }
    return Optional.of(new ScenarioChain(files, root));
  }

  private static boolean sameFile(Path a, Path b) {
    return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
  }

  /** Parses one file, labelling its marks with the file's path. */
  private static Optional<MappingNode> parse(Path file, NodeReader reader) {
    Optional<Node> document;
    try {
      document = YamlFile.compose(file, reader);
    } catch (InvalidInputException e) {
      reader.addAll(e.problems());
      return Optional.empty();
    }
    if (document.isEmpty()) {
      reader.add(Problem.ofFile(file, "must be a mapping of scenario keys, but the file is empty"));
      return Optional.empty();
    }
    if (!(document.get() instanceof MappingNode mapping)) {
      // Not the value itself: a file that is no scenario at all must not be quoted.
      reader.report(
          document.get(),
          "",
          "must be a mapping of scenario keys (key: value lines), but was "
              + (document.get() instanceof SequenceNode ? "a list" : "a single value"));
      return Optional.empty();
    }
    return reader.checkKeys(mapping, "") ? Optional.of(mapping) : Optional.empty();
  }

  /** The child's node merged over the parent's: mappings key by key, anything else replaced. */
  static Node merge(Node parent, Node child) {
    if (!(parent instanceof MappingNode p) || !(child instanceof MappingNode c)) {
      return child;
    }
    Map<Object, NodeTuple> merged = new LinkedHashMap<>();
    for (NodeTuple tuple : p.getValue()) {
      merged.put(keyOf(tuple), tuple);
    }
    for (NodeTuple tuple : c.getValue()) {
      NodeTuple inherited = merged.get(keyOf(tuple));
      Node value = inherited == null
          ? tuple.getValueNode()
          : merge(inherited.getValueNode(), tuple.getValueNode());
      merged.put(keyOf(tuple), new NodeTuple(tuple.getKeyNode(), value));
    }
    return new MappingNode(
        c.getTag(),
        true,
        new ArrayList<>(merged.values()),
        c.getFlowStyle(),
        c.getStartMark(),
        c.getEndMark());
  }

  /** Text keys merge by their text; other keys (reported later as problems) never merge. */
  private static Object keyOf(NodeTuple tuple) {
    return tuple.getKeyNode() instanceof ScalarNode key ? key.getValue() : tuple.getKeyNode();
  }
}
