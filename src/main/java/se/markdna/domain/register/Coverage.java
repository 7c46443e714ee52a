package se.markdna.domain.register;

import java.util.OptionalDouble;

/**
 * Share of households that took a kit. An area counts as "DNA-marked" once the share reaches the
 * threshold (about 15 % in practice; a setting).
 */
public final class Coverage {

    private Coverage() {
    }

    /** Kits handed out ÷ households; empty when there are no households to divide by. */
    public static OptionalDouble of(long kitsHandedOut, long households) {
        if (households <= 0) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of((double) kitsHandedOut / households);
    }

    public static boolean isMarked(long kitsHandedOut, long households, double threshold) {
        OptionalDouble c = of(kitsHandedOut, households);
        return c.isPresent() && c.getAsDouble() >= threshold;
    }
}
