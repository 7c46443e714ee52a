package se.markdna.ui.properties;

import java.util.function.Function;
import javafx.util.StringConverter;

/** Small helpers for the property forms. */
final class Forms {

    private Forms() {
    }

    /** A display-only converter (combo boxes that are not edited as text). */
    static <T> StringConverter<T> converter(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : text.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }
}
