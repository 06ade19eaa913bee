/**
 * A program's results framework: indicators (output, outcome, impact; counted in units, as a
 * percentage or in words) with disaggregations, a baseline, targets per period, and actuals
 * that are either computed from the program's data by a declared {@link
 * org.civiclab.core.results.Formula} or entered by hand with their source.
 *
 * <p>{@code org.civiclab.core.analysis.ResultsTable} sets target against actual per period with
 * a status (met, on track, off track); the {@code org.civiclab.iati} adapter writes the same
 * framework as IATI {@code result} elements.
 */
@CivicStyle
@NullMarked
@CheckReturnValue
package org.civiclab.core.results;

import com.google.errorprone.annotations.CheckReturnValue;
import org.civiclab.core.internal.CivicStyle;
import org.jspecify.annotations.NullMarked;
