package org.civiclab.core.model;

import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;
import org.civiclab.core.InvalidInputException;
import org.civiclab.core.Problem;
import org.civiclab.core.internal.Checks;
import org.immutables.value.Value;

/**
 * The custom person attributes a program declares, and the sensitivity of every attribute,
 * built-in or custom.
 *
 * <p>A person's custom attributes ({@link Person#attributes()}) are checked against the
 * schema by {@link #problems(Person)}: every key declared, every value of the declared type
 * and (for a choice) one of the choices, every required attribute given. The built-in
 * attributes are personal data except access needs, which describe health and are a special
 * category ({@link PersonAttributes#sensitivity}). Immutable.
 */
@Value.Immutable
@API(status = STABLE, since = "0.1.0")
public abstract class AttributeSchema implements WithAttributeSchema {

  /** @return the custom attributes, each key once */
  public abstract ImmutableList<AttributeDefinition> definitions();

  /** @return a schema without custom attributes */
  public static AttributeSchema empty() {
    return builder().build();
  }

  /** @return a fresh builder */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@code AttributeSchema} values; {@code from(...)} starts from an existing one.
   *
   * <p>{@code build()} checks the value's invariants and throws
   * {@link org.civiclab.core.InvalidInputException} naming every required attribute not set.
   */
  public static class Builder extends ImmutableAttributeSchema.Builder {
    Builder() {}
  }

  /**
   * The definition of a custom attribute.
   *
   * @param key the attribute's key
   * @return its definition, if declared
   */
  public Optional<AttributeDefinition> definition(String key) {
    return definitions().stream().filter(d -> d.key().equals(key)).findFirst();
  }

  /**
   * How carefully to handle an attribute: a built-in one's sensitivity, or the declared one.
   *
   * @param key a built-in name or a declared key
   * @return the sensitivity; personal for an unknown key
   */
  public Sensitivity sensitivity(String key) {
    return definition(key).map(AttributeDefinition::sensitivity)
        .orElse(PersonAttributes.sensitivity(key));
  }

  /**
   * What is wrong with a person's custom attributes under this schema.
   *
   * @param person the person
   * @return the problems, with paths such as {@code attributes.languageLevel}; empty when none
   */
  public ImmutableList<Problem> problems(Person person) {
    ImmutableList.Builder<Problem> out = ImmutableList.builder();
    for (Map.Entry<String, AttributeValue> e : person.attributes().entrySet()) {
      String path = "attributes." + Checks.key(e.getKey());
      Optional<AttributeDefinition> d = definition(e.getKey());
      if (d.isEmpty()) {
        out.add(Problem.at(path, "attribute " + Texts.quote(e.getKey())
            + " is not declared by the program's attribute schema"));
        continue;
      }
      AttributeValue v = e.getValue();
      if (v.type() != d.get().type()) {
        out.add(Problem.at(path, "expected a " + d.get().type() + " value, got " + v.type()));
      } else if (v.type() == AttributeType.CHOICE && !d.get().choices().contains(v.value())) {
        out.add(Problem.at(path, Texts.quote(v.value()) + " is not one of "
            + d.get().choices()));
      }
    }
    for (AttributeDefinition d : definitions()) {
      if (d.required() && !person.attributes().containsKey(d.key())) {
        out.add(Problem.at("attributes." + Checks.key(d.key()), "required attribute "
            + Texts.quote(d.key()) + " (" + d.label() + ") is missing"));
      }
    }
    return out.build();
  }

  /**
   * Checks people against the schema.
   *
   * @param people the people
   * @throws InvalidInputException naming every problem, with paths such as
   *     {@code people[3].attributes.languageLevel}
   */
  public void check(List<Person> people) {
    ImmutableList.Builder<Problem> all = ImmutableList.builder();
    for (int i = 0; i < people.size(); i++) {
      String prefix = "people[" + i + "]";
      problems(people.get(i)).forEach(p -> all.add(p.under(prefix)));
    }
    ImmutableList<Problem> found = all.build();
    if (!found.isEmpty()) {
      throw new InvalidInputException(found);
    }
  }

  @Value.Check
  void check() {
    Checks.start().unique(definitions(), AttributeDefinition::key, "definitions", "key").done();
  }
}
