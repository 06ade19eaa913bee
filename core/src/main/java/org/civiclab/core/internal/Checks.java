package org.civiclab.core.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;
import org.civiclab.core.InvalidInputException;
import org.civiclab.core.Problem;
import org.civiclab.core.model.Texts;

/**
 * Collects the problems of one value's invariants and throws them together. Not API.
 *
 * <p>Used from {@code @Value.Check} methods so that a value with several faults reports all of
 * them at once, each with the name of its field and the offending value.
 */
@API(status = INTERNAL, since = "0.1.0")
public final class Checks {
  private final List<Problem> problems = new ArrayList<>();

  private Checks() {}

  /** @return a fresh collector */
  public static Checks start() {
    return new Checks();
  }

  /**
   * Records a problem unless the condition holds.
   *
   * @param condition what must be true
   * @param path the field it concerns
   * @param message what is wrong, with the value
   * @return this collector
   */
  public Checks require(boolean condition, String path, String message) {
    if (!condition) {
      problems.add(Problem.at(path, message));
    }
    return this;
  }

  /**
   * Records a problem without a condition.
   *
   * @param path the field it concerns
   * @param message what is wrong
   * @return this collector
   */
  public Checks add(String path, String message) {
    problems.add(Problem.at(path, message));
    return this;
  }

  /** @throws InvalidInputException when any problem was recorded */
  public void done() {
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
  }

  /**
   * Fails at once for a single field.
   *
   * @param condition what must be true
   * @param path the field
   * @param message what is wrong
   * @throws InvalidInputException when the condition is false
   */
  public static void check(boolean condition, String path, String message) {
    if (!condition) {
      throw InvalidInputException.of(path, message);
    }
  }

  /**
   * Records a problem unless the text is in the text domain of {@link Texts}: at most 65,536
   * UTF-16 characters, no control character but tab and newline, no lone surrogate. Every
   * {@code String} that a value type holds goes through this method (or one of the methods
   * below that call it), so the domain is enforced in one place.
   *
   * @param text the text
   * @param path the field
   * @return whether the text is in the domain; further checks of its content should run only
   *     when it is, so that one bad field gives one problem
   */
  public boolean text(String text, String path) {
    java.util.Optional<String> why = Texts.problem(text);
    why.ifPresent(w -> add(path, w));
    return why.isEmpty();
  }

  /**
   * Records a problem unless the text is in the text domain and has a visible character.
   *
   * @param text the text
   * @param path the field
   * @return this collector
   */
  public Checks visibleText(String text, String path) {
    if (text(text, path)) {
      require(!text.isBlank(), path, "must not be blank");
    }
    return this;
  }

  /**
   * Records a problem for every text of a list or set (in its iteration order) that is out of
   * the text domain or, when {@code visible}, blank; paths are {@code path[i]}.
   *
   * @param texts the texts
   * @param path the collection's field
   * @param visible whether each text must have a visible character
   * @return this collector
   */
  public Checks texts(Iterable<String> texts, String path, boolean visible) {
    int i = 0;
    for (String t : texts) {
      String at = path + "[" + i++ + "]";
      if (visible) {
        visibleText(t, at);
      } else {
        text(t, at);
      }
    }
    return this;
  }

  /**
   * A map key of free text as it may stand in a path: the key itself when it is a plain word,
   * else the key quoted and escaped.
   *
   * @param key the key
   * @return the path segment
   */
  public static String key(String key) {
    return !key.isEmpty() && key.length() <= 64 && key.chars().allMatch(
        ch -> ch < 0x80 && (Character.isLetterOrDigit(ch) || ch == '-' || ch == '_'))
        ? key : Texts.quote(key);
  }

  /**
   * Records a problem unless the text is an ISO 3166 alpha-2 country code in upper case.
   *
   * @param code the code, such as {@code SE} or {@code XK}
   * @param path the field
   * @return this collector
   */
  public Checks country(String code, String path) {
    return require(code.length() == 2 && code.matches("[A-Z]{2}"), path,
        Texts.quote(code) + " is not a two-letter country code such as SE or GE");
  }

  /**
   * Records a problem unless the duration is positive and shorter than a day, as a visit's
   * length or a journey must be.
   *
   * @param d the duration
   * @param path the field
   * @param what what the duration is, such as {@code journey}, to begin the message
   * @return this collector
   */
  public Checks withinADay(Duration d, String path, String what) {
    return require(!d.isNegative() && !d.isZero() && d.compareTo(Duration.ofDays(1)) < 0,
        path, what + " " + d + " must be positive and shorter than a day");
  }

  /**
   * Records a problem unless the text is a well-formed BCP 47 language tag.
   *
   * @param tag the tag, such as {@code sv}, {@code bs-Latn} or {@code ka}
   * @param path the field
   * @return this collector
   */
  public Checks language(String tag, String path) {
    boolean ok = false;
    if (tag.length() <= 256) {
      try {
        ok = !new java.util.Locale.Builder().setLanguageTag(tag).build().getLanguage().isEmpty();
      } catch (java.util.IllformedLocaleException e) {
        ok = false;
      }
    }
    return require(ok, path, Texts.quote(tag) + " is not a language tag such as sv, bs or ka");
  }

  /**
   * Records a problem for every element whose key was already used by an earlier element.
   *
   * @param elements the elements, in order
   * @param key what must be unique, such as the element's id
   * @param path the list's path, such as {@code modules}
   * @param field the key's field name, such as {@code id}
   * @param <T> the element type
   * @return this collector
   */
  public <T> Checks unique(java.util.List<T> elements, java.util.function.Function<T, ?> key,
      String path, String field) {
    java.util.Set<Object> seen = new java.util.HashSet<>();
    for (int i = 0; i < elements.size(); i++) {
      Object k = key.apply(elements.get(i));
      require(seen.add(k), path + "[" + i + "]." + field,
          field + " " + Texts.quote(String.valueOf(k)) + " is used twice");
    }
    return this;
  }

  /**
   * Checks that a text is in the text domain and has a visible character.
   *
   * @param text the text
   * @param path the field
   * @return the text
   */
  public static String notBlank(String text, String path) {
    start().visibleText(text, path).done();
    return text;
  }
}
