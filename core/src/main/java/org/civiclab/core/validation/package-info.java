/**
 * Validation of a whole program against its references: every problem found, each with the
 * path of the field, in one {@link org.civiclab.core.validation.ValidationReport}.
 *
 * <p>Values check their own invariants when built; this package checks what needs more than
 * one value: people and organisations that must exist in the directory, sessions inside their
 * module's window, module order, venues and tracks that must exist in the program, one mentor
 * per mentee at a time, the custom attributes of the program's people against its attribute
 * schema.
 */
@NullMarked
package org.civiclab.core.validation;

import org.jspecify.annotations.NullMarked;
