package dev.zhanwang.fuzz;

import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Changes of a file's bytes after its text is final: the encodings and line endings a planner's
 * Windows and Excel produce, byte-order marks, invalid UTF-8 and truncation.
 */
final class ByteChanges {
  private ByteChanges() {}

  record Named(String name, UnaryOperator<byte[]> change) {}

  static final List<Named> ENCODINGS = List.of(
      new Named("GB18030", b -> reencode(b, Charset.forName("GB18030"))),
      new Named("GBK", b -> reencode(b, Charset.forName("GBK"))),
      new Named(
          "UTF-16LE with BOM",
          b -> concat(
              new byte[] {(byte) 0xFF, (byte) 0xFE}, reencode(b, StandardCharsets.UTF_16LE))),
      new Named("UTF-16BE without BOM", b -> reencode(b, StandardCharsets.UTF_16BE)),
      new Named("UTF-16 (BOM, big-endian)", b -> reencode(b, StandardCharsets.UTF_16)),
      new Named("UTF-8 BOM", b -> concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, b)),
      new Named(
          "two UTF-8 BOMs",
          b -> concat(
              new byte[] {
                (byte) 0xEF, (byte) 0xBB, (byte) 0xBF, (byte) 0xEF, (byte) 0xBB, (byte) 0xBF
              },
              b)),
      new Named("CRLF line endings", b -> replaceText(b, "\n", "\r\n")),
      new Named("CR line endings", b -> replaceText(b, "\n", "\r")),
      new Named("ISO-8859-1", b -> reencode(b, StandardCharsets.ISO_8859_1)),
      new Named("UTF-32", b -> reencode(b, Charset.forName("UTF-32"))),
      new Named("a stray 0xFF byte", b -> insert(b, b.length / 2, new byte[] {(byte) 0xFF})),
      new Named("a lone UTF-8 lead byte", b -> insert(b, b.length / 3, new byte[] {(byte) 0xE5})),
      new Named(
          "an overlong NUL (C0 80)",
          b -> insert(b, b.length / 4, new byte[] {(byte) 0xC0, (byte) 0x80})),
      new Named("a NUL byte", b -> insert(b, b.length / 2, new byte[] {0})),
      new Named(
          "CRLF and UTF-8 BOM (Excel)",
          b -> concat(
              new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, replaceText(b, "\n", "\r\n"))),
      new Named(
          "no final newline",
          b -> b.length > 0 && b[b.length - 1] == '\n' ? Arrays.copyOf(b, b.length - 1) : b),
      new Named("emptied", b -> new byte[0]));

  /** Cut after {@code at} bytes (modulo the length), possibly inside a multi-byte character. */
  static Named truncate(int at) {
    return new Named(
        "truncated at byte " + at + " (of the length)",
        b -> Arrays.copyOf(b, b.length == 0 ? 0 : Math.floorMod(at, b.length)));
  }

  private static byte[] reencode(byte[] utf8, Charset to) {
    return new String(utf8, StandardCharsets.UTF_8).getBytes(to);
  }

  private static byte[] replaceText(byte[] utf8, String from, String to) {
    return new String(utf8, StandardCharsets.UTF_8)
        .replace(from, to)
        .getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] concat(byte[] a, byte[] b) {
    return ByteBuffer.allocate(a.length + b.length).put(a).put(b).array();
  }

  private static byte[] insert(byte[] b, int at, byte[] what) {
    return ByteBuffer.allocate(b.length + what.length)
        .put(b, 0, at)
        .put(what)
        .put(b, at, b.length - at)
        .array();
  }
}
