package se.markdna.persistence;

import java.sql.Connection;
import java.sql.SQLException;

/** A unit of work on one connection. */
@FunctionalInterface
public interface SqlWork<T> {
    T run(Connection connection) throws SQLException;
}
