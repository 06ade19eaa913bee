package org.civiclab.core.testing;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.civiclab.core.model.LocalizedText;
import org.civiclab.core.model.PersonId;

/**
 * jqwik arbitraries for CivicLab's domain, shared with the adapters through core's test-jar.
 *
 * <p>Programs come from {@link ProgramGenerator}: valid by construction, shrinking towards
 * small sizes and seed 0.
 */
public final class DomainArbitraries {
  private DomainArbitraries() {}

  /** @return generated programs of size 0 to 4, each with its directory */
  public static Arbitrary<ProgramGenerator.Generated> programs() {
    return programs(4);
  }

  /**
   * @param maxSize the largest size
   * @return generated programs of size 0 to maxSize, each with its directory
   */
  public static Arbitrary<ProgramGenerator.Generated> programs(int maxSize) {
    return Combinators.combine(Arbitraries.longs().between(0, 1_000_000),
        Arbitraries.integers().between(0, maxSize)).as(ProgramGenerator::generate);
  }

  /** @return valid person ids */
  public static Arbitrary<PersonId> personIds() {
    return Arbitraries.strings().withChars("abcxyz019-_.:").ofMinLength(0).ofMaxLength(12)
        .map(s -> PersonId.of("p" + s));
  }

  /** @return texts in one to three languages, in several scripts */
  public static Arbitrary<LocalizedText> localizedTexts() {
    Arbitrary<String> text = Arbitraries.oneOf(
        Arbitraries.of(ProgramGenerator.NAMES), Arbitraries.of(ProgramGenerator.TOPICS),
        Arbitraries.strings().alpha().numeric().withChars(" åäöčćđšžџ").ofMinLength(1)
            .ofMaxLength(20).filter(s -> !s.isBlank()));
    return Combinators.combine(text, text.optional(), text.optional())
        .as((a, b, c) -> {
          LocalizedText t = LocalizedText.of("sv", a);
          if (b.isPresent()) {
            t = t.with("bg", b.get());
          }
          if (c.isPresent()) {
            t = t.with("ka", c.get());
          }
          return t;
        });
  }
}
