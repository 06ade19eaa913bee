package org.civiclab.examples.seeds;

import org.civiclab.core.InvalidInputException;
import org.civiclab.core.model.LocalizedText;
import org.civiclab.core.model.Organization;
import org.civiclab.core.model.OrganizationId;
import org.civiclab.core.model.Sector;

/** Shorthand shared by the seed programs: texts in several languages and organisations. */
final class SeedParts {

  private SeedParts() {}

  /**
   * A text in its original language with translations.
   *
   * @param original the language the organiser wrote in
   * @param text the text in that language
   * @param translations pairs of language tag and text
   * @return the localized text
   */
  static LocalizedText text(String original, String text, String... translations) {
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

  /**
   * An organisation with its seat.
   *
   * @param id its id
   * @param name its name
   * @param sector its sector
   * @param country the ISO country of its seat
   * @param city the city of its seat
   * @return the organisation
   */
  static Organization organization(OrganizationId id, LocalizedText name, Sector sector,
      String country, String city) {
    return Organization.builder().id(id).name(name).sector(sector).country(country).city(city)
        .build();
  }

  /**
   * A part of a larger organisation, such as a government's department.
   *
   * @param id its id
   * @param name its name
   * @param parent the organisation it belongs to; sector and seat are taken from it
   * @return the organisation
   */
  static Organization partOf(OrganizationId id, LocalizedText name, Organization parent) {
    return Organization.builder().id(id).name(name).sector(parent.sector())
        .country(parent.country()).city(parent.city()).parent(parent.id()).build();
  }
}
