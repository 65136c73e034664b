package dev.zhanwang.report;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * Writes an RGB image as a PNG file, faster than ImageIO's writer: each row is filtered once, by
 * the "Up" filter (charts are mostly flat colour, so a row minus the row above is mostly zeros),
 * and deflated at the fastest level. ImageIO's writer tries every filter on every row and deflates
 * harder: on twenty fan-like charts it took about twice as long, for files about a fifth smaller.
 */
final class PngEncoder {
  private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
  private static final byte FILTER_UP = 2;

  private PngEncoder() {}

  /**
   * Writes {@code image}, which must be of {@link BufferedImage#TYPE_INT_RGB}, as an 8-bit RGB PNG.
   */
  static void write(BufferedImage image, OutputStream out) throws IOException {
    if (image.getType() != BufferedImage.TYPE_INT_RGB) {
      throw new IllegalArgumentException("expected TYPE_INT_RGB, but was " + image.getType());
    }
    int width = image.getWidth();
    int height = image.getHeight();
    int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
    DataOutputStream data = new DataOutputStream(out);
    data.write(SIGNATURE);
    byte[] header = new byte[13];
    putInt(header, 0, width);
    putInt(header, 4, height);
    header[8] = 8; // bits per sample
    header[9] = 2; // colour type: RGB
    chunk(data, "IHDR", header, header.length);
    Chunked idat = new Chunked(data);
    Deflater deflater = new Deflater(Deflater.BEST_SPEED);
    try (DeflaterOutputStream deflated = new DeflaterOutputStream(idat, deflater, 1 << 16)) {
      byte[] row = new byte[1 + 3 * width];
      row[0] = FILTER_UP;
      for (int y = 0; y < height; y++) {
        int at = y * width;
        for (int x = 0, o = 1; x < width; x++, o += 3) {
          int p = pixels[at + x];
          int above = y == 0 ? 0 : pixels[at - width + x];
          row[o] = (byte) ((p >> 16) - (above >> 16));
          row[o + 1] = (byte) ((p >> 8) - (above >> 8));
          row[o + 2] = (byte) (p - above);
        }
        deflated.write(row);
      }
    } finally {
      deflater.end();
    }
    chunk(data, "IEND", new byte[0], 0);
    data.flush();
  }

  private static void chunk(DataOutputStream out, String type, byte[] body, int length)
      throws IOException {
    byte[] name = type.getBytes(StandardCharsets.US_ASCII);
    CRC32 crc = new CRC32();
    crc.update(name);
    crc.update(body, 0, length);
    out.writeInt(length);
    out.write(name);
    out.write(body, 0, length);
    out.writeInt((int) crc.getValue());
  }

  private static void putInt(byte[] into, int at, int value) {
    into[at] = (byte) (value >>> 24);
    into[at + 1] = (byte) (value >>> 16);
    into[at + 2] = (byte) (value >>> 8);
    into[at + 3] = (byte) value;
  }

  /**
   * The deflated stream as IDAT chunks of up to 256 KB each, written as the buffer fills, so an
   * image never needs a second copy of its compressed bytes.
   */
  private static final class Chunked extends OutputStream {
    private final DataOutputStream out;
    private final byte[] buffer = new byte[1 << 18];
    private int used;

    Chunked(DataOutputStream out) {
      this.out = out;
    }

    @Override
    public void write(int b) throws IOException {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
      while (length > 0) {
        int n = Math.min(length, buffer.length - used);
        System.arraycopy(bytes, offset, buffer, used, n);
        used += n;
        offset += n;
        length -= n;
        if (used == buffer.length) {
          flushChunk();
        }
      }
    }

    @Override
    public void close() throws IOException {
      if (used > 0) {
        flushChunk();
      }
    }

    private void flushChunk() throws IOException {
      chunk(out, "IDAT", buffer, used);
      used = 0;
    }
  }
}
