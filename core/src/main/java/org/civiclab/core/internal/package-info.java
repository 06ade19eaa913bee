/**
 * Implementation details shared by CivicLab's packages: public only because Java needs it,
 * not API. Nothing here is stable; do not depend on it.
 */
@NullMarked
package org.civiclab.core.internal;

import org.jspecify.annotations.NullMarked;
