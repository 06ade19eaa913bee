package org.civiclab.core.testing;

import java.util.List;
import org.civiclab.core.model.Texts;

/**
 * The edges of the text and id domain ({@link Texts}) that every store must keep exactly: for
 * the contract suites, shared with the adapters through core's test-jar.
 */
public final class DomainEdges {
  private DomainEdges() {}

  /** Texts with tab and newline, supplementary characters, several scripts, and the longest. */
  public static final List<String> TEXTS = List.of(
      "tab\tand\nnewline\n",
      "emoji 😀 👩‍👩‍👧 🇬🇪 and 𝔸𝔹 (supplementary)",
      "ქართული ენა — Georgian",
      "Русский язык и Ђорђе",
      "quotes \" ' ` \\ back\\slash, <tags> & {braces} %s $1 ; -- DROP",
      "\u007f DEL, \u0085 NEL, \u00a0 NBSP, \u200b ZWSP, \ufeff BOM, \uffff",
      longest());

  /** Ids at the edges: 128 UTF-8 bytes in several ways, the separators, case alone. */
  public static final List<String> IDS = List.of(
      "ა".repeat(42) + "17",
      "x".repeat(128),
      "𝔸".repeat(32),
      "Жж" + "ж".repeat(62),
      "a.b_c:d-e",
      "0:1.2_3-4",
      "Case-Sensitive",
      "case-sensitive",
      "CASE-SENSITIVE");

  /** @return a text of exactly {@link Texts#MAX_TEXT_LENGTH} UTF-16 characters, mixed scripts */
  public static String longest() {
    StringBuilder b = new StringBuilder(Texts.MAX_TEXT_LENGTH);
    String unit = "ა𝔸ж\tz\n";
    while (b.length() + unit.length() <= Texts.MAX_TEXT_LENGTH) {
      b.append(unit);
    }
    while (b.length() < Texts.MAX_TEXT_LENGTH) {
      b.append('y');
    }
    return b.toString();
  }
}
