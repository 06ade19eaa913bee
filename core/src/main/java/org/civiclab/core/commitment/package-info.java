/**
 * Commitments: findings, recommendations and decisions recorded at any meeting of a program
 * (an outreach visit, a reflection meeting, a module session, a mentor meeting), each with
 * follow-up actions (an owner person or organisation, partners, a due date and a dated status
 * history with evidence), and reviews at later meetings.
 *
 * <p>Values check themselves at construction, naming each problem's path; the program checks
 * that the meetings they name exist. {@code org.civiclab.core.analysis.CommitmentAnalyses}
 * reports open, overdue and on-time actions, by owner and sector, and the time to close.
 * {@link org.civiclab.core.commitment.Commitments#fromOutreach} reads an outreach meeting's
 * findings and follow-ups as commitments.
 */
@CivicStyle
@NullMarked
@CheckReturnValue
package org.civiclab.core.commitment;

import com.google.errorprone.annotations.CheckReturnValue;
import org.civiclab.core.internal.CivicStyle;
import org.jspecify.annotations.NullMarked;
