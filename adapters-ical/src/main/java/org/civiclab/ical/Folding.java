package org.civiclab.ical;

import java.nio.charset.StandardCharsets;

/**
 * Folds content lines at 75 octets, as RFC 5545 section 3.1 asks. ical4j folds at 75
 * characters, which lets lines in Georgian or Cyrillic (two or three octets a letter in UTF-8)
 * run to over 200 octets, so its output is unfolded and folded again here, never inside a
 * character.
 */
final class Folding {
  static final int LIMIT = 75;

  private Folding() {}

  /**
   * @param ics iCalendar text with CRLF line ends, folded or not
   * @return the same content with every physical line at most 75 octets in UTF-8
   */
  static String refold(String ics) {
    String unfolded = ics.replace("\r\n ", "").replace("\r\n\t", "");
    StringBuilder out = new StringBuilder(unfolded.length() + unfolded.length() / 50);
    int lineStart = 0;
    while (lineStart < unfolded.length()) {
      int end = unfolded.indexOf("\r\n", lineStart);
      if (end < 0) {
        end = unfolded.length();
      }
      foldLine(out, unfolded.substring(lineStart, end));
      out.append("\r\n");
      lineStart = end + 2;
    }
    return out.toString();
  }

  private static void foldLine(StringBuilder out, String line) {
    int octets = 0;
    for (int i = 0; i < line.length(); ) {
      int cp = line.codePointAt(i);
      int n = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
      if (octets + n > LIMIT) {
        out.append("\r\n ");
        octets = 1;
      }
      out.appendCodePoint(cp);
      octets += n;
      i += Character.charCount(cp);
    }
  }
}
