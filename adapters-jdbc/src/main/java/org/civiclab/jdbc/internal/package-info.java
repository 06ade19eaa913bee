/**
 * Implementation details of the JDBC adapter: public only because Java needs it, not API.
 * Nothing here is stable; do not depend on it. The document codec that turns a program
 * aggregate into the text stored in its row lives here.
 */
@NullMarked
package org.civiclab.jdbc.internal;

import org.jspecify.annotations.NullMarked;
