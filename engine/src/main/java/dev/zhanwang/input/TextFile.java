package dev.zhanwang.input;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The text of a user's input file, decoded the way planners' files come: UTF-8 (with or without
 * a byte order mark), UTF-16 with a byte order mark (Notepad's "Unicode"), and GB18030, the
 * superset of GBK that Excel and Notepad on Chinese Windows save in by default. A file that is
 * not valid UTF-8 but decodes cleanly as GB18030 is read as GB18030, and a warning says so.
 *
 * <p>Reading never runs away: a path that is a folder, a device or a pipe is refused before it is
 * opened, and a file over its size {@link Limit} before it is read. Messages never quote the
 * file's content: a scenario that names a password file as data must not print its first line.
 */
public final class TextFile {
  /** GB18030: the standard Chinese encoding, of which GBK and GB2312 are subsets. */
  static final Charset GB18030 = Charset.forName("GB18030");

  private TextFile() {}

  /**
   * Why {@code file} cannot be read as an input file, to follow its name in a message: it
   * "does not exist", "is a folder", "is not a regular file (...)" or "may not be read (...)".
   */
  public static Optional<String> unusable(Path file) {
    if (Files.isDirectory(file)) {
      return Optional.of("is a folder");
    }
    if (!Files.exists(file)) {
      return Optional.of("does not exist");
    }
    if (!Files.isRegularFile(file)) {
      return Optional.of("is not a regular file (a device, pipe or socket)");
    }
    if (!Files.isReadable(file)) {
      return Optional.of("may not be read (permission denied)");
    }
    return Optional.empty();
  }

  /**
   * The decoded text of {@code file}, without a byte order mark.
   *
   * @param size the limit on the file's bytes
   * @param warnings receives one warning when the file was read as GB18030
   * @throws InvalidInputException when the file is unusable, too large, or not text in one of
   *     the encodings above
   */
  public static String read(Path file, Limit size, Consumer<Problem> warnings) {
    unusable(file).ifPresent(why -> {
      throw new InvalidInputException(
          Problem.ofFile(file, "must be a readable file, but it " + why));
    });
    byte[] bytes = bytes(file, size);
    String text = decode(file, bytes, warnings);
    int nul = text.indexOf('\0');
    if (nul >= 0) {
      throw new InvalidInputException(new Problem(
          file,
          lineAt(text, nul),
          0,
          "",
          "must be text, but holds a NUL character (is it a binary file, or UTF-16 without a byte"
              + " order mark?)"));
    }
    return text;
  }

  /** At most the limit's bytes; more (whatever the file system says of its size) is refused. */
  private static byte[] bytes(Path file, Limit size) {
    try {
      long declared = Files.size(file);
      if (!size.allows(declared)) {
        throw new InvalidInputException(Problem.ofFile(file, size.exceeded(declared)));
      }
      try (InputStream in = Files.newInputStream(file)) {
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, size.value() + 1));
        if (!size.allows(bytes.length)) {
          throw new InvalidInputException(Problem.ofFile(file, size.exceeded()));
        }
        return bytes;
      }
    } catch (AccessDeniedException e) {
      throw new InvalidInputException(Problem.ofFile(
          file, "must be a readable file, but it may not be read (permission denied)"));
    } catch (IOException e) {
      throw new InvalidInputException(Problem.ofFile(
          file,
          "must be a readable file, but reading failed (" + e.getClass().getSimpleName() + ")"));
    }
  }

  private static String decode(Path file, byte[] bytes, Consumer<Problem> warnings) {
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      return strict(file, bytes, 3, StandardCharsets.UTF_8);
    }
    if (startsWith(bytes, 0xFF, 0xFE)) {
      return strict(file, bytes, 2, StandardCharsets.UTF_16LE);
    }
    if (startsWith(bytes, 0xFE, 0xFF)) {
      return strict(file, bytes, 2, StandardCharsets.UTF_16BE);
    }
    try {
      return decoder(StandardCharsets.UTF_8).decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException notUtf8) {
      try {
        String text = decoder(GB18030).decode(ByteBuffer.wrap(bytes)).toString();
        warnings.accept(Problem.ofFile(
            file,
            "read as GB18030 (the Chinese encoding Excel and"
                + " Notepad use on Chinese Windows), as it is not UTF-8"));
        return text;
      } catch (CharacterCodingException notGb18030) {
        return strict(file, bytes, 0, StandardCharsets.UTF_8);
      }
    }
  }

  /** The bytes from {@code offset} in {@code charset}; a problem at the first line that fails. */
  private static String strict(Path file, byte[] bytes, int offset, Charset charset) {
    ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CharsetDecoder decoder = decoder(charset);
    if (decoder.decode(in, out, true).isError() || decoder.flush(out).isError()) {
      out.flip();
      int line = lineAt(out, out.length());
      throw new InvalidInputException(new Problem(
          file,
          line,
          0,
          "",
          offset > 0
              ? "must be text in " + charset.name() + ", as its byte order mark says, but line "
                  + line + " is not"
              : "must be text in UTF-8 or GB18030, but line " + line + " is in neither (save the"
                  + " file as UTF-8)"));
    }
    out.flip();
    return out.toString();
  }

  private static CharsetDecoder decoder(Charset charset) {
    return charset
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  /** The 1-based line of the character at {@code index}. */
  private static int lineAt(CharSequence text, int index) {
    int line = 1;
    for (int i = 0; i < index; i++) {
      if (text.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }
}
