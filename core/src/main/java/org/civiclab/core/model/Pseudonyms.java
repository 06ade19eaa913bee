package org.civiclab.core.model;

import static org.apiguardian.api.API.Status.STABLE;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Map;
import org.apiguardian.api.API;
import org.civiclab.core.internal.Checks;

/**
 * Makes people fit for export or analysis: a stable salted pseudonym in place of who they are,
 * and special-category attributes dropped.
 *
 * <p>The pseudonym is the first 16 hexadecimal digits of SHA-256 over the salt and the
 * person's id, so the same salt gives the same pseudonym in every export (records of one
 * person stay linked) and nobody without the salt can recompute it from an id. Keep the salt
 * secret and out of the export. Stateless.
 */
@API(status = STABLE, since = "0.1.0")
public final class Pseudonyms {
  private Pseudonyms() {}

  /**
   * The pseudonym of a person.
   *
   * @param id the person's id
   * @param salt a secret, not blank
   * @return {@code p-} and 16 hexadecimal digits
   */
  public static PersonId pseudonym(PersonId id, String salt) {
    Checks.notBlank(salt, "salt");
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(salt.getBytes(StandardCharsets.UTF_8));
      sha.update((byte) 0);
      byte[] hash = sha.digest(id.value().getBytes(StandardCharsets.UTF_8));
      StringBuilder hex = new StringBuilder("p-");
      for (int i = 0; i < 8; i++) {
        hex.append(String.format(java.util.Locale.ROOT, "%02x", hash[i]));
      }
      return PersonId.of(hex.toString());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  /**
   * The person without special-category attributes: access needs and every custom attribute
   * the schema marks {@link Sensitivity#SPECIAL_CATEGORY}.
   *
   * @param person the person
   * @param schema the program's attribute schema
   * @return the person without them
   */
  public static Person dropSpecialCategory(Person person, AttributeSchema schema) {
    Person.Builder b = Person.builder().from(person);
    b.accessNeeds(java.util.List.of());
    b.attributes(java.util.Map.of());
    for (Map.Entry<String, AttributeValue> e : person.attributes().entrySet()) {
      if (schema.sensitivity(e.getKey()) != Sensitivity.SPECIAL_CATEGORY) {
        b.putAttribute(e.getKey(), e.getValue());
      }
    }
    if (schema.sensitivity("accessNeeds") != Sensitivity.SPECIAL_CATEGORY) {
      b.accessNeeds(person.accessNeeds());
    }
    return b.build();
  }

  /**
   * The person as an export may show them: special-category attributes dropped, the id and
   * name replaced by the pseudonym, the manager's id pseudonymised, e-mail and unit removed.
   * The other attributes stay, so breakdowns still work.
   *
   * @param person the person
   * @param schema the program's attribute schema
   * @param salt the secret salt
   * @return the pseudonymised person
   */
  public static Person pseudonymise(Person person, AttributeSchema schema, String salt) {
    PersonId p = pseudonym(person.id(), salt);
    return Person.builder().from(dropSpecialCategory(person, schema))
        .id(p).fullName(p.value()).email(java.util.Optional.empty())
        .unit(java.util.Optional.empty())
        .reportsTo(person.reportsTo().map(m -> pseudonym(m, salt)))
        .build();
  }
}
