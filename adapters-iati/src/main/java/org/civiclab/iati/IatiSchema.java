package org.civiclab.iati;

import static org.apiguardian.api.API.Status.STABLE;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.apiguardian.api.API;
import org.xml.sax.SAXException;

/**
 * The official IATI 2.03 activity schema, loaded from a folder holding
 * {@code iati-activities-schema.xsd} with the {@code iati-common.xsd} and {@code xml.xsd} it
 * includes, and used to validate exported files with {@code javax.xml.validation}.
 *
 * <p>The schema is not part of CivicLab: {@link #locate(Path)} finds it through the system
 * property {@value #PROPERTY} or in a {@code shared/iati} folder beside the working directory
 * or one of its parents. Loading reads local files only; the parser may not fetch anything
 * else. An instance is immutable and thread-safe (each validation makes its own validator).
 */
@API(status = STABLE, since = "0.1.0")
public final class IatiSchema {
  /** The system property naming the folder of the schema files. */
  public static final String PROPERTY = "civiclab.iati.schema";

  /** The main schema file's name. */
  public static final String MAIN = "iati-activities-schema.xsd";

  private final Schema schema;
  private final Path folder;

  private IatiSchema(Schema schema, Path folder) {
    this.schema = schema;
    this.folder = folder;
  }

  /**
   * Finds the schema folder: the system property {@value #PROPERTY} when set, else the first
   * {@code shared/iati} (or {@code ../shared/iati}) holding {@value #MAIN}, looking from
   * {@code start} up through its parents.
   *
   * @param start where to start looking, such as the working directory
   * @return the folder, if found
   */
  public static Optional<Path> locate(Path start) {
    String given = System.getProperty(PROPERTY);
    if (given != null && !given.isBlank()) {
      Path p = Path.of(given);
      return Files.isRegularFile(p.resolve(MAIN)) ? Optional.of(p) : Optional.empty();
    }
    for (Path at = start.toAbsolutePath().normalize(); at != null; at = at.getParent()) {
      Path candidate = at.resolve("shared").resolve("iati");
      if (Files.isRegularFile(candidate.resolve(MAIN))) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  /**
   * Loads the schema from a folder.
   *
   * @param folder the folder holding {@value #MAIN} and the files it includes
   * @return the schema
   * @throws IllegalArgumentException when the folder holds no readable, valid schema
   */
  public static IatiSchema load(Path folder) {
    Path main = folder.resolve(MAIN);
    if (!Files.isRegularFile(main)) {
      throw new IllegalArgumentException("no " + MAIN + " in " + folder);
    }
    try {
      SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file");
      return new IatiSchema(f.newSchema(new StreamSource(main.toFile())), folder);
    } catch (SAXException e) {
      throw new IllegalArgumentException("cannot load the IATI schema from " + folder + ": "
          + e.getMessage(), e);
    }
  }

  /** @return the folder the schema was loaded from */
  public Path folder() {
    return folder;
  }

  /**
   * Validates one file.
   *
   * @param file an IATI activities file
   * @return empty when it is valid, else the first problem with its line and column
   * @throws IOException when the file cannot be read
   */
  public Optional<String> problem(Path file) throws IOException {
    Validator v = schema.newValidator();
    try {
      v.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      v.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      v.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      v.validate(new StreamSource(file.toFile()));
      return Optional.empty();
    } catch (org.xml.sax.SAXParseException e) {
      return Optional.of(file.getFileName() + ":" + e.getLineNumber() + ":"
          + e.getColumnNumber() + ": " + e.getMessage());
    } catch (SAXException e) {
      return Optional.of(file.getFileName() + ": " + e.getMessage());
    }
  }
}
