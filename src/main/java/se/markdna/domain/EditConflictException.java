package se.markdna.domain;

/**
 * Someone else saved the record after it was opened: the save was refused so that nothing is
 * silently overwritten. The caller reloads and shows both versions.
 */
public class EditConflictException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String entity;
    private final long id;
    private final long expectedVersion;

    public EditConflictException(String entity, long id, long expectedVersion) {
        super(entity + " " + id + " was changed by someone else (expected version " + expectedVersion + ")");
        this.entity = entity;
        this.id = id;
        this.expectedVersion = expectedVersion;
    }

    public String entity() {
        return entity;
    }

    public long id() {
        return id;
    }

    public long expectedVersion() {
        return expectedVersion;
    }
}
