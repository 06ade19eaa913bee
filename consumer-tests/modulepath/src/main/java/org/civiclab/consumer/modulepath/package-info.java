/** A modular application that round-trips a program through CivicLab's stores. */
@NullMarked
package org.civiclab.consumer.modulepath;

import org.jspecify.annotations.NullMarked;
