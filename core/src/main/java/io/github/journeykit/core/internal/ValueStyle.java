package io.github.journeykit.core.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of JourneyKit's value types. Not public API.
 *
 * <p>Generated classes stay package-private: callers see the abstract type, its static {@code
 * builder()} and {@code of(...)} factories and its nested {@code Builder} interface. Collections
 * are Guava immutable collections behind {@code java.util} interfaces. Builder methods for list
 * attributes take the singular name ({@code addStage}, {@code addAllStages}).
 *
 * <p>Public value types carry a bare {@code @Value.Immutable}, without attributes: its attributes
 * would stay in the class files, and compilers of projects that embed JourneyKit (without
 * Immutables on their class path) would warn that they cannot find them.
 */
@Target({ElementType.TYPE, ElementType.PACKAGE})
@Retention(RetentionPolicy.SOURCE)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    depluralize = true,
    jdkOnly = false,
    // A required field that was never set is a broken rule like any other.
    throwForInvalidImmutableState = MissingFields.class,
    // Generated code must not pull in annotations that the module does not read.
    allowedClasspathAnnotations = {Override.class})
public @interface ValueStyle {}
