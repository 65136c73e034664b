package dev.zhanwang.report;

import de.erichseifert.vectorgraphics2d.VectorGraphics2D;
import de.erichseifert.vectorgraphics2d.svg.SVGProcessor;
import de.erichseifert.vectorgraphics2d.util.PageSize;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The file formats a chart can be written in, each named by its file extension. */
public enum ChartFormat {
  /** Bitmap, for documents and slides; the default. */
  PNG {
    @Override
    void save(Figure figure, OutputStream out) throws IOException {
      BufferedImage image = Canvas.cleared(figure.width(), figure.height());
      Graphics2D g = antialiased(image);
      try {
        figure.paint(g);
      } finally {
        g.dispose();
      }
      PngEncoder.write(image, out);
    }
  },
  /** Vector graphics, for print and zooming; on request, as it takes longer to write. */
  SVG {
    @Override
    void save(Figure figure, OutputStream out) throws IOException {
      VectorGraphics2D g = new VectorGraphics2D();
      figure.paint(g);
      new SVGProcessor()
          .getDocument(g.getCommands(), new PageSize(0, 0, figure.width(), figure.height()))
          .writeTo(out);
    }
  };

  abstract void save(Figure figure, OutputStream out) throws IOException;

  /** A graphics context on {@code image} that smooths shapes and text, as PNG charts are drawn. */
  static Graphics2D antialiased(BufferedImage image) {
    Graphics2D g = image.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(
        RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    return g;
  }

  /**
   * One image per size and thread, drawn on again for the next chart: a new one per chart (3 MB
   * for a fan) made the JVM take fresh memory for each, which costs more than drawing on a
   * machine that hands out memory slowly. Cleared to black, as a new image is.
   */
  private static final class Canvas {
    private static final ThreadLocal<Map<Long, BufferedImage>> IMAGES =
        ThreadLocal.withInitial(HashMap::new);

    static BufferedImage cleared(int width, int height) {
      BufferedImage image = IMAGES
          .get()
          .computeIfAbsent(
              (long) width << 32 | height,
              size -> new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB));
      Arrays.fill(((DataBufferInt) image.getRaster().getDataBuffer()).getData(), 0);
      return image;
    }
  }

  /** The file extension and the name on the command line: {@code png}, {@code svg}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Every format, in the order a chart's files are written. */
  public static Set<ChartFormat> all() {
    return EnumSet.allOf(ChartFormat.class);
  }

  /** {@code .png and .svg}, for the lines saying what was written. */
  static String extensions(Set<ChartFormat> formats) {
    return formats.stream().map(f -> "." + f.label()).collect(Collectors.joining(" and "));
  }
}
