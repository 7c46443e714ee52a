package se.markdna.domain;

/**
 * An enum with a stable code (stored in the database and accepted on import) and a message key
 * for its label in the user's language.
 */
public interface Labelled {

    String code();

    default String labelKey() {
        return "enum." + getClass().getSimpleName() + "." + code();
    }
}
