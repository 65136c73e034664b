package dev.zhanwang.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a run's {@code --charts} option chooses among the outputs meant for reading rather than
 * for further work: chart files in each {@link ChartFormat}, the HTML report, the Excel workbook.
 * Tables (CSV) and the manifest are always written.
 *
 * @param images the formats chart files are written in; empty for none
 * @param html whether to write the HTML report
 * @param xlsx whether to write the Excel workbook
 */
public record OutputChoice(Set<ChartFormat> images, boolean html, boolean xlsx) {
  /** {@code --charts}'s default: PNG charts, the HTML report and the workbook, not SVG. */
  public static final String DEFAULT = "png,html,xlsx";

  /** The word for none of these in {@link #parse}. */
  public static final String NONE = "none";

  private static final String HTML = "html";
  private static final String XLSX = "xlsx";

  public OutputChoice {
    Set<ChartFormat> copy = EnumSet.noneOf(ChartFormat.class);
    copy.addAll(images);
    images = Collections.unmodifiableSet(copy);
  }

  /** Chart files in these formats and nothing else of this kind. */
  public static OutputChoice images(Set<ChartFormat> images) {
    return new OutputChoice(images, false, false);
  }

  /** Tables and manifest alone. */
  public static OutputChoice none() {
    return images(Set.of());
  }

  /**
   * The choice named by a comma-separated list ({@code png,svg,html,xlsx}, any subset, any order)
   * or {@link #NONE}; empty when the text names anything else, or {@code none} with others.
   */
  public static Optional<OutputChoice> parse(String text) {
    if (text.strip().equals(NONE)) {
      return Optional.of(none());
    }
    Set<ChartFormat> images = EnumSet.noneOf(ChartFormat.class);
    boolean html = false;
    boolean xlsx = false;
    for (String word : text.split(",", -1)) {
      String label = word.strip();
      Optional<ChartFormat> format = Arrays.stream(ChartFormat.values())
          .filter(f -> f.label().equals(label))
          .findFirst();
      if (format.isPresent()) {
        images.add(format.get());
      } else if (label.equals(HTML)) {
        html = true;
      } else if (label.equals(XLSX)) {
        xlsx = true;
      } else {
        return Optional.empty();
      }
    }
    return Optional.of(new OutputChoice(images, html, xlsx));
  }

  /** What {@link #parseImages} accepts, for messages. */
  public static final String IMAGE_CHOICES = "png, svg, png,svg or none";

  /**
   * The chart formats named by {@code text}, for commands that write charts but no report or
   * workbook: as {@link #parse}, and empty when the text also names {@code html} or {@code xlsx}.
   */
  public static Optional<Set<ChartFormat>> parseImages(String text) {
    return parse(text).filter(choice -> !choice.html() && !choice.xlsx()).map(OutputChoice::images);
  }

  /** What {@link #parse} accepts, for messages. */
  public static String choices() {
    List<String> labels = new ArrayList<>();
    Arrays.stream(ChartFormat.values()).forEach(f -> labels.add(f.label()));
    labels.addAll(List.of(HTML, XLSX));
    return "a comma-separated list of " + String.join(", ", labels) + ", or " + NONE;
  }
}
