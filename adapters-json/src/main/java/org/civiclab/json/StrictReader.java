package org.civiclab.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.ContentReference;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The characters of a document for Jackson, checked on the way: bytes are decoded as strict
 * UTF-8 (an optional UTF-8 byte order mark is skipped; UTF-16 and UTF-32, with or without a
 * byte order mark, are refused; every malformed, overlong, surrogate or out-of-range sequence
 * is refused), and text that was decoded already must pair its surrogates.
 *
 * <p>Jackson is always handed characters, never bytes, so that its own detection of UTF-16
 * and UTF-32 never applies. A refusal is an {@link EncodingException} at the line and column
 * (in characters, as Jackson counts them) where the bad input starts, plus its byte offset
 * when the input was bytes. The reader streams through fixed buffers: a document is never
 * held whole. A limit on the number of bytes applies to byte input.
 */
final class StrictReader extends Reader {
  private static final int BUFFER = 1 << 13;

  /** A refusal of the input's encoding, positioned where the bad input starts. */
  static final class EncodingException extends JsonProcessingException {
    private static final long serialVersionUID = 1L;

    EncodingException(String message, JsonLocation at) {
      super(message, at);
    }
  }

  /** A document longer than the byte limit. */
  static final class TooLongException extends StreamConstraintsException {
    private static final long serialVersionUID = 1L;

    TooLongException(String message, JsonLocation at) {
      super(message, at);
    }
  }

  // One of the two inputs is read: the other is an empty stand-in that is never used.
  private final InputStream bytesIn;
  private final Reader charsIn;
  private final long maxBytes;
  /** The UTF-8 decoder for byte input; null for text input. */
  private final @Nullable CharsetDecoder decoder;
  /** The bytes read and not yet decoded; empty for text input. */
  private final ByteBuffer bytes;
  private final CharBuffer chars;

  /** Bytes that have left {@link #bytes}: the offset of its position 0 in the input. */
  private long bytesBefore;
  private boolean eof;
  /** Whether the byte input has ended. */
  private boolean bytesDone;
  private boolean started;
  private @Nullable JsonProcessingException pending;

  // the position just after the last character handed out
  private int line = 1;
  private int column = 1;
  private long charOffset;
  private char last;
  /** A high surrogate handed out whose low surrogate is still to come (text input only). */
  private boolean openHigh;
  private char openChar;
  private int openLine;
  private int openColumn;
  private long openOffset;

