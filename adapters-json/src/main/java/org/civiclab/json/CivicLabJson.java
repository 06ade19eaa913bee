package org.civiclab.json;

import static org.apiguardian.api.API.Status.STABLE;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import org.apiguardian.api.API;
import org.civiclab.core.Problem;
import org.civiclab.core.model.Attendance;
import org.civiclab.core.model.DirectoryView;
import org.civiclab.core.model.Organization;
import org.civiclab.core.model.OrganizationId;
import org.civiclab.core.model.Person;
import org.civiclab.core.model.PersonId;
import org.civiclab.core.model.Program;
import org.civiclab.core.store.DirectorySnapshot;
import org.civiclab.core.store.Versioned;
import org.civiclab.core.validation.ProgramValidator;
import org.civiclab.core.validation.ValidationReport;
import org.jspecify.annotations.Nullable;

/**
 * Reads and writes CivicLab's versioned JSON documents: a program, a directory of people and
 * organisations, and an attendance log.
 *
 * <p>Every document is an object that starts with {@code "format": "civiclab"},
 * {@code "version": 1} and {@code "kind"} ({@code program}, {@code directory} or
 * {@code attendance}), in that order, followed by the content ({@code program};
 * {@code organizations} then {@code people}; {@code records}). The JSON Schema
 * {@code org/civiclab/json/civiclab-v1.schema.json} in this jar describes them.
 *
 * <p>Reading is strict: malformed JSON, another format or version, unknown fields, wrong
 * types, missing fields, bad dates or zones, values that break the model's invariants and
 * dangling references all yield one {@link JsonDocumentException} that lists every problem
 * with its JSON path, line and column. Directories and attendance logs are read and written
 * element by element, in constant memory. Instances are immutable and thread-safe.
 *
 * {@snippet :
 * CivicLabJson json = CivicLabJson.create();
 * String text = json.toJson(program);               // "format": "civiclab", "version": 1, ...
 * Program back = json.readProgram(text);            // equal to program
 * try (InputStream in = Files.newInputStream(Path.of("directory.json"))) {
 *   DirectorySnapshot people = json.readDirectory(in);
 * } catch (JsonDocumentException e) {
 *   e.getMessage();                                 // every problem, with path, line, column
 * }
 * }
 */
@API(status = STABLE, since = "0.1.0")
public final class CivicLabJson {
  /** The value of every document's {@code format} field. */
  public static final String FORMAT = "civiclab";
  /** The document version this class reads and writes. */
  public static final int VERSION = 1;
  /**
   * The {@code $id} of the JSON Schema for this version, which a document may name in an
   * optional {@code $schema} field (any string is accepted there and otherwise ignored).
   */
  public static final String SCHEMA_ID = "https://civiclab.org/schema/civiclab-v1.schema.json";


  private final JsonLimits limits;
  private final JsonFactory whole;
  private final JsonFactory streamed;

  private CivicLabJson(JsonLimits limits) {
    this.limits = limits;
    this.whole = factory(limits.constraints());
    this.streamed = factory(limits.withMaxDocumentBytes(-1).constraints());
  }

  private static JsonFactory factory(StreamReadConstraints constraints) {
    return JsonFactory.builder().streamReadConstraints(constraints)
        .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
        .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
        .build();
  }

  /** @return a reader and writer with {@link JsonLimits#defaults()} */
  public static CivicLabJson create() {
    return new CivicLabJson(JsonLimits.defaults());
  }

  /**
   * A reader and writer with other limits.
   *
   * @param limits the limits for documents read
   * @return the reader and writer
   */
  public static CivicLabJson withLimits(JsonLimits limits) {
    return new CivicLabJson(limits);
  }

  /** @return the limits for documents read */
  public JsonLimits limits() {
    return limits;
  }

  // ------------------------------------------------------------------ programs

  /**
   * Writes a program document.
   *
   * @param program the program
   * @param out where to write; left open
   * @throws IOException when the stream fails
   */
  public void writeProgram(Program program, OutputStream out) throws IOException {
    writeProgram(program, 0, out);
  }

