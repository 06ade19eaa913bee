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
import org.jgrapht.alg.drawing.model.Box2D;
import org.jgrapht.alg.drawing.model.MapLayoutModel2D;
import org.jgrapht.alg.drawing.model.Point2D;

/**
 * The alumni network drawn as SVG: a Fruchterman-Reingold layout with a fixed seed
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
      forceLayout(backbone(g), model, SIZE - 40);
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

  /**
   * Fruchterman and Reingold's force layout (1991) on flat arrays: every pair repels with
   * k^2/d, every tie attracts with d^2/k, k = sqrt(area / people), each move capped by a
   * temperature that cools linearly over 50 iterations; start positions from a fixed seed.
   * JGraphT's {@code FRLayoutAlgorithm2D} computes the same forces but allocates a point per
   * pair and iteration, and was a fifth of the report's time at civic scale (JFR).
   */
  static void forceLayout(Graph<PersonId, Tie> g, MapLayoutModel2D<PersonId> model,
      double side) {
    List<PersonId> people = new ArrayList<>(g.vertexSet());
    int n = people.size();
    Map<PersonId, Integer> index = new HashMap<>();
    for (int i = 0; i < n; i++) {
      index.put(people.get(i), i);
    }
    int[] from = new int[g.edgeSet().size()];
    int[] to = new int[from.length];
    int m = 0;
    for (Tie t : g.edgeSet()) {
      from[m] = java.util.Objects.requireNonNull(index.get(g.getEdgeSource(t)));
      to[m++] = java.util.Objects.requireNonNull(index.get(g.getEdgeTarget(t)));
    }
    Random r = new Random(7);
    double[] x = new double[n];
    double[] y = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = r.nextDouble() * side;
      y[i] = r.nextDouble() * side;
    }
    double k = Math.sqrt(side * side / Math.max(1, n));
    double[] dx = new double[n];
    double[] dy = new double[n];
    int iterations = 50;
    for (int it = 0; it < iterations; it++) {
      java.util.Arrays.fill(dx, 0);
      java.util.Arrays.fill(dy, 0);
      for (int i = 0; i < n; i++) {
        for (int j = i + 1; j < n; j++) {
          double ex = x[i] - x[j];
          double ey = y[i] - y[j];
          double d2 = Math.max(ex * ex + ey * ey, 0.01);
          double f = k * k / d2;
          dx[i] += ex * f;
          dy[i] += ey * f;
          dx[j] -= ex * f;
          dy[j] -= ey * f;
        }
      }
      for (int e = 0; e < m; e++) {
        int a = from[e];
        int b = to[e];
        double ex = x[a] - x[b];
        double ey = y[a] - y[b];
        double f = Math.sqrt(ex * ex + ey * ey) / k;
        dx[a] -= ex * f;
        dy[a] -= ey * f;
        dx[b] += ex * f;
        dy[b] += ey * f;
      }
      double temperature = side / 10.0 * (1.0 - (double) it / iterations);
      for (int i = 0; i < n; i++) {
        double len = Math.sqrt(dx[i] * dx[i] + dy[i] * dy[i]);
        if (len > 0) {
          double step = Math.min(len, temperature) / len;
          x[i] = Math.min(side, Math.max(0, x[i] + dx[i] * step));
          y[i] = Math.min(side, Math.max(0, y[i] + dy[i] * step));
        }
      }
    }
    for (int i = 0; i < n; i++) {
      model.put(people.get(i), Point2D.of(x[i], y[i]));
    }
  }

  private static String c(double v) {
    return String.format(java.util.Locale.ROOT, "%.1f", v + 20);
  }
}
