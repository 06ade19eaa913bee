package org.civiclab.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.xml.parsers.DocumentBuilderFactory;
import org.civiclab.core.model.Attendance;
import org.civiclab.core.model.PersonId;
import org.civiclab.core.model.Program;
import org.civiclab.core.store.DirectorySnapshot;
import org.civiclab.core.testing.ProgramGenerator;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

class AlumniNetworkTest {

  static final class Fixture {
    final List<Program> programs = new ArrayList<>();
    DirectorySnapshot directory = DirectorySnapshot.builder().build();
    final List<Attendance> attendance = new ArrayList<>();

    Fixture(long... seeds) {
      for (long s : seeds) {
        ProgramGenerator.Generated g = ProgramGenerator.generate(s, 6);
        programs.add(g.program());
        directory = directory.merge(g.directory());
        attendance.addAll(ProgramGenerator.attendance(g, s));
      }
    }

    AlumniNetwork network() {
      return AlumniNetwork.of(programs, directory, attendance);
    }
  }

  @Test
  void tiesAreSymmetricDatedAndCountedOncePerPair() {
    AlumniNetwork n = new Fixture(3, 4).network();
    assertFalse(n.graph().vertexSet().isEmpty());
    assertFalse(n.graph().edgeSet().isEmpty());
    for (Tie t : n.graph().edgeSet()) {
      assertTrue(t.weight() >= t.kinds().size(), t.toString());
      assertFalse(t.kinds().isEmpty());
      assertFalse(n.graph().getEdgeSource(t).equals(n.graph().getEdgeTarget(t)));
    }
    int inComponents = n.components().stream().mapToInt(Set::size).sum();
    assertEquals(n.graph().vertexSet().size(), inComponents, "components partition the people");
    n.betweenness().values().forEach(b -> assertTrue(b >= 0 && b <= 1, "normalised: " + b));
    long grown = n.growthPerYear().rows().isEmpty() ? 0
        : n.growthPerYear().count(n.growthPerYear().size() - 1, "ties");
    assertEquals(n.graph().edgeSet().size(), grown, "growth ends at the number of ties");
  }

  @Test
  void betweennessMatchesJgraphtsBrandes() {
    AlumniNetwork n = new Fixture(3, 4, 5).network();
    Map<PersonId, Double> oracle = new org.jgrapht.alg.scoring.BetweennessCentrality<>(
        new org.jgrapht.graph.AsUnweightedGraph<>(n.graph()), true).getScores();
    assertEquals(oracle.keySet(), n.betweenness().keySet());
    oracle.forEach((p, b) -> assertEquals(b, n.betweenness().get(p), 1e-9, p.value()));
  }

  @Test
  void aMentorPairIsATie() {
    Fixture f = new Fixture(5);
    AlumniNetwork n = f.network();
    f.programs.get(0).pairings().forEach(p -> {
      Tie t = n.graph().getEdge(p.mentor(), p.mentee());
      assertTrue(t != null && t.kinds().contains(TieKind.MENTOR_PAIR), p.toString());
    });
  }

  @Test
  void graphmlReadsBackWithTheJdkDomParser() throws Exception {
    AlumniNetwork n = new Fixture(3, 4).network();
    StringWriter w = new StringWriter();
    GraphWriters.graphml(n, w, true);
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    Document d = f.newDocumentBuilder().parse(new InputSource(new StringReader(w.toString())));
    String ns = "http://graphml.graphdrawing.org/xmlns";
    NodeList nodes = d.getElementsByTagNameNS(ns, "node");
    NodeList edges = d.getElementsByTagNameNS(ns, "edge");
    assertEquals(n.graph().vertexSet().size(), nodes.getLength());
    assertEquals(n.graph().edgeSet().size(), edges.getLength());
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      ids.add(((Element) nodes.item(i)).getAttribute("id"));
    }
    Map<String, Integer> degree = new HashMap<>();
    long weight = 0;
    for (int i = 0; i < edges.getLength(); i++) {
      Element e = (Element) edges.item(i);
      assertTrue(ids.contains(e.getAttribute("source")) && ids.contains(e.getAttribute("target")));
      degree.merge(e.getAttribute("source"), 1, Integer::sum);
      degree.merge(e.getAttribute("target"), 1, Integer::sum);
      NodeList data = e.getElementsByTagNameNS(ns, "data");
      for (int j = 0; j < data.getLength(); j++) {
        Element de = (Element) data.item(j);
        if (de.getAttribute("key").equals("weight")) {
          weight += Long.parseLong(de.getTextContent());
        }
      }
    }
    long expected = n.graph().edgeSet().stream().mapToLong(Tie::weight).sum();
    assertEquals(expected, weight, "weights survive the round trip");
    for (PersonId p : n.graph().vertexSet()) {
      assertEquals(n.degree(p), (int) degree.getOrDefault(p.value(), 0), p.value());
    }
    StringWriter gexf = new StringWriter();
    GraphWriters.gexf(n, gexf, false);
    Document g = f.newDocumentBuilder().parse(new InputSource(new StringReader(gexf.toString())));
    assertEquals(n.graph().edgeSet().size(),
        g.getElementsByTagNameNS("http://gexf.net/1.3", "edge").getLength());
  }

  /** networkx, when this machine's python3 has it: the reader the issue names. */
  @Test
  void graphmlReadsBackWithNetworkxWhenInstalled(@TempDir Path dir) throws Exception {
    Assumptions.assumeTrue(run(List.of("python3", "-c", "import networkx")) == 0,
        "python3 with networkx is not installed");
    AlumniNetwork n = new Fixture(3, 4).network();
    Path file = GraphWriters.write(n, dir, false, true);
    Path out = dir.resolve("counts.txt");
    String script = "import networkx as nx, sys\n"
        + "g = nx.read_graphml(sys.argv[1])\n"
        + "w = sum(d['weight'] for _, _, d in g.edges(data=True))\n"
        + "open(sys.argv[2], 'w').write('%d %d %d' % (g.number_of_nodes(), "
        + "g.number_of_edges(), w))\n";
    assertEquals(0, run(List.of("python3", "-c", script, file.toString(), out.toString())));
    long weight = n.graph().edgeSet().stream().mapToLong(Tie::weight).sum();
    assertEquals(n.graph().vertexSet().size() + " " + n.graph().edgeSet().size() + " " + weight,
        Files.readString(out, StandardCharsets.UTF_8));
  }

  private static int run(List<String> command) throws Exception {
    try {
      Process p = new ProcessBuilder(command).redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
      if (!p.waitFor(120, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        return -1;
      }
      return p.exitValue();
    } catch (java.io.IOException e) {
      return -1;
    }
  }
}
