package org.civiclab.core.model;

import static org.apiguardian.api.API.Status.STABLE;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.apiguardian.api.API;
import org.civiclab.core.internal.Checks;
import org.immutables.value.Value;

/**
 * The value of one custom person attribute: its type and its text in canonical form (a number
 * as {@link BigDecimal#toPlainString()}, a date as ISO {@code 2024-03-01}). Immutable.
 */
@Value.Immutable(builder = false)
@API(status = STABLE, since = "0.1.0")
public abstract class AttributeValue implements WithAttributeValue {

  /** @return the type */
  @Value.Parameter(order = 0)
  public abstract AttributeType type();

  /** @return the value as text, in the type's canonical form */
  @Value.Parameter(order = 1)
  public abstract String value();

  /**
   * A value given as text; checked against the type.
   *
   * @param type the type
   * @param value the text
   * @return the value
   */
  public static AttributeValue of(AttributeType type, String value) {
    return ImmutableAttributeValue.of(type, value);
  }

  /**
   * @param text free text
   * @return a text value
   */
  public static AttributeValue text(String text) {
    return of(AttributeType.TEXT, text);
  }

  /**
   * @param number the number
   * @return a number value
   */
  public static AttributeValue number(BigDecimal number) {
    return of(AttributeType.NUMBER, number.stripTrailingZeros().toPlainString());
  }

  /**
   * @param date the date
   * @return a date value
   */
  public static AttributeValue date(LocalDate date) {
    return of(AttributeType.DATE, date.toString());
  }

  /**
   * @param choice one of a definition's choices
   * @return a choice value
   */
  public static AttributeValue choice(String choice) {
    return of(AttributeType.CHOICE, choice);
  }

  @Value.Check
  void check() {
    Checks c = Checks.start();
    if (c.text(value(), "value")) {
      switch (type()) {
        case NUMBER:
          try {
            c.require(new BigDecimal(value()).stripTrailingZeros().toPlainString()
                .equals(value()), "value", Texts.quote(value())
                + " is not a number in canonical form such as 12 or 3.5");
          } catch (NumberFormatException e) {
            c.add("value", Texts.quote(value()) + " is not a number such as 12 or 3.5");
          }
          break;
        case DATE:
          try {
            LocalDate.parse(value());
          } catch (DateTimeParseException e) {
            c.add("value", Texts.quote(value()) + " is not a date such as 2024-03-01");
          }
          break;
        case CHOICE:
          c.require(!value().isBlank(), "value", "a choice must not be blank");
          break;
        default:
          break;
      }
    }
    c.done();
  }

  @Override
  public String toString() {
    return value();
  }
}
