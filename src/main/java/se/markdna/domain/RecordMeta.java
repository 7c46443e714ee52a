package se.markdna.domain;

import java.time.Instant;

/**
 * Identity and bookkeeping every stored entity has. {@code version} is the optimistic-lock
 * counter: a save names the version it was based on and fails if the stored one moved on.
 */
public record RecordMeta(Long id, long version, Instant createdAt, Instant updatedAt) {

    public static final RecordMeta NEW = new RecordMeta(null, 0, null, null);

    public boolean isNew() {
        return id == null;
    }

    public static RecordMeta of(long id, long version) {
        return new RecordMeta(id, version, null, null);
    }
}
