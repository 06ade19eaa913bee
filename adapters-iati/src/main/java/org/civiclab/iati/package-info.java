/**
 * IATI (International Aid Transparency Initiative) 2.03 export: a program as one
 * {@code iati-activity} with its participating organisations, dates and status, and its
 * results framework as {@code result} elements (indicators, baselines, periods, targets and
 * actuals, broken down by {@code dimension}s), the format donors such as Sida and USAID publish.
 *
 * <p>{@link org.civiclab.iati.IatiExporter} writes; {@link org.civiclab.iati.IatiSchema}
 * validates a file against the official XML Schema, read at run time from a folder the caller
 * names (the project never ships a copy of it). Only the JDK's {@code javax.xml} is used.
 */
@NullMarked
package org.civiclab.iati;

import org.jspecify.annotations.NullMarked;
