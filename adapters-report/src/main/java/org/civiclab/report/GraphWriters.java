package org.civiclab.report;

import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.apiguardian.api.API;
import org.civiclab.core.model.Person;
import org.civiclab.core.model.PersonId;
import org.jgrapht.Graph;

/**
 * Writes an {@link AlumniNetwork} as GraphML (networkx, yEd, igraph) or GEXF 1.3 (Gephi).
 *
 * <p>Vertices carry the person's name as label (or only the id when names are left out),
 * country, sector, degree, betweenness, component number and the day they joined; edges carry
 * the weight, the kinds of tie, the first day and its year, and the programs. The graph is
 * undirected. Output is UTF-8 XML written with the JDK's StAX writer, so every text is
 * escaped.
 */
@API(status = STABLE, since = "0.1.0")
public final class GraphWriters {

  private static final String GRAPHML_NS = "http://graphml.graphdrawing.org/xmlns";
  private static final String GEXF_NS = "http://gexf.net/1.3";

  private GraphWriters() {}

  /**
   * Writes GraphML.
   *
   * @param network the network
   * @param out where to write; not closed
   * @param withNames whether to write people's names as labels (otherwise the ids)
   */
  public static void graphml(AlumniNetwork network, Writer out, boolean withNames) {
    try {
      XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
      x.writeStartDocument("UTF-8", "1.0");
      x.writeStartElement("graphml");
      x.writeDefaultNamespace(GRAPHML_NS);
      key(x, "label", "node", "string");
      key(x, "country", "node", "string");
      key(x, "sector", "node", "string");
      key(x, "degree", "node", "int");
      key(x, "betweenness", "node", "double");
      key(x, "component", "node", "int");
      key(x, "joined", "node", "string");
      key(x, "weight", "edge", "double");
      key(x, "kinds", "edge", "string");
      key(x, "since", "edge", "string");
      key(x, "year", "edge", "int");
      key(x, "programs", "edge", "string");
      x.writeStartElement("graph");
      x.writeAttribute("id", "alumni");
      x.writeAttribute("edgedefault", "undirected");
      Graph<PersonId, Tie> g = network.graph();
      Map<PersonId, Integer> component = componentIndex(network);
      Map<PersonId, Double> between = network.betweenness();
      for (PersonId p : g.vertexSet()) {
        x.writeStartElement("node");
        x.writeAttribute("id", p.value());
        data(x, "label", label(network, p, withNames));
        data(x, "country", network.country(p));
        data(x, "sector", network.sector(p));
        data(x, "degree", String.valueOf(g.degreeOf(p)));
        data(x, "betweenness", number(between.getOrDefault(p, 0.0)));
        data(x, "component", String.valueOf(component.getOrDefault(p, 0)));
        network.joined(p).ifPresent(d -> data(x, "joined", d.toString()));
        x.writeEndElement();
      }
      int n = 0;
      for (Tie t : g.edgeSet()) {
        x.writeStartElement("edge");
        x.writeAttribute("id", "e" + n++);
        x.writeAttribute("source", g.getEdgeSource(t).value());
        x.writeAttribute("target", g.getEdgeTarget(t).value());
        data(x, "weight", String.valueOf(t.weight()));
        data(x, "kinds", kinds(t));
        data(x, "since", t.since().toString());
        data(x, "year", String.valueOf(t.since().getYear()));
        data(x, "programs", t.programs().stream().map(Object::toString)
            .collect(Collectors.joining(" ")));
        x.writeEndElement();
      }
      x.writeEndElement();
      x.writeEndElement();
      x.writeEndDocument();
      x.flush();
    } catch (XMLStreamException e) {
      throw new UncheckedIOException(new IOException("cannot write GraphML: " + e.getMessage(),
          e));
    }
  }

