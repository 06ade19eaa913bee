package org.civiclab.examples.seeds;

import org.civiclab.core.InvalidInputException;
import org.civiclab.core.model.LocalizedText;

/** Shorthand for the seed programs' texts in several languages. */
final class Texts {

  private Texts() {}

  /**
   * A text in its original language with translations.
   *
   * @param original the language the organiser wrote in
   * @param text the text in that language
   * @param translations pairs of language tag and text
   * @return the localized text
   */
  static LocalizedText of(String original, String text, String... translations) {
    if (translations.length % 2 != 0) {
      throw InvalidInputException.of("translations", "expected language/text pairs, got "
          + translations.length + " values");
    }
    LocalizedText out = LocalizedText.of(original, text);
    for (int i = 0; i < translations.length; i += 2) {
      out = out.with(translations[i], translations[i + 1]);
    }
    return out;
  }
}
