package clusterlab.scenario;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The schema of one scenario parameter, attached to the record component that holds it. The
 * binder, the {@code validate} listing and the exported JSON Schema all read this one annotation,
 * so a parameter's type, unit, range, default and meaning have exactly one home.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface Param {
    /** Marks a parameter that has no default and must be given. */
    String REQUIRED = "\u0000required";

    /** Unit of the value, e.g. {@code "oku/year"}, {@code "months"}, {@code "1"} for a plain number. */
    String unit();

    /** Smallest allowed value (numbers) or element count (lists). */
    double min() default Double.NEGATIVE_INFINITY;

    /** Largest allowed value (numbers) or element count (lists). */
    double max() default Double.POSITIVE_INFINITY;

    /** Whether {@link #min()} itself is excluded. */
    boolean exclusiveMin() default false;

    /**
     * Allowed values for a string parameter; empty means any string matching {@link #pattern()}.
     * An enum parameter leaves this empty: its constants' words are the allowed values.
     */
    String[] values() default {};

    /** Regular expression a string parameter (or each string of a list) must match; empty means any. */
    String pattern() default "";

    /** Default as YAML text ({@code "5"}, {@code "[]"}, {@code "{}"}), or {@link #REQUIRED}. */
    String def();

    /** What the parameter means, in one sentence. */
    String doc();
}