  private StrictReader(@Nullable InputStream bytesIn, @Nullable Reader charsIn, long maxBytes) {
    this.bytesIn = bytesIn != null ? bytesIn : InputStream.nullInputStream();
    this.charsIn = charsIn != null ? charsIn : Reader.nullReader();
    this.maxBytes = maxBytes;
    if (bytesIn != null) {
      this.decoder = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT);
      this.bytes = ByteBuffer.allocate(BUFFER);
      this.bytes.flip();
    } else {
      this.decoder = null;
      this.bytes = ByteBuffer.allocate(0);
    }
    this.chars = CharBuffer.allocate(BUFFER);
    this.chars.flip();
  }

  /**
   * Decodes bytes as strict UTF-8.
   *
   * @param in the bytes; not closed by this reader
   * @param maxBytes the most bytes read, or -1 for no limit
   * @return the reader
   */
  static StrictReader utf8(InputStream in, long maxBytes) {
    return new StrictReader(in, null, maxBytes);
  }

  /**
   * Checks text that was decoded already: surrogates must come in pairs.
   *
   * @param in the text; not closed by this reader
   * @return the reader
   */
  static StrictReader text(Reader in) {
    return new StrictReader(null, in, -1);
  }

  /** @return a reader of a string, checked like {@link #text(Reader)} */
  static StrictReader text(String s) {
    return text(new StringReader(s));
  }

  @Override
  public int read(char[] out, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    while (!chars.hasRemaining()) {
      if (pending != null) {
        throw pending;
      }
      if (eof) {
        if (openHigh) {
          throw new EncodingException("a lone high surrogate U+" + code(openChar)
              + " (a character cut in half) ends the text", location(openLine, openColumn, -1, openOffset));
        }
        return -1;
      }
      fill();
    }
    int n = Math.min(len, chars.remaining());
    chars.get(out, off, n);
    track(out, off, n);
    return n;
  }

  /** Updates the position over characters handed out; checks surrogates of text input. */
  private void track(char[] out, int off, int n) throws EncodingException {
    for (int i = off; i < off + n; i++) {
      char c = out[i];
      if (decoder == null) {
        if (openHigh && !Character.isLowSurrogate(c)) {
          throw new EncodingException("a lone high surrogate U+" + code(openChar) + " (a character"
              + " cut in half)", location(openLine, openColumn, -1, openOffset));
        }
        if (Character.isLowSurrogate(c) && !openHigh) {
          throw new EncodingException("a lone low surrogate U+" + code(c) + " (a character cut"
              + " in half)", location(line, column, -1, charOffset));
        }
        if (Character.isHighSurrogate(c)) {
          openHigh = true;
          openChar = c;
          openLine = line;
          openColumn = column;
          openOffset = charOffset;
        } else {
          openHigh = false;
        }
      }
      if (c == '\n') {
        if (last != '\r') {
          line++;
        }
        column = 1;
      } else if (c == '\r') {
        line++;
        column = 1;
      } else {
        column++;
      }
      last = c;
      charOffset++;
    }
  }

  private static String code(char c) {
    return String.format(Locale.ROOT, "%04X", (int) c);
  }

  /** Produces more characters into {@link #chars}, or sets {@link #eof} or {@link #pending}. */
  private void fill() throws IOException {
    chars.clear();
    try {
      if (decoder == null) {
        int n = charsIn.read(chars.array(), 0, chars.capacity());
        chars.position(Math.max(0, n));
        if (n < 0) {
          eof = true;
        } else if (!started && n > 0) {
          started = true;
          if (chars.get(0) == '\uFEFF') {
            // a byte order mark that survived decoding: not part of the document
            System.arraycopy(chars.array(), 1, chars.array(), 0, n - 1);
            chars.position(n - 1);
          }
        }
        return;
      }
      decode(decoder);
    } finally {
      chars.flip();
    }
  }

  private void decode(CharsetDecoder utf8) throws IOException {
    while (chars.position() == 0 && pending == null && !eof) {
      if (bytes.remaining() < 4) {
        readBytes();
      }
      if (!started) {
        started = true;
        if (!checkStart()) {
          return;
        }
      }
      boolean end = bytesDone;
      CoderResult result = utf8.decode(bytes, chars, end);
      if (result.isError()) {
        pending = refusal(result.length());
        return;
      }
      if (end && result.isUnderflow()) {
        utf8.flush(chars);
        eof = true;
      }
    }
  }

  /** Reads more bytes after those left in the buffer; @return false at the end of input. */
  private boolean readBytes() throws IOException {
    if (bytesDone) {
      return false;
    }
    bytesBefore += bytes.position();
    bytes.compact();
    int n;
    try {
      n = bytesIn.read(bytes.array(), bytes.position(), bytes.remaining());
    } finally {
      bytes.flip();
    }
    if (n < 0) {
      bytesDone = true;
      return false;
    }
    bytes.limit(bytes.limit() + n);
    if (maxBytes >= 0 && bytesBefore + bytes.limit() > maxBytes) {
      throw new TooLongException("Document length exceeds the maximum allowed (" + maxBytes
          + " bytes)", location(line, column, maxBytes, charOffset));
    }
    return true;
  }

  /**
   * Skips a UTF-8 byte order mark and refuses the signs of UTF-16 and UTF-32.
   *
   * @return whether decoding may go on
   */
  private boolean checkStart() throws IOException {
    while (bytes.remaining() < 4 && readBytes()) {
      // a short read: collect the first four bytes if there are so many
    }
    int n = bytes.remaining();
    int b0 = n > 0 ? bytes.get(0) & 0xff : -1;
    int b1 = n > 1 ? bytes.get(1) & 0xff : -1;
    int b2 = n > 2 ? bytes.get(2) & 0xff : -1;
    int b3 = n > 3 ? bytes.get(3) & 0xff : -1;
    String other = null;
    if (b0 == 0xEF && b1 == 0xBB && b2 == 0xBF) {
      bytes.position(3);
      return true;
    } else if (b0 == 0 && b1 == 0 && b2 == 0xFE && b3 == 0xFF) {
      other = "UTF-32 (big-endian byte order mark 00 00 FE FF)";
    } else if (b0 == 0xFF && b1 == 0xFE && b2 == 0 && b3 == 0) {
      other = "UTF-32 (little-endian byte order mark FF FE 00 00)";
    } else if (b0 == 0xFE && b1 == 0xFF) {
      other = "UTF-16 (big-endian byte order mark FE FF)";
    } else if (b0 == 0xFF && b1 == 0xFE) {
      other = "UTF-16 (little-endian byte order mark FF FE)";
    } else if (n >= 4 && (b0 == 0 || b1 == 0 || b2 == 0 || b3 == 0) && b0 < 0x80
        && b1 < 0x80 && b2 < 0x80 && b3 < 0x80) {
      other = b0 == 0 && b1 == 0 && b2 == 0 || b1 == 0 && b2 == 0 && b3 == 0
          ? "UTF-32 (zero bytes between the characters)"
          : "UTF-16 (zero bytes between the characters)";
    } else if (n >= 2 && n < 4 && (b0 == 0 || b1 == 0)) {
      other = "UTF-16 (zero bytes between the characters)";
    }
    if (other != null) {
      pending = new EncodingException("the document looks like " + other
          + "; CivicLab documents are UTF-8", location(1, 1, 0, 0));
      return false;
    }
    return true;
  }

  private EncodingException refusal(int length) {
    int at = bytes.position();
    StringBuilder seq = new StringBuilder();
    for (int i = 0; i < length && at + i < bytes.limit(); i++) {
      seq.append(i == 0 ? "" : " ").append(String.format(Locale.ROOT, "%02X",
          bytes.get(at + i) & 0xff));
    }
    int first = bytes.get(at) & 0xff;
    int second = at + 1 < bytes.limit() ? bytes.get(at + 1) & 0xff : -1;
    String why;
    if (first >= 0x80 && first < 0xC0) {
      why = "a continuation byte without a lead byte";
    } else if (first == 0xC0 || first == 0xC1 || first == 0xE0 && second >= 0 && second < 0xA0
        || first == 0xF0 && second >= 0 && second < 0x90) {
      why = "an overlong encoding";
    } else if (first == 0xED && second >= 0xA0) {
      why = "an encoded surrogate";
    } else if (first > 0xF4 || first == 0xF4 && second >= 0x90) {
      why = "beyond U+10FFFF";
    } else if (at + length >= bytes.limit() && bytesDone) {
      why = "a sequence cut off by the end of the document";
    } else {
      why = "an incomplete sequence";
    }
    long offset = bytesBefore + at;
    return new EncodingException("the document is not valid UTF-8: byte" + (length > 1 ? "s " : " ")
        + seq + " at byte offset " + offset + " (" + why + ")",
        location(line + linesIn(), columnAfter(), offset, charOffset + chars.position()));
  }

  /** Line breaks among the decoded characters not yet handed out. */
  private int linesIn() {
    int lines = 0;
    char prev = last;
    for (int i = 0; i < chars.position(); i++) {
      char c = chars.get(i);
      if (c == '\r' || c == '\n' && prev != '\r') {
        lines++;
      }
      prev = c;
    }
    return lines;
  }

  /** The column after the decoded characters not yet handed out. */
  private int columnAfter() {
    int col = column;
    for (int i = 0; i < chars.position(); i++) {
      char c = chars.get(i);
      col = c == '\n' || c == '\r' ? 1 : col + 1;
    }
    return col;
  }

  private static JsonLocation location(int line, int column, long byteOffset, long charOffset) {
    return new JsonLocation(ContentReference.unknown(), byteOffset, charOffset, line, column);
  }

  /** Does not close the underlying input; the caller owns it. */
  @Override
  public void close() {
    // the caller closes the stream it passed
  }
}
