/**
 * Enrolment with limited places: registration, the waiting list and its promotion order,
 * places reserved per audience.
 *
 * <p>{@link org.civiclab.core.enrolment.Roster} is an immutable value: every operation
 * returns a new roster, so a caller can keep the old one, compare, or store the new one
 * atomically with the rest of its edition.
 */
@NullMarked
@CheckReturnValue
package org.civiclab.core.enrolment;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
