package dev.nudge.plot;

/**
 * A range of data values laid along one axis of a plot. It exists so that plots, their tangents and their tick labels
 * all agree on where a value goes.
 */
public record Scale(double min, double max) {
    public Scale {
        if (!Double.isFinite(min) || !Double.isFinite(max) || !(min < max)) {
            throw new IllegalArgumentException("a scale needs finite ends with min < max, not " + min + ".." + max);
        }
    }

    /** A scale from {@code low} to {@code high}, widened around them when they are (almost) equal. */
    public static Scale spanning(double low, double high) {
        if (high - low < 1e-9 * Math.max(1, Math.abs(low))) {
            double pad = Math.max(1, Math.abs(low)) / 2;
            return new Scale(low - pad, high + pad);
        }
        return new Scale(low, high);
    }

    /** The smallest of 1, 2 and 5 times a power of ten that is at least {@code value}: widths that do not jitter. */
    public static double nice(double value) {
        double power = Math.pow(10, Math.floor(Math.log10(value)));
        for (double factor : new double[] {1, 2, 5, 10}) {
            if (factor * power >= value * (1 - 1e-12)) {
                return factor * power;
            }
        }
        return 10 * power;
    }

    public double span() {
        return max - min;
    }

    public boolean contains(double value) {
        return value >= min && value <= max;
    }

    /** Where {@code value} falls, from 0 at {@code min} to 1 at {@code max} (outside 0..1 when outside the range). */
    public double fraction(double value) {
        return (value - min) / span();
    }

    /** The value at {@code fraction} of the way from {@code min} to {@code max}. */
    public double at(double fraction) {
        return min + fraction * span();
    }
}
