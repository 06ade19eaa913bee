/**
 * The domain model: programs with their editions, tracks, modules and sessions; people and
 * organisations; enrolment, mentor pairings, learning circles, exchange visits, outreach and
 * reflection meetings, attendance and evaluation.
 *
 * <p>Every type is an immutable value built through a builder (or a static {@code of}) and
 * checks its own invariants at construction, throwing
 * {@link org.civiclab.core.InvalidInputException} with the field and the offending value.
 * Checks that need more than one value (does this person exist, is this session inside its
 * module's window) belong to {@code org.civiclab.core.validation.ProgramValidator}.
 * Entities refer to each other by typed ids ({@link org.civiclab.core.model.PersonId}, ...),
 * never by object reference, so people and organisations can outlive programs.
 * {@link org.civiclab.core.model.DirectoryView} looks them up by id; it sits here, beside the
 * model, so that domain services read people without depending on the storage ports.
 */
@CivicStyle
@NullMarked
@CheckReturnValue
package org.civiclab.core.model;

import com.google.errorprone.annotations.CheckReturnValue;
import org.civiclab.core.internal.CivicStyle;
import org.jspecify.annotations.NullMarked;
