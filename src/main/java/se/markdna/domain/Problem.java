package se.markdna.domain;

import java.util.List;

/**
 * One thing wrong with a value the user gave: which field, and a message key with arguments so
 * the UI, the CLI and the importer can each say it in the user's language.
 */
public record Problem(String field, String messageKey, List<Object> args) {

    public Problem {
        args = List.copyOf(args);
    }

    public static Problem of(String field, String messageKey, Object... args) {
        return new Problem(field, messageKey, List.of(args));
    }
}
