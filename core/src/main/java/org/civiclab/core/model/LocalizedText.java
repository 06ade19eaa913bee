package org.civiclab.core.model;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;
import org.civiclab.core.internal.Checks;
import org.immutables.value.Value;

/**
 * A text in one or more languages, such as a program title in Swedish and English, or in
 * English and Bulgarian.
 *
 * <p>Languages are BCP 47 tags ({@code sv}, {@code bs}, {@code bg}, {@code ka}, {@code en});
 * texts may be in any script and are kept exactly as given. One language is the original, the
 * one the organiser wrote in; lookups in a missing language fall back to it. Immutable.
 *
 * <p>Each text must have a visible character and lie in CivicLab's text domain ({@link Texts}):
 * at most 65,536 UTF-16 characters; tab and newline allowed, no other control character
 * U+0000 to U+001F; no lone surrogate. Any script and any supplementary character (𝔸, emoji)
 * is fine. A text outside the domain is refused with the path {@code texts.LANGUAGE}.
 */
@Value.Immutable
@API(status = STABLE, since = "0.1.0")
public abstract class LocalizedText implements WithLocalizedText {

  /** @return the language the text was originally written in */
  public abstract String original();

  /** @return the text per language tag, including the original language */
  public abstract ImmutableMap<String, String> texts();

  /** @return a fresh builder */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@code LocalizedText} values; {@code from(...)} starts from an existing one.
   *
   * <p>{@code build()} checks the value's invariants and throws
   * {@link org.civiclab.core.InvalidInputException} naming every required attribute not set.
   */
  public static class Builder extends ImmutableLocalizedText.Builder {
    Builder() {}
  }

  /**
   * A text in a single language.
   *
   * @param language the language tag
   * @param text the text
   * @return the localized text
   */
  public static LocalizedText of(String language, String text) {
    return builder().original(language).putText(language, text).build();
  }

  /**
   * The same text with a translation added or replaced.
   *
   * @param language the translation's language tag
   * @param text the translation
   * @return a new localized text
   */
  public LocalizedText with(String language, String text) {
    ImmutableMap.Builder<String, String> all = ImmutableMap.builder();
    texts().forEach((l, t) -> {
      if (!l.equals(language)) {
        all.put(l, t);
      }
    });
    all.put(language, text);
    return withTexts(all.build());
  }

  @Value.Check
  void check() {
    Checks c = Checks.start();
    c.language(original(), "original");
    c.require(texts().containsKey(original()), "texts",
        "has no text in its original language " + Texts.quote(original()));
    for (Map.Entry<String, String> e : texts().entrySet()) {
      String path = "texts." + Checks.key(e.getKey());
      c.language(e.getKey(), path);
      c.visibleText(e.getValue(), path);
    }
    c.done();
  }

  /** @return the text in the original language */
  public String text() {
    return requireNonNull(texts().get(original()));
  }

  /**
   * @param language a language tag
   * @return the text in that language, if there is one
   */
  public Optional<String> in(String language) {
    return Optional.ofNullable(texts().get(language));
  }

  /**
   * The text in the first of the preferred languages that it has, else in the original.
   *
   * @param preferred language tags in order of preference
   * @return the best text
   */
  public String best(List<String> preferred) {
    for (String l : preferred) {
      String t = texts().get(l);
      if (t != null) {
        return t;
      }
    }
    return text();
  }

  @Override
  public String toString() {
    return text();
  }
}