  /**
   * Writes GEXF 1.3, with each edge's first day as its {@code start} so that Gephi's timeline
   * shows the network grow.
   *
   * @param network the network
   * @param out where to write; not closed
   * @param withNames whether to write people's names as labels (otherwise the ids)
   */
  public static void gexf(AlumniNetwork network, Writer out, boolean withNames) {
    try {
      XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
      x.writeStartDocument("UTF-8", "1.0");
      x.writeStartElement("gexf");
      x.writeDefaultNamespace(GEXF_NS);
      x.writeAttribute("version", "1.3");
      x.writeStartElement("graph");
      x.writeAttribute("defaultedgetype", "undirected");
      x.writeAttribute("mode", "dynamic");
      x.writeAttribute("timeformat", "date");
      attributes(x, "node", new String[][] {{"0", "country", "string"}, {"1", "sector", "string"},
          {"2", "degree", "integer"}, {"3", "betweenness", "double"},
          {"4", "component", "integer"}});
      attributes(x, "edge", new String[][] {{"0", "kinds", "string"},
          {"1", "programs", "string"}});
      Graph<PersonId, Tie> g = network.graph();
      Map<PersonId, Integer> component = componentIndex(network);
      Map<PersonId, Double> between = network.betweenness();
      x.writeStartElement("nodes");
      for (PersonId p : g.vertexSet()) {
        x.writeStartElement("node");
        x.writeAttribute("id", p.value());
        x.writeAttribute("label", label(network, p, withNames));
        network.joined(p).ifPresent(d -> attribute(x, "start", d.toString()));
        x.writeStartElement("attvalues");
        value(x, "0", network.country(p));
        value(x, "1", network.sector(p));
        value(x, "2", String.valueOf(g.degreeOf(p)));
        value(x, "3", number(between.getOrDefault(p, 0.0)));
        value(x, "4", String.valueOf(component.getOrDefault(p, 0)));
        x.writeEndElement();
        x.writeEndElement();
      }
      x.writeEndElement();
      x.writeStartElement("edges");
      int n = 0;
      for (Tie t : g.edgeSet()) {
        x.writeStartElement("edge");
        x.writeAttribute("id", "e" + n++);
        x.writeAttribute("source", g.getEdgeSource(t).value());
        x.writeAttribute("target", g.getEdgeTarget(t).value());
        x.writeAttribute("weight", String.valueOf(t.weight()));
        x.writeAttribute("start", t.since().toString());
        x.writeStartElement("attvalues");
        value(x, "0", kinds(t));
        value(x, "1", t.programs().stream().map(Object::toString)
            .collect(Collectors.joining(" ")));
        x.writeEndElement();
        x.writeEndElement();
      }
      x.writeEndElement();
      x.writeEndElement();
      x.writeEndElement();
      x.writeEndDocument();
      x.flush();
    } catch (XMLStreamException e) {
      throw new UncheckedIOException(new IOException("cannot write GEXF: " + e.getMessage(), e));
    }
  }

  /**
   * Writes {@code alumni-network.graphml} or {@code alumni-network.gexf} into a folder.
   *
   * @param network the network
   * @param folder the folder, made when missing
   * @param gexf GEXF when true, GraphML otherwise
   * @param withNames whether to write people's names as labels
   * @return the file written
   * @throws UncheckedIOException when the file cannot be written
   */
  public static Path write(AlumniNetwork network, Path folder, boolean gexf, boolean withNames) {
    Path file = folder.resolve(gexf ? "alumni-network.gexf" : "alumni-network.graphml");
    try {
      Files.createDirectories(folder);
      try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
        if (gexf) {
          gexf(network, w, withNames);
        } else {
          graphml(network, w, withNames);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file;
  }

  private static String label(AlumniNetwork network, PersonId p, boolean withNames) {
    return withNames ? network.person(p).map(Person::fullName).orElse(p.value()) : p.value();
  }

  private static String kinds(Tie t) {
    return t.kinds().stream().map(k -> k.name().toLowerCase(Locale.ROOT))
        .collect(Collectors.joining(" "));
  }

  private static String number(double d) {
    return String.format(Locale.ROOT, "%.6f", d);
  }

  private static Map<PersonId, Integer> componentIndex(AlumniNetwork network) {
    Map<PersonId, Integer> out = new HashMap<>();
    ImmutableList<ImmutableSortedSet<PersonId>> cs = network.components();
    for (int i = 0; i < cs.size(); i++) {
      for (PersonId p : cs.get(i)) {
        out.put(p, i);
      }
    }
    return out;
  }

  private static void key(XMLStreamWriter x, String name, String on, String type)
      throws XMLStreamException {
    x.writeEmptyElement("key");
    x.writeAttribute("id", name);
    x.writeAttribute("for", on);
    x.writeAttribute("attr.name", name);
    x.writeAttribute("attr.type", type);
  }

  private static void data(XMLStreamWriter x, String key, String value) {
    try {
      x.writeStartElement("data");
      x.writeAttribute("key", key);
      x.writeCharacters(value);
      x.writeEndElement();
    } catch (XMLStreamException e) {
      throw new UncheckedIOException(new IOException(e.getMessage(), e));
    }
  }

  private static void attribute(XMLStreamWriter x, String name, String value) {
    try {
      x.writeAttribute(name, value);
    } catch (XMLStreamException e) {
      throw new UncheckedIOException(new IOException(e.getMessage(), e));
    }
  }

  private static void attributes(XMLStreamWriter x, String on, String[][] declared)
      throws XMLStreamException {
    x.writeStartElement("attributes");
    x.writeAttribute("class", on);
    for (String[] d : declared) {
      x.writeEmptyElement("attribute");
      x.writeAttribute("id", d[0]);
      x.writeAttribute("title", d[1]);
      x.writeAttribute("type", d[2]);
    }
    x.writeEndElement();
  }

  private static void value(XMLStreamWriter x, String forId, String value)
      throws XMLStreamException {
    x.writeEmptyElement("attvalue");
    x.writeAttribute("for", forId);
    x.writeAttribute("value", value);
  }
}
