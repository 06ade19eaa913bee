package org.civiclab.core.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * The one Immutables style of CivicLab's value types.
 *
 * <p>Applied on the package-info of every package with value types. Generated implementations
 * are named {@code Immutable*} and are package-private: the API is the abstract type alone
 * (Immutables' "sandwich"). A value with a builder declares
 * {@code public static class Builder extends ImmutableX.Builder} and a static
 * {@code builder()} returning it; {@code build()} returns the abstract type
 * ({@code overshadowImplementation}). A value with copy methods implements the generated
 * {@code WithX} interface, so {@code x.withY(...)} is called on the abstract type. A builder
 * missing required attributes throws {@link MissingAttributesException}, an
 * {@code InvalidInputException} with one problem per attribute. Not API.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    typeImmutable = "Immutable*",
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    typeWith = "With*",
    defaults = @Value.Immutable(copy = true),
    strictBuilder = false,
    privateNoargConstructor = false,
    jdkOnly = false,
    optionalAcceptNullable = false,
    depluralize = true,
    depluralizeDictionary = {"person:people", "child:children", "finding:findings"},
    throwForInvalidImmutableState = MissingAttributesException.class)
@API(status = INTERNAL, since = "0.1.0")
public @interface CivicStyle {}
