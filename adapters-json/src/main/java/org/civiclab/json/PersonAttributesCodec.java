package org.civiclab.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.Map;
import java.util.TreeMap;
import org.civiclab.core.model.AgeBand;
import org.civiclab.core.model.AttributeDefinition;
import org.civiclab.core.model.AttributeSchema;
import org.civiclab.core.model.AttributeType;
import org.civiclab.core.model.AttributeValue;
import org.civiclab.core.model.Gender;
import org.civiclab.core.model.Person;
import org.civiclab.core.model.Sensitivity;
import org.jspecify.annotations.Nullable;

/**
 * The person attributes of issue 13 (gender, year of birth, age band, access needs, custom
 * attributes) in a person's JSON object, and the attribute schema that declares the custom
 * ones in a program's object, kept apart from {@link ModelCodec} so that they need only a hook
 * line in the person's and the program's reader and writer.
 */
final class PersonAttributesCodec {
  private PersonAttributesCodec() {}

  /** Reads the attribute fields of a person's object into its builder. */
  static void read(Fields f, Person.Builder b) {
    ModelCodec.put(f.opt("gender", PersonAttributesCodec::gender), b::gender);
    ModelCodec.put(f.opt("birthYear", ModelCodec.INT), b::birthYear);
    ModelCodec.put(f.opt("ageBand", PersonAttributesCodec::ageBand), b::ageBand);
    b.addAllAccessNeeds(f.set("accessNeeds", ModelCodec.STRING));
    b.putAllAttributes(f.map("attributes", PersonAttributesCodec::value));
  }

  /** Writes the attribute fields a person has; absent ones are left out. */
  static void write(JsonGenerator g, Person v) throws IOException {
    ModelCodec.opt(g, "gender", v.gender(), PersonAttributesCodec::gender);
    ModelCodec.opt(g, "birthYear", v.birthYear(), ModelCodec.NUMBER);
    ModelCodec.opt(g, "ageBand", v.ageBand(), PersonAttributesCodec::ageBand);
    ModelCodec.list(g, "accessNeeds", v.accessNeeds(), ModelCodec.TEXT::write);
    if (!v.attributes().isEmpty()) {
      g.writeObjectFieldStart("attributes");
      for (Map.Entry<String, AttributeValue> e : new TreeMap<>(v.attributes()).entrySet()) {
        g.writeFieldName(e.getKey());
        value(g, e.getValue());
      }
      g.writeEndObject();
    }
  }

  static @Nullable Gender gender(Reading r, Node n, String path) {
    Fields f = Fields.of(r, n, path);
    if (f == null) {
      return null;
    }
    Gender.Kind kind = f.req("kind", ModelCodec.enumOf(Gender.Kind.class));
    String description = f.opt("selfDescription", ModelCodec.STRING);
    return f.build(() -> Gender.of(Fields.given(kind), java.util.Optional.ofNullable(description)));
  }

  static void gender(JsonGenerator g, Gender v) throws IOException {
    g.writeStartObject();
    g.writeStringField("kind", v.kind().name());
    ModelCodec.opt(g, "selfDescription", v.selfDescription(), ModelCodec.TEXT::write);
    g.writeEndObject();
  }

  static @Nullable AgeBand ageBand(Reading r, Node n, String path) {
    Fields f = Fields.of(r, n, path);
    if (f == null) {
      return null;
    }
    Integer from = f.req("from", ModelCodec.INT);
    Integer to = f.req("to", ModelCodec.INT);
    return f.build(() -> AgeBand.of(Fields.given(from), Fields.given(to)));
  }

  static void ageBand(JsonGenerator g, AgeBand v) throws IOException {
    g.writeStartObject();
    g.writeNumberField("from", v.from());
    g.writeNumberField("to", v.to());
    g.writeEndObject();
  }

  static @Nullable AttributeValue value(Reading r, Node n, String path) {
    Fields f = Fields.of(r, n, path);
    if (f == null) {
      return null;
    }
    AttributeType type = f.req("type", ModelCodec.enumOf(AttributeType.class));
    String value = f.req("value", ModelCodec.STRING);
    return f.build(() -> AttributeValue.of(Fields.given(type), Fields.given(value)));
  }

  static void value(JsonGenerator g, AttributeValue v) throws IOException {
    g.writeStartObject();
    g.writeStringField("type", v.type().name());
    g.writeStringField("value", v.value());
    g.writeEndObject();
  }

  /**
   * Reads a program's {@code attributeSchema}:
   * {@code {"definitions": [{"key": "languageLevel", "label": "Language level",
   * "type": "CHOICE", "choices": ["B1", "B2"], "required": true, "sensitivity": "PERSONAL"}]}}.
   */
  static @Nullable AttributeSchema schema(Reading r, Node n, String path) {
    Fields f = Fields.of(r, n, path);
    if (f == null) {
      return null;
    }
    var b = AttributeSchema.builder();
    b.addAllDefinitions(f.list("definitions", PersonAttributesCodec::definition));
    return f.build(b::build);
  }

  /** Writes a program's attribute schema, every field of each definition but empty choices. */
  static void schema(JsonGenerator g, AttributeSchema v) throws IOException {
    g.writeStartObject();
    ModelCodec.list(g, "definitions", v.definitions(), PersonAttributesCodec::definition);
    g.writeEndObject();
  }

  static @Nullable AttributeDefinition definition(Reading r, Node n, String path) {
    Fields f = Fields.of(r, n, path);
    if (f == null) {
      return null;
    }
    var b = AttributeDefinition.builder();
    ModelCodec.put(f.req("key", ModelCodec.STRING), b::key);
    ModelCodec.put(f.req("label", ModelCodec.STRING), b::label);
    ModelCodec.put(f.req("type", ModelCodec.enumOf(AttributeType.class)), b::type);
    b.addAllChoices(f.set("choices", ModelCodec.STRING));
    ModelCodec.put(f.opt("required", ModelCodec::bool), b::required);
    ModelCodec.put(f.opt("sensitivity", ModelCodec.enumOf(Sensitivity.class)), b::sensitivity);
    return f.build(b::build);
  }

  static void definition(JsonGenerator g, AttributeDefinition v) throws IOException {
    g.writeStartObject();
    g.writeStringField("key", v.key());
    g.writeStringField("label", v.label());
    g.writeStringField("type", v.type().name());
    ModelCodec.list(g, "choices", v.choices(), ModelCodec.TEXT::write);
    g.writeBooleanField("required", v.required());
    g.writeStringField("sensitivity", v.sensitivity().name());
    g.writeEndObject();
  }
}
