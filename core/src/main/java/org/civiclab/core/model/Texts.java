package org.civiclab.core.model;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.Optional;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * The text domain: which texts and ids every CivicLab store can keep, and how texts are shown
 * in messages.
 *
 * <p>Every text the model holds (names, titles, descriptions, notes, e-mail addresses, places,
 * the values of a {@link LocalizedText}, every {@code String} of every value type) is checked
 * against these rules when its value is built, so that what one store accepts every other store
 * can keep and read back equal. A text is in the domain when
 * <ul>
 *   <li>it is at most {@value #MAX_TEXT_LENGTH} UTF-16 characters long ({@code String.length()};
 *       a supplementary character such as 𝔸 or an emoji counts two), the longest string the JSON
 *       reader accepts;</li>
 *   <li>it holds no control character U+0000 to U+001F other than tab (U+0009) and newline
 *       (U+000A): NUL is refused by PostgreSQL, and the others corrupt terminals and logs;</li>
 *   <li>every surrogate is part of a pair: a lone surrogate is not a character and cannot be
 *       written as UTF-8.</li>
 * </ul>
 * Any other character is allowed: every script, supplementary characters, combining marks.
 *
 * <p>An id ({@link TypedId}) is 1 to {@value #MAX_ID_CODE_POINTS} letters, digits or
 * {@code . _ : -}, starting with a letter or digit, and at most {@value #MAX_ID_UTF8_BYTES}
 * bytes in UTF-8 (the width of the id columns of the JDBC stores). Ids are compared exactly:
 * {@code A1} and {@code a1} are different ids.
 *
 * <p>{@link #quote(String)} shows a text in a message with control, format and lone surrogate
 * characters escaped as {@code \}{@code uXXXX}, so that a message never carries what it
 * complains about to a terminal. All methods take time linear in the text's length and are
 * thread-safe.
 */
@API(status = STABLE, since = "0.1.0")
public final class Texts {

  /** The longest text, in UTF-16 characters: 65,536, the JSON reader's string limit. */
  public static final int MAX_TEXT_LENGTH = 1 << 16;

  /** The longest id, in code points. */
  public static final int MAX_ID_CODE_POINTS = 128;

  /** The longest id, in bytes of its UTF-8 encoding. */
  public static final int MAX_ID_UTF8_BYTES = 128;

  /** Letters and digits (any script), then also {@code . _ : -}; 1 to 128 code points. */
  private static final Pattern ID_FORM =
      Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}._:-]{0,127}");

  /** How many characters of an offending text a message shows before it cuts it off. */
  private static final int QUOTE_LENGTH = 60;

  private Texts() {}

  /**
   * Says what keeps a text out of the domain, if anything.
   *
   * <p>The reason names the limit and the first offending character, escaped, with its
   * 0-based UTF-16 index; it never contains the offending character itself.
   *
   * @param text the text
   * @return empty when the text is in the domain, else why not
   */
  public static Optional<String> problem(String text) {
    if (text.length() > MAX_TEXT_LENGTH) {
      return Optional.of(String.format(java.util.Locale.ROOT,
          "text of %,d characters is longer than the limit of %,d UTF-16 characters",
          text.length(), MAX_TEXT_LENGTH));
    }
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      if (ch < 0x20) {
        if (ch != '\t' && ch != '\n') {
          return Optional.of("contains the control character " + escape(ch) + " at index " + i
              + "; a text may hold tab and newline but no other character U+0000 to U+001F");
        }
      } else if (Character.isHighSurrogate(ch)) {
        if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
          i++;
        } else {
          return loneSurrogate(ch, i);
        }
      } else if (Character.isLowSurrogate(ch)) {
        return loneSurrogate(ch, i);
      }
    }
    return Optional.empty();
  }

  /**
   * @param text the text
   * @return whether the text is in the domain
   */
  public static boolean isValid(String text) {
    return problem(text).isEmpty();
  }

  /**
   * The number of bytes of a text's UTF-8 encoding, counted without encoding it; a lone
   * surrogate counts as the three bytes of its replacement character.
   *
   * @param text the text
   * @return its UTF-8 length in bytes
   */
  public static int utf8Length(String text) {
    int bytes = 0;
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      if (ch < 0x80) {
        bytes += 1;
      } else if (ch < 0x800) {
        bytes += 2;
      } else if (Character.isHighSurrogate(ch) && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        bytes += 4;
        i++;
      } else {
        bytes += 3;
      }
    }
    return bytes;
  }

  /**
   * A text for a message: in single quotes, with every control character, format character
   * (such as a bidirectional override), line or paragraph separator and lone surrogate written
   * as {@code \}{@code uXXXX}, and cut off after 60 characters with the full length added.
   *
   * @param text any text, in the domain or not
   * @return the text as it may be printed
   */
  public static String quote(String text) {
    StringBuilder out = new StringBuilder(Math.min(text.length(), QUOTE_LENGTH) + 8).append('\'');
    int shown = Math.min(text.length(), QUOTE_LENGTH);
    for (int i = 0; i < shown; i++) {
      char ch = text.charAt(i);
      if (Character.isHighSurrogate(ch) && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        out.append(ch).append(text.charAt(i + 1));
        i++;
      } else if (needsEscape(ch)) {
        out.append(escape(ch));
      } else {
        out.append(ch);
      }
    }
    out.append('\'');
    if (shown < text.length()) {
      out.append(String.format(java.util.Locale.ROOT, "... (%,d characters)", text.length()));
    }
    return out.toString();
  }

  /**
   * Says what keeps a text from being an id, if anything.
   *
   * @param value the id's text
   * @return empty when the text is a valid id, else why not (naming the limits)
   */
  public static Optional<String> idProblem(String value) {
    if (value.length() > 2 * MAX_ID_CODE_POINTS || !ID_FORM.matcher(value).matches()) {
      return Optional.of("use 1 to " + MAX_ID_CODE_POINTS + " letters, digits or . _ : -"
          + " starting with a letter or digit, at most " + MAX_ID_UTF8_BYTES + " bytes in UTF-8");
    }
    int bytes = utf8Length(value);
    if (bytes > MAX_ID_UTF8_BYTES) {
      return Optional.of("it is " + bytes + " bytes in UTF-8, more than the limit of "
          + MAX_ID_UTF8_BYTES + " bytes (letters outside ASCII take 2 to 4 bytes each)");
    }
    return Optional.empty();
  }

  private static Optional<String> loneSurrogate(char ch, int index) {
    return Optional.of("contains a lone surrogate " + escape(ch) + " at index " + index
        + "; a text may hold only whole characters");
  }

  private static boolean needsEscape(char ch) {
    if (Character.isISOControl(ch) || Character.isSurrogate(ch)) {
      return true;
    }
    int type = Character.getType(ch);
    return type == Character.FORMAT || type == Character.LINE_SEPARATOR
        || type == Character.PARAGRAPH_SEPARATOR;
  }

  private static String escape(char ch) {
    return String.format(java.util.Locale.ROOT, "\\u%04x", (int) ch);
  }
}
