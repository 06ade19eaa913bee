package org.civiclab.core.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of CivicLab's value types.
 *
 * <p>Applied on the package-info of every package with value types. Generated implementations
 * are named {@code Immutable*}; builders are obtained through the abstract type's static
 * {@code builder()} method; every value gets {@code with*} copy methods, declared by a generated
 * {@code WithX} interface that the abstract type implements. Not API.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    typeImmutable = "Immutable*",
    visibility = Value.Style.ImplementationVisibility.PUBLIC,
    typeWith = "With*",
    defaults = @Value.Immutable(copy = true),
    strictBuilder = false,
    privateNoargConstructor = false,
    jdkOnly = false,
    optionalAcceptNullable = false,
    depluralize = true,
    depluralizeDictionary = {"person:people", "child:children", "finding:findings"},
    throwForInvalidImmutableState = IllegalStateException.class)
public @interface CivicStyle {}