  /**
   * The program document as text.
   *
   * @param program the program
   * @return the document
   */
  public String toJson(Program program) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      writeProgram(program, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  void writeProgram(Program program, long revision, OutputStream out) throws IOException {
    try (JsonGenerator g = header(whole, out, "program", true)) {
      if (revision > 0) {
        g.writeNumberField("revision", revision);
      }
      g.writeFieldName("program");
      ModelCodec.program(g, program);
      g.writeEndObject();
    }
  }

  /**
   * Reads a program document, checking the references inside the program (venues, tracks,
   * evaluation subjects) but not those to people and organisations.
   *
   * @param in the document; left open
   * @return the program
   * @throws JsonDocumentException when the document is not a valid program document
   * @throws IOException when the stream fails
   */
  public Program readProgram(InputStream in) throws IOException {
    return readStored(in, null).value();
  }

  /**
   * Reads a program document and checks every reference, including those to the people and
   * organisations of a directory.
   *
   * @param in the document; left open
   * @param directory the people and organisations the program may refer to
   * @return the program
   * @throws JsonDocumentException when the document is not a valid program document or refers
   *     to something that does not exist
   * @throws IOException when the stream fails
   */
  public Program readProgram(InputStream in, DirectoryView directory) throws IOException {
    return readStored(in, directory).value();
  }

  /**
   * Reads a program document from text.
   *
   * @param json the document
   * @return the program
   * @throws JsonDocumentException when the document is not a valid program document
   */
  public Program readProgram(String json) {
    try {
      return readStored(StrictReader.text(json), null, true).value();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a program document as a database hands it back: like {@link #readProgram(String)},
   * but the program is taken as it was stored, without checking the references inside it
   * (a store keeps whatever program the model allows), and the document's fields may come in
   * any order. PostgreSQL's {@code jsonb} keeps an
   * object's keys in an order of its own (shorter keys first), so {@code "program"} can come
   * before {@code "version"}; the header is moved to the front before the strict read, and
   * line and column numbers in problems then refer to the reordered text (the JSON paths are
   * the same).
   *
   * @param json the document
   * @return the program
   * @throws JsonDocumentException when the document is not a valid program document
   */
  public Program readStoredProgram(String json) {
    try {
      return readStored(StrictReader.text(headerFirst(json)), null, false).value();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads a program document with its store revision (1 when the document has none). */
  Versioned<Program> readStored(InputStream in, @Nullable DirectoryView directory)
      throws IOException {
    return readStored(StrictReader.utf8(in, limits.maxDocumentBytes()), directory, true);
  }

  private Versioned<Program> readStored(StrictReader in, @Nullable DirectoryView directory,
      boolean checkReferences) throws IOException {
    long[] revision = {0};
    Node[] node = {null};
    document(whole, in, "program", new Body() {
      @Override
      public boolean accepts(String field) {
        return field.equals("revision") || field.equals("program");
      }

      @Override
      public void field(String name, JsonParser p, Reading r) throws IOException {
        Node n = TreeReader.read(p, r, name);
        if (name.equals("program")) {
          node[0] = n;
        } else {
          Long v = ModelCodec.longValue(r, n, name);
          if (v != null && v < 1) {
            r.add(name, n, "revision " + v + " must be at least 1");
          } else if (v != null) {
            revision[0] = v;
          }
        }
      }

      @Override
      public void finish(Reading r, Node root) {
        if (node[0] == null) {
          r.add("program", root, "required field 'program' is missing");
        }
      }
    });
    Reading r = new Reading(limits.maxProblems());
    Program program = ModelCodec.program(r, node[0], "program");
    if (checkReferences) {
      checkReferences(r, program, node[0], "program", directory);
    }
    r.throwIfAny();
    // ModelCodec.program returns null only after recording a problem, and there is none
    return Versioned.of(Objects.requireNonNull(program, "read without problems"),
        Math.max(1, revision[0]));
  }

  /**
   * Records every dangling reference of a program read from a node: within the program always,
   * to people and organisations when a directory is given.
   */
  static void checkReferences(Reading r, @Nullable Program program, Node node, String path,
      @Nullable DirectoryView directory) {
    if (program == null) {
      return;
    }
    ValidationReport report = directory != null
        ? ProgramValidator.validate(program, directory)
        : ProgramValidator.validateStructure(program);
    for (Problem p : report.problems()) {
      r.add(p.under(path).path(), node.locate(p.path()), p.message());
    }
  }

  /**
   * Reads only the store revision of a program document, without reading the program when
   * the revision comes first (as this class writes it).
   */
  long readRevision(InputStream in) throws IOException {
    try (JsonParser p = whole.createParser(StrictReader.utf8(in, limits.maxDocumentBytes()))) {
      if (p.nextToken() == JsonToken.START_OBJECT) {
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String name = p.currentName();
          p.nextToken();
          if (name.equals("revision") && p.currentToken() == JsonToken.VALUE_NUMBER_INT) {
            return p.getLongValue();
          }
          if (name.equals("program")) {
            break;
          }
          p.skipChildren();
        }
      }
    } catch (JsonProcessingException e) {
      // fall through to a full read, which reports the problem
    }
    return -1;
  }

  /**
   * Reads only the id of the program in a program document, without reading the program when
   * its id comes first (as this class writes it).
   *
   * @return the id's text, or null when it is not where this class writes it or the document
   *     is malformed (a full read reports the problem)
   */
  @Nullable String readProgramId(InputStream in) throws IOException {
    try (JsonParser p = whole.createParser(StrictReader.utf8(in, limits.maxDocumentBytes()))) {
      if (p.nextToken() == JsonToken.START_OBJECT) {
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String name = p.currentName();
          JsonToken value = p.nextToken();
          if (name.equals("program")) {
            if (value == JsonToken.START_OBJECT && p.nextToken() == JsonToken.FIELD_NAME
                && p.currentName().equals("id") && p.nextToken() == JsonToken.VALUE_STRING) {
              return p.getText();
            }
            return null;
          }
          p.skipChildren();
        }
      }
    } catch (JsonProcessingException e) {
      // the caller reads the whole document, which reports the problem
    }
    return null;
  }

  // ------------------------------------------------------------------ directories

  /**
   * Writes a directory document: organisations, then people, in id order.
   *
   * @param directory the people and organisations
   * @param out where to write; left open
   * @throws IOException when the stream fails
   */
  public void writeDirectory(DirectorySnapshot directory, OutputStream out) throws IOException {
    try (StreamingWriter<Person> w = directoryWriter(out, directory.organizations().values())) {
      for (Person p : directory.people().values()) {
        w.write(p);
      }
    }
  }

  /**
   * The directory document as text, as {@link #writeDirectory} writes it. A store that keeps
   * each person or organisation apart (the JDBC store does) keeps the directory document of
   * that one entry.
   *
   * @param directory the people and organisations
   * @return the document
   */
  public String toJson(DirectorySnapshot directory) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      writeDirectory(directory, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  /**
   * Reads a directory document as a store keeps it: every person and organisation as it was
   * put, so references to organisations or managers that are not in the document are not
   * problems (unique ids still are). Like {@link #readStoredProgram}, the document's fields
   * may come in any order.
   *
   * @param json the document
   * @return the people and organisations
   * @throws JsonDocumentException when the document is not a valid directory document
   */
  public DirectorySnapshot readStoredDirectory(String json) {
    try {
      return readStoredDirectory(new ByteArrayInputStream(
          headerFirst(json).getBytes(StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Starts a directory document with its organisations; the people follow one at a time.
   *
   * @param out where to write; left open
   * @param organizations every organisation of the directory
   * @return the writer for the people; close it to complete the document
   * @throws IOException when the stream fails
   */
  public StreamingWriter<Person> directoryWriter(OutputStream out,
      Collection<Organization> organizations) throws IOException {
    JsonGenerator g = header(streamed, out, "directory", false);
    g.writeArrayFieldStart("organizations");
    for (Organization o : organizations) {
      g.writeRaw('\n');
      ModelCodec.organization(g, o);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("people");
    return new StreamingWriter<>(g, (gen, p) -> {
      gen.writeRaw('\n');
      ModelCodec.person(gen, p);
    });
  }

  /**
   * Reads a whole directory document, checking that ids are unique and that people's
   * organisations and managers exist.
   *
   * @param in the document; left open
   * @return the directory
   * @throws JsonDocumentException when the document is not a valid directory document
   * @throws IOException when the stream fails
   */
  public DirectorySnapshot readDirectory(InputStream in) throws IOException {
    DirectorySnapshot.Builder b = DirectorySnapshot.builder();
    Set<PersonId> ids = new HashSet<>();
    List<Manager> managers = new ArrayList<>();
    readDirectory(in, b::addOrganization, b::addPerson, true, new PersonHook() {
      @Override
      public boolean seen(String path, Person person, Node node, Reading r) {
        if (!ids.add(person.id())) {
          r.add(path + ".id", node.locate("id"), "person id '" + person.id() + "' is used twice");
          return false;
        }
        person.reportsTo().ifPresent(m -> managers.add(new Manager(m, path, node)));
        return true;
      }

      @Override
      public void finish(Reading r) {
        for (Manager m : managers) {
          if (!ids.contains(m.id())) {
            r.add(m.path() + ".reportsTo", m.node().locate("reportsTo"), "person '" + m.id()
                + "' is not in the directory");
          }
        }
      }
    });
    return b.build();
  }

  /**
   * Streams a directory document in constant memory: each organisation, then each person, as
   * read. People's organisations are checked against the organisations read before them;
   * duplicate people are not detected (use {@link #readDirectory(InputStream)} for that).
   *
   * @param in the document; left open
   * @param organizations receives each organisation
   * @param people receives each person
   * @return the number of people read
   * @throws JsonDocumentException when the document is not a valid directory document; the
   *     elements before the first problem have been delivered
   * @throws IOException when the stream fails
   */
  public long readDirectory(InputStream in, Consumer<Organization> organizations,
      Consumer<Person> people) throws IOException {
    return readDirectory(in, organizations, people, true, new PersonHook() {});
  }

  /** A person's manager, checked once the whole directory is read. */
  private record Manager(PersonId id, String path, Node node) {}

  /** Checks across the people of a whole directory; by default none. */
  private interface PersonHook {
    /** @return whether to keep the person */
    default boolean seen(String path, Person person, Node node, Reading r) {
      return true;
    }

    default void finish(Reading r) {}
  }
  /**
   * Reads a directory as a store holds it: every person and organisation as they were put,
   * references to removed organisations or people included.
   */
  DirectorySnapshot readStoredDirectory(InputStream in) throws IOException {
    DirectorySnapshot.Builder b = DirectorySnapshot.builder();
    readDirectory(in, b::addOrganization, b::addPerson, false, new PersonHook() {});
    return b.build();
  }

  private long readDirectory(InputStream in, Consumer<Organization> organizations,
      Consumer<Person> people, boolean strict, PersonHook hook) throws IOException {
    Set<OrganizationId> orgIds = new HashSet<>();
    long[] count = {0};
    document(streamed, StrictReader.utf8(in, -1), "directory", new Body() {
      @Override
      public boolean accepts(String field) {
        return field.equals("organizations") || field.equals("people");
      }

      @Override
      public void field(String name, JsonParser p, Reading r) throws IOException {
        boolean orgs = name.equals("organizations");
        elements(p, r, name, (parser, reading, path) -> {
          Node n = TreeReader.read(parser, reading, path);
          int mark = reading.mark();
          if (orgs) {
            Organization o = ModelCodec.organization(reading, n, path);
            if (o != null && !orgIds.add(o.id())) {
              reading.add(path + ".id", n.locate("id"), "organization id '" + o.id()
                  + "' is used twice");
            }
            if (reading.cleanSince(mark) && !reading.any()) {
              organizations.accept(o);
            }
          } else {
            Person person = ModelCodec.person(reading, n, path);
            if (person == null) {
              return;
            }
            person.organization().filter(o -> strict && !orgIds.contains(o)).ifPresent(o ->
                reading.add(path + ".organization", n.locate("organization"),
                    "organisation '" + o + "' is not in the directory"));
            if (hook.seen(path, person, n, reading) && !reading.any()) {
              people.accept(person);
              count[0]++;
            }
          }
        });
      }

      @Override
      public void finish(Reading r, Node root) {
        hook.finish(r);
      }
    });
    return count[0];
  }

  // ------------------------------------------------------------------ attendance

  /**
   * Starts an attendance document; records follow one at a time, in constant memory.
   *
   * @param out where to write; left open
   * @return the writer; close it to complete the document
   * @throws IOException when the stream fails
   */
  public StreamingWriter<Attendance> attendanceWriter(OutputStream out) throws IOException {
    JsonGenerator g = header(streamed, out, "attendance", false);
    g.writeArrayFieldStart("records");
    return new StreamingWriter<>(g, (gen, a) -> {
      gen.writeRaw('\n');
      AttendanceCodec.write(gen, a);
    });
  }

  /**
   * Streams an attendance document in constant memory, handing over each record as read.
   *
   * @param in the document; left open
   * @param visitor receives each record until the first problem
   * @return the number of records read
   * @throws JsonDocumentException when the document is not a valid attendance document; the
   *     records before the first problem have been delivered
   * @throws IOException when the stream fails
   */
  public long readAttendance(InputStream in, Consumer<Attendance> visitor) throws IOException {
    long[] count = {0};
    document(streamed, StrictReader.utf8(in, -1), "attendance", new Body() {
      @Override
      public boolean accepts(String field) {
        return field.equals("records");
      }

      @Override
      public void field(String name, JsonParser p, Reading r) throws IOException {
        elements(p, r, name, (parser, reading, path) -> {
          Attendance a = AttendanceCodec.read(parser, reading, path);
          if (a != null && !reading.any()) {
            visitor.accept(a);
            count[0]++;
          }
        });
      }

      @Override
      public void finish(Reading r, Node root) {}
    });
    return count[0];
  }

  JsonFactory streamedFactory() {
    return streamed;
  }

  /**
   * A parser of a streamed document (no length limit) whose bytes are decoded as strict UTF-8;
   * a bad byte is an {@link StrictReader.EncodingException}.
   */
  JsonParser streamedParser(InputStream in) throws IOException {
    return streamed.createParser(StrictReader.utf8(in, -1));
  }

  // ------------------------------------------------------------------ documents

  private static final List<String> HEADER = List.of("format", "version", "kind");

  /**
   * The document with its header fields moved to the front, each field's text kept as it is;
   * the text itself when the header already comes first or when the text is not a well-formed
   * JSON object (the strict read that follows reports the problem).
   */
  private String headerFirst(String json) {
    List<String> header = new ArrayList<>();
    List<String> body = new ArrayList<>();
    int firstBody = -1;
    try (JsonParser p = whole.createParser(json)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return json;
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        int start = (int) p.currentTokenLocation().getCharOffset();
        boolean isHeader = HEADER.contains(p.currentName());
        p.nextToken();
        p.skipChildren();
        p.finishToken();
        String field = json.substring(start, (int) p.currentLocation().getCharOffset());
        if (isHeader && body.isEmpty()) {
          continue;
        }
        if (!isHeader && body.isEmpty()) {
          firstBody = start;
        }
        (isHeader ? header : body).add(field);
      }
      if (header.isEmpty() || p.currentToken() != JsonToken.END_OBJECT) {
        return json;
      }
      int after = (int) p.currentLocation().getCharOffset();
      String leading = json.substring(0, firstBody);
      header.sort(java.util.Comparator.comparingInt(f -> HEADER.indexOf(name(f))));
      StringBuilder out = new StringBuilder(json.length() + 2).append(leading);
      for (String f : header) {
        out.append(f).append(',');
      }
      out.append(String.join(",", body)).append('}').append(json, after, json.length());
      return out.toString();
    } catch (IOException e) {
      return json;
    }
  }

  /** The name of a field's text {@code "name": value}, for the header's three plain names. */
  private static String name(String field) {
    int open = field.indexOf('"');
    return field.substring(open + 1, field.indexOf('"', open + 1));
  }

  private JsonGenerator header(JsonFactory factory, OutputStream out, String kind,
      boolean pretty) throws IOException {
    JsonGenerator g = factory.createGenerator(out, JsonEncoding.UTF8);
    if (pretty) {
      g.useDefaultPrettyPrinter();
    }
    g.writeStartObject();
    g.writeStringField("format", FORMAT);
    g.writeNumberField("version", VERSION);
    g.writeStringField("kind", kind);
    return g;
  }

  /** The content of one kind of document, read field by field after the header. */
  interface Body {
    boolean accepts(String field);

    /** Reads the field's value; the parser is on its first token and must end on its last. */
    void field(String name, JsonParser p, Reading r) throws IOException;

    void finish(Reading r, Node root);
  }

  /** Reads the elements of an array one at a time. */
  private interface Element {
    void read(JsonParser p, Reading r, String path) throws IOException;
  }

  private static void elements(JsonParser p, Reading r, String path, Element element)
      throws IOException {
    if (p.currentToken() != JsonToken.START_ARRAY) {
      Node n = TreeReader.read(p, r, path);
      r.add(path, n, "expected an array, got " + n.kind.article);
      return;
    }
    long i = 0;
    JsonToken t;
    while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
      if (t == null) {
        r.add(path, p.currentLocation().getLineNr(), p.currentLocation().getColumnNr(),
            "the document ends inside the array");
        return;
      }
      element.read(p, r, path + "[" + i + "]");
      i++;
    }
  }

  private void document(JsonFactory factory, StrictReader in, String kind, Body body)
      throws IOException {
    Reading r = new Reading(limits.maxProblems());
    try (JsonParser p = factory.createParser(in)) {
      try {
        JsonToken first = p.nextToken();
        JsonLocation at = p.currentTokenLocation();
        if (first != JsonToken.START_OBJECT) {
          r.add("", at.getLineNr(), at.getColumnNr(), first == null ? "the document is empty"
              : "a CivicLab document is a JSON object, not " + first.asString());
          r.throwIfAny();
        }
        Node root = Node.object(at.getLineNr(), at.getColumnNr(), new LinkedHashMap<>());
        Set<String> seen = new HashSet<>();
        int header = 0;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String name = p.currentName();
          p.nextToken();
          if (!seen.add(name)) {
            Node n = TreeReader.read(p, r, name);
            r.add(name, n, "field '" + name + "' appears twice");
            continue;
          }
          switch (name) {
            case "format":
              expect(r, TreeReader.read(p, r, name), name, FORMAT, "this is not a CivicLab"
                  + " document: 'format' must be \"" + FORMAT + "\"");
              header++;
              break;
            case "version":
              Node v = TreeReader.read(p, r, name);
              if (v.kind != Node.Kind.NUMBER || !v.text.equals(String.valueOf(VERSION))) {
                r.add(name, v, "version " + (v.kind == Node.Kind.NUMBER ? v.text : v.kind.article)
                    + " is not supported: this reader understands version " + VERSION
                    + " of the civiclab format");
                r.throwIfAny();
              }
              header++;
              break;
            case "kind":
              expect(r, TreeReader.read(p, r, name), name, kind, "expected a '" + kind
                  + "' document");
              header++;
              break;
            case "$schema":
              // a JSON Schema reference for editors and validators; the reader needs none
              Node s = TreeReader.read(p, r, name);
              if (s.kind != Node.Kind.STRING) {
                r.add(name, s, "'$schema' must be a string such as \"" + SCHEMA_ID + "\"");
              }
              break;
            default:
              if (!body.accepts(name)) {
                Node n = TreeReader.read(p, r, name);
                r.add(name, n, "unknown field '" + name + "'");
              } else if (header < 3) {
                JsonLocation here = p.currentTokenLocation();
                r.add(name, here.getLineNr(), here.getColumnNr(),
                    "'format', 'version' and 'kind' must come before '" + name + "'");
                r.throwIfAny();
              } else {
                body.field(name, p, r);
              }
          }
        }
        for (String h : new String[] {"format", "version", "kind"}) {
          if (!seen.contains(h)) {
            r.add(h, root, "required field '" + h + "' is missing");
          }
        }
        if (p.nextToken() != null) {
          JsonLocation here = p.currentTokenLocation();
          r.add("", here.getLineNr(), here.getColumnNr(), "content after the end of the document");
        }
        body.finish(r, root);
      } catch (JsonProcessingException e) {
        throw r.abort(path(p.getParsingContext()), p, e);
      }
    }
    r.throwIfAny();
  }

  private static void expect(Reading r, Node n, String name, String value, String message) {
    if (n.kind != Node.Kind.STRING || !n.text.equals(value)) {
      r.add(name, n, message + ", got " + (n.kind == Node.Kind.STRING
          ? "'" + ModelCodec.clip(n.text) + "'" : n.kind.article));
      r.throwIfAny();
    }
  }

  /** The dotted path of a parser's position, such as {@code people[3].homeZone}. */
  static String path(JsonStreamContext context) {
    StringBuilder out = new StringBuilder();
    for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
      if (c.inArray()) {
        out.insert(0, "[" + Math.max(0, c.getCurrentIndex()) + "]");
      } else if (c.getCurrentName() != null) {
        out.insert(0, (c.getParent() != null && c.getParent().inRoot() ? "" : ".")
            + c.getCurrentName());
      }
    }
    return out.toString();
  }
}
