package se.markdna.domain;

import java.util.List;

/** A stored record of the register: it knows its identity and checks its own fields. */
public interface Entity {

    RecordMeta meta();

    List<Problem> validate();

    default Long id() {
        return meta().id();
    }
}
