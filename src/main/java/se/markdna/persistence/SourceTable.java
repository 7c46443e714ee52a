package se.markdna.persistence;

import java.util.List;
import java.util.Set;

/**
 * A table of the SQLite file: its columns in order, its key columns (the first column when it
 * declares none, so that every table is read in a stable order), and the other tables it refers
 * to. Names are lower case, as PostgreSQL's catalogue has them.
 */
record SourceTable(String name, List<String> columns, List<String> key, Set<String> references) {
}
