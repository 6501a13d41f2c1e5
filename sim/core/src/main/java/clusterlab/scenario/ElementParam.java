package clusterlab.scenario;

import java.lang.annotation.Annotation;

/**
 * The {@link Param} of a list or map parameter as it applies to each element: the range and
 * allowed values carry over, while {@code min}/{@code max} of the list itself count elements,
 * so numeric elements are bounded below by zero instead: in scenarios they are always counts,
 * weights or amounts.
 */
record ElementParam(Param list) implements Param {
    @Override
    public String unit() {
        return list.unit();
    }

    @Override
    public double min() {
        return list.values().length > 0 || !list.pattern().isEmpty() ? Double.NEGATIVE_INFINITY : 0;
    }

    @Override
    public double max() {
        return Double.POSITIVE_INFINITY;
    }

    @Override
    public boolean exclusiveMin() {
        return false;
    }

    @Override
    public String[] values() {
        return list.values();
    }

    @Override
    public String pattern() {
        return list.pattern();
    }

    @Override
    public String def() {
        return Param.REQUIRED;
    }

    @Override
    public String doc() {
        return list.doc();
    }

    @Override
    public Class<? extends Annotation> annotationType() {
        return Param.class;
    }
}
