package dev.zhanwang.report;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.BitmapEncoder.BitmapFormat;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.VectorGraphicsEncoder.VectorGraphicsFormat;
import org.knowm.xchart.internal.chartpart.Chart;

/** The file formats a chart can be written in, each named by its file extension. */
public enum ChartFormat {
  /** Bitmap, for documents and slides. */
  PNG {
    @Override
    void save(Chart<?, ?> chart, OutputStream out) throws IOException {
      BitmapEncoder.saveBitmap(chart, out, BitmapFormat.PNG);
    }
  },
  /** Vector graphics, for print and zooming. */
  SVG {
    @Override
    void save(Chart<?, ?> chart, OutputStream out) throws IOException {
      VectorGraphicsEncoder.saveVectorGraphic(chart, out, VectorGraphicsFormat.SVG);
    }
  };

  /** The word for no charts at all in {@link #parse}. */
  public static final String NONE = "none";

  abstract void save(Chart<?, ?> chart, OutputStream out) throws IOException;

  /** The file extension and the name on the command line: {@code png}, {@code svg}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Every format, in the order a chart's files are written. */
  public static Set<ChartFormat> all() {
    return EnumSet.allOf(ChartFormat.class);
  }

  /**
   * Formats from a comma-separated list of labels ({@code png,svg}) or {@link #NONE}; empty when
   * the text names anything else.
   */
  public static Optional<Set<ChartFormat>> parse(String text) {
    if (text.strip().equals(NONE)) {
      return Optional.of(EnumSet.noneOf(ChartFormat.class));
    }
    Set<ChartFormat> formats = EnumSet.noneOf(ChartFormat.class);
    for (String label : text.split(",", -1)) {
      Optional<ChartFormat> format =
          Arrays.stream(values()).filter(f -> f.label().equals(label.strip())).findFirst();
      if (format.isEmpty()) {
        return Optional.empty();
      }
      formats.add(format.get());
    }
    return Optional.of(formats);
  }

  /** What {@link #parse} accepts, for messages. */
  public static String choices() {
    List<String> labels = new ArrayList<>(
        Arrays.stream(values()).map(ChartFormat::label).collect(Collectors.toList()));
    labels.add(NONE);
    return "a comma-separated list of " + String.join(", ", labels.subList(0, labels.size() - 1))
        + ", or " + NONE;
  }

  /** {@code .png and .svg}, for the lines saying what was written. */
  static String extensions(Set<ChartFormat> formats) {
    return formats.stream().map(f -> "." + f.label()).collect(Collectors.joining(" and "));
  }
}
