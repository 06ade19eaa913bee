package org.civiclab.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.civiclab.core.model.Person;
import org.civiclab.core.model.PersonId;
import org.jgrapht.Graph;
import org.jgrapht.alg.drawing.CircularLayoutAlgorithm2D;
import org.jgrapht.alg.drawing.FRLayoutAlgorithm2D;
import org.jgrapht.alg.drawing.model.Box2D;
import org.jgrapht.alg.drawing.model.MapLayoutModel2D;
import org.jgrapht.alg.drawing.model.Point2D;

/**
 * The alumni network drawn as SVG: JGraphT's Fruchterman-Reingold layout with a fixed seed
 * (the same data give the same picture), people coloured by country, sized by degree, the
 * bridging people ringed. Large networks are laid out on a circle instead (the force layout
 * costs O(people squared) per iteration).
 */
final class NetworkPicture {

  static final int SIZE = 560;
  /** Above this many people the circle layout replaces the force layout. */
  static final int FORCE_LIMIT = 600;
  /** Above this many ties the picture draws only the heaviest. */
  static final int EDGE_LIMIT = 1500;
  /** Ties per person kept for the force layout. */
  static final int BACKBONE = 6;
  static final String[] PALETTE = {"#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd",
      "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf"};

  private NetworkPicture() {}

  static void draw(Html h, String id, AlumniNetwork network, Set<PersonId> bridges) {
    Graph<PersonId, Tie> g = network.graph();
    if (g.vertexSet().isEmpty()) {
      h.raw("<p class=\"empty\">No ties yet.</p>");
      return;
    }
    MapLayoutModel2D<PersonId> model = new MapLayoutModel2D<>(Box2D.of(SIZE - 40, SIZE - 40));
    if (g.vertexSet().size() <= FORCE_LIMIT) {
      new FRLayoutAlgorithm2D<PersonId, Tie>(50, 0.5, new Random(7)).layout(backbone(g), model);
    } else {
      new CircularLayoutAlgorithm2D<PersonId, Tie>((SIZE - 40) / 2.0).layout(g, model);
    }
    Map<String, String> colours = new HashMap<>();
    Set<String> countries = new TreeSet<>();
    g.vertexSet().forEach(p -> countries.add(network.country(p)));
    int i = 0;
    for (String c : countries) {
      colours.put(c, PALETTE[i++ % PALETTE.length]);
    }
    h.raw("<figure class=\"network\" id=\"").text(id).raw("\"><figcaption>The alumni network: ")
        .num(g.vertexSet().size()).raw(" people, ").num(g.edgeSet().size())
        .raw(" ties</figcaption>");
    h.raw("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"").num(SIZE)
        .raw("\" height=\"").num(SIZE).raw("\" viewBox=\"0 0 ").num(SIZE).raw(" ").num(SIZE)
        .raw("\" aria-labelledby=\"").text(id).raw("-t\"><title id=\"").text(id)
        .raw("-t\">People as dots coloured by country, ties as lines</title><g class=\"ties\">");
    List<Tie> ties = new ArrayList<>(g.edgeSet());
    if (ties.size() > EDGE_LIMIT) {
      ties.sort((a, b) -> Integer.compare(b.weight(), a.weight()));
      ties = ties.subList(0, EDGE_LIMIT);
    }
    for (Tie t : ties) {
      Point2D a = model.get(g.getEdgeSource(t));
      Point2D b = model.get(g.getEdgeTarget(t));
      h.raw("<line x1=\"").raw(c(a.getX())).raw("\" y1=\"").raw(c(a.getY())).raw("\" x2=\"")
          .raw(c(b.getX())).raw("\" y2=\"").raw(c(b.getY())).raw("\" stroke-width=\"")
          .raw(t.weight() > 3 ? "2" : "1").raw("\"/>");
    }
    h.raw("</g><g class=\"people\">");
    Set<PersonId> ringed = new HashSet<>(bridges);
    for (PersonId p : g.vertexSet()) {
      Point2D at = model.get(p);
      double r = 2.5 + Math.min(6, Math.sqrt(g.degreeOf(p)));
      h.raw("<circle cx=\"").raw(c(at.getX())).raw("\" cy=\"").raw(c(at.getY()))
          .raw("\" r=\"").raw(String.format(java.util.Locale.ROOT, "%.1f", r))
          .raw("\" fill=\"").raw(colours.getOrDefault(network.country(p), "#999"))
          .raw(ringed.contains(p) ? "\" class=\"bridge\">" : "\">")
          .raw("<title>").text(network.person(p).map(Person::fullName).orElse(p.value()) + " ("
              + network.country(p) + ", " + g.degreeOf(p) + " ties)").raw("</title></circle>");
    }
    h.raw("</g></svg><ul class=\"legend\">");
    for (String country : countries) {
      h.raw("<li><span class=\"swatch\" style=\"background:").raw(colours.getOrDefault(country, "#999"))
          .raw("\"></span>").text(country).raw("</li>");
    }
    h.raw("<li><span class=\"swatch ring\"></span>bridging person</li></ul></figure>");
  }

  /**
   * The layout's graph: each person with their few heaviest ties only. A dense network (a
   * cohort of a hundred is a clique of 4,950 ties) costs the force layout per tie and per
   * iteration and draws as a hairball; its backbone keeps the shape at a fraction of the cost.
   */
  static Graph<PersonId, Tie> backbone(Graph<PersonId, Tie> g) {
    Graph<PersonId, Tie> b = new org.jgrapht.graph.SimpleGraph<>(null, null, false);
    g.vertexSet().forEach(b::addVertex);
    for (PersonId p : g.vertexSet()) {
      List<Tie> ties = new ArrayList<>(g.edgesOf(p));
      if (ties.size() > BACKBONE) {
        ties.sort((x, y) -> Integer.compare(y.weight(), x.weight()));
        ties = ties.subList(0, BACKBONE);
      }
      for (Tie t : ties) {
        b.addEdge(g.getEdgeSource(t), g.getEdgeTarget(t), t);
      }
    }
    return b;
  }

  private static String c(double v) {
    return String.format(java.util.Locale.ROOT, "%.1f", v + 20);
  }
}
