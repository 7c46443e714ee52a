package se.markdna.persistence;

/**
 * A write the database refused because of a rule it enforces (a unique key, a reference, a
 * check). {@link #field()} names the field when it can be told, so a form can mark it.
 */
public class ConstraintViolationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public enum Kind {
        UNIQUE,
        REFERENCE,
        CHECK,
        OTHER
    }

    private final Kind kind;
    private final String entity;
    private final String field;

    public ConstraintViolationException(Kind kind, String entity, String field, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.entity = entity;
        this.field = field;
    }

    public Kind kind() {
        return kind;
    }

    public String entity() {
        return entity;
    }

    public String field() {
        return field;
    }
}
