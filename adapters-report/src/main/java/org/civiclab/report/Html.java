package org.civiclab.report;

import java.util.Locale;

/** A small HTML writer: text escaped once, in one place. Not thread-safe. */
final class Html {

  private final StringBuilder out = new StringBuilder(1 << 16);

  /**
   * Appends markup as is.
   *
   * @param markup trusted markup, never data
   * @return this
   */
  Html raw(String markup) {
    out.append(markup);
    return this;
  }

  /**
   * Appends text, escaped for element content and attribute values.
   *
   * @param text any text
   * @return this
   */
  Html text(String text) {
    escape(out, text);
    return this;
  }

  /**
   * Appends a number.
   *
   * @param n the number
   * @return this
   */
  Html num(long n) {
    out.append(n);
    return this;
  }

  /**
   * Appends text in an element with a language attribute when the text's script tells one.
   *
   * @param tag the element name
   * @param text the text
   * @return this
   */
  Html tagged(String tag, String text) {
    out.append('<').append(tag);
    String lang = scriptLanguage(text);
    if (!lang.isEmpty()) {
      out.append(" lang=\"").append(lang).append('"');
    }
    out.append('>');
    escape(out, text);
    out.append("</").append(tag).append('>');
    return this;
  }

  @Override
  public String toString() {
    return out.toString();
  }

  static String escape(String text) {
    StringBuilder b = new StringBuilder(text.length() + 8);
    escape(b, text);
    return b.toString();
  }

  static void escape(StringBuilder b, String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '<':
          b.append("&lt;");
          break;
        case '>':
          b.append("&gt;");
          break;
        case '&':
          b.append("&amp;");
          break;
        case '"':
          b.append("&quot;");
          break;
        case '\'':
          b.append("&#39;");
          break;
        default:
          if (c < 0x20 && c != '\n' && c != '\t') {
            b.append(' ');
          } else {
            b.append(c);
          }
      }
    }
  }

  /**
   * The language a text's script makes certain: Georgian (Mkhedruli) is written only for
   * Georgian here; other scripts (Cyrillic serves several languages) tell nothing.
   *
   * @param text a text
   * @return a BCP 47 tag, or empty
   */
  static String scriptLanguage(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 0x10A0 && c <= 0x10FF) {
        return "ka";
      }
    }
    return "";
  }

  /**
   * A CSS-safe class name from free words.
   *
   * @param words words
   * @return lower case letters, digits and dashes
   */
  static String slug(String words) {
    return words.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
  }
}
