package dev.zhanwang.scenario;

import dev.zhanwang.data.Year;
import dev.zhanwang.input.NumberText;
import dev.zhanwang.input.Suggestions;
import dev.zhanwang.scenario.NodeReader.Fields;
import dev.zhanwang.scenario.NodeReader.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code events:} section: project events on declared flow indicators, each with a
 * probability, a month (or a distribution over months) and a size added to every month from the
 * event on, between minus the indicator's average 2022 month and plus its 2022 year.
 */
final class EventsReader {
  static final List<String> KEYS =
      List.of("name", "indicator", "probability", "month", "month_shares", "size", "assumption");

  private final NodeReader reader;
  private final IndicatorsReader.Declared declared;

  EventsReader(NodeReader reader, IndicatorsReader.Declared declared) {
    this.reader = reader;
    this.declared = declared;
  }

  List<EventSpec> read(Value section) {
    List<EventSpec> events = new ArrayList<>();
    for (Value item : reader.sequence(section).orElse(List.of())) {
      reader
          .mapping(item, KEYS)
          .flatMap(fields -> event(item, fields, events.size()))
          .ifPresent(events::add);
    }
    return events;
  }

  private Optional<EventSpec> event(Value item, Fields fields, int index) {
    int before = reader.count();
    Optional<String> indicator = reader
        .required(fields, "indicator")
        .flatMap(v -> reader.string(v).filter(id -> isDeclaredFlow(v, id)));
    Optional<Double> probability = reader
        .required(fields, "probability")
        .flatMap(v -> reader.number(v, p -> p >= 0 && p <= 1, "in [0, 1]"));
    Optional<double[]> distribution = months(item, fields);
    Optional<Double> level = indicator.flatMap(declared::level);
    Optional<Double> size = reader
        .required(fields, "size")
        .flatMap(v -> reader.number(
            v,
            x -> level.map(b -> x >= -b / Year.MONTHS && x <= b).orElse(true),
            level
                .map(b -> "in [" + NumberText.format(-b / Year.MONTHS) + ", "
                    + NumberText.format(b)
                    + "] (it is added to every month from the event on: at most"
                    + " the indicator's 2022 annual level, and no more taken away than its average"
                    + " month)")
                .orElse("")));
    String name = fields.optional("name").flatMap(reader::string).orElse("event " + (index + 1));
    String assumption = fields.optional("assumption").flatMap(reader::string).orElse("");
    return reader.count() > before
        ? Optional.empty()
        : Optional.of(new EventSpec(
            name, indicator.get(), probability.get(), distribution.get(), size.get(), assumption));
  }

  /** The distribution of the event's month: {@code month} fixes it, {@code month_shares} spread it. */
  private Optional<double[]> months(Value item, Fields fields) {
    Optional<Value> month = fields.optional("month");
    Optional<Value> shares = fields.optional("month_shares");
    if (month.isPresent() == shares.isPresent()) {
      reader.report(
          fields.self().anchor(),
          item.child("month"),
          "must be given, or else"
              + " month_shares (exactly one of the two), but "
              + (month.isPresent() ? "both are" : "neither is"));
      return Optional.empty();
    }
    if (shares.isPresent()) {
      return reader.monthlyShares(shares.get());
    }
    return reader
        .integer(month.get(), m -> m >= 1 && m <= Year.MONTHS, "in [1, 12]")
        .map(m -> {
          double[] fixed = new double[Year.MONTHS];
          fixed[m.intValue() - 1] = 1.0;
          return fixed;
        });
  }

  /**
   * True when {@code id} names a declared flow indicator (events add to monthly values), or one
   * that cannot be told (unknown to the data, or meant by a typo reported already); else a
   * problem at {@code value}.
   */
  private boolean isDeclaredFlow(Value value, String id) {
    Map<String, Optional<Boolean>> flows = declared.flows();
    Optional<Boolean> flow = flows.containsKey(id)
        ? flows.get(id)
        : declared.meantByTypos().contains(id) ? Optional.empty() : Optional.of(false);
    if (flow.orElse(true)) {
      return true;
    }
    List<String> declaredFlows = flows.entrySet().stream()
        .filter(e -> e.getValue().equals(Optional.of(true)))
        .map(Map.Entry::getKey)
        .toList();
    reader.report(
        value,
        "must be a declared flow indicator (events add to monthly values)"
            + (flows.containsKey(id) ? "" : Suggestions.didYouMean(id, declaredFlows))
            + ", but was " + value.text());
    return false;
  }
}
