/**
 * Pictures of CivicLab programs: the alumni network and the HTML report.
 *
 * <p>{@link org.civiclab.report.AlumniNetwork} builds a weighted, dated graph of people and the
 * ties programs create (same edition and track, same module day, mentor pair, circle, exchange
 * host and visitor, reflection meeting) with JGraphT, and measures it: components, degree and
 * betweenness centrality, the people who bridge countries, sectors and tracks, growth per year.
 * {@link org.civiclab.report.GraphWriters} writes it as GraphML or GEXF for networkx and Gephi.
 *
 * <p>{@link org.civiclab.report.HtmlReport} writes one self-contained page per program and an
 * index page: every asset is inline, charts are server-side SVG with a table beside them, and
 * the schedule is plain HTML that needs no JavaScript.
 */
@NullMarked
package org.civiclab.report;

import org.jspecify.annotations.NullMarked;
