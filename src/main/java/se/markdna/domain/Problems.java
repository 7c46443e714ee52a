package se.markdna.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Collects every problem of a record instead of stopping at the first, so a form can mark all
 * bad fields at once and an import can report all of a row's errors.
 */
public final class Problems {

    private final List<Problem> list = new ArrayList<>();

    public Problems add(String field, String key, Object... args) {
        list.add(Problem.of(field, key, args));
        return this;
    }

    public Problems addAll(List<Problem> problems) {
        list.addAll(problems);
        return this;
    }

    public List<Problem> toList() {
        return Collections.unmodifiableList(new ArrayList<>(list));
    }

    public Problems required(String field, Object value) {
        if (value == null || (value instanceof String s && s.isBlank())) {
            add(field, "validation.required");
        }
        return this;
    }

    public Problems maxLength(String field, String value, int max) {
        if (value != null && value.length() > max) {
            add(field, "validation.tooLong", max);
        }
        return this;
    }

    public Problems nonNegative(String field, Number value) {
        if (value != null && value.doubleValue() < 0) {
            add(field, "validation.negative");
        }
        return this;
    }

    public Problems between(String field, Number value, double min, double max) {
        if (value != null && (value.doubleValue() < min || value.doubleValue() > max)) {
            add(field, "validation.range", min, max);
        }
        return this;
    }

    public Problems matches(String field, String value, Pattern pattern, String key) {
        if (value != null && !value.isBlank() && !pattern.matcher(value).matches()) {
            add(field, key);
        }
        return this;
    }

    public Problems notAfter(String field, LocalDate value, LocalDate limit, String key) {
        if (value != null && limit != null && value.isAfter(limit)) {
            add(field, key, limit);
        }
        return this;
    }

    public Problems latitude(String field, Double value) {
        return between(field, value, Geo.MIN_LATITUDE, Geo.MAX_LATITUDE);
    }

    public Problems longitude(String field, Double value) {
        return between(field, value, Geo.MIN_LONGITUDE, Geo.MAX_LONGITUDE);
    }
}
