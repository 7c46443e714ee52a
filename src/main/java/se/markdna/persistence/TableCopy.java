package se.markdna.persistence;

import static se.markdna.persistence.CopySql.quote;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;

/**
 * Copies the rows of one table of the file, in key order, column by column by name, with their
 * ids, in batches, inside the caller's transaction on the server. A row that cannot be copied is
 * named by its key in the {@link RegisterCopy.FailedException}.
 */
final class TableCopy {

    static final int BATCH_SIZE = 1000;

    private final SourceTable table;
    private final List<String> columns;
    private final ColumnKind[] kinds;
    /** Where the key's columns are in a row, to name a row at fault. */
    private final int[] keyAt;
    private final String select;
    private final String insert;

    /** {@code targetColumns} must hold every column of the table (see {@link TargetSchema#requireSameStructureAs}). */
    TableCopy(SourceTable table, Map<String, ColumnKind> targetColumns) {
        this.table = table;
        this.columns = table.columns();
        this.kinds = columns.stream().map(targetColumns::get).toArray(ColumnKind[]::new);
        this.keyAt = table.key().stream().mapToInt(columns::indexOf).toArray();
        String columnList = columns.stream().map(CopySql::quote).collect(Collectors.joining(", "));
        this.insert = "INSERT INTO " + quote(table.name()) + " (" + columnList + ") VALUES ("
                + String.join(", ", Collections.nCopies(columns.size(), "?")) + ")";
        this.select = "SELECT " + columnList + " FROM " + quote(table.name()) + " ORDER BY "
                + table.key().stream().map(CopySql::quote).collect(Collectors.joining(", "));
    }

    /** Tells {@code copied} of the rows after every batch, and once more (perhaps of none) at the end. */
    void copy(Connection sqlite, Connection pg, LongConsumer copied) throws SQLException {
        List<Object[]> batch = new ArrayList<>(BATCH_SIZE);
        try (PreparedStatement read = sqlite.prepareStatement(select); ResultSet rs = read.executeQuery();
                PreparedStatement write = pg.prepareStatement(insert)) {
            while (rs.next()) {
                batch.add(readRow(rs));
                if (batch.size() == BATCH_SIZE) {
                    flush(pg, write, batch);
                    copied.accept(batch.size());
                    batch.clear();
                }
            }
            if (!batch.isEmpty()) {
                flush(pg, write, batch);
            }
            copied.accept(batch.size());
        }
    }

    /** The current row as the target's types; refuses it if a value cannot be one. */
    private Object[] readRow(ResultSet rs) throws SQLException {
        Object[] row = new Object[columns.size()];
        for (int i = 0; i < row.length; i++) {
            row[i] = CopyValues.read(rs, i + 1, kinds[i]);
        }
        // only once the whole row is read, so that the message can name its key
        for (int i = 0; i < row.length; i++) {
            if (row[i] instanceof CopyValues.BadValue bad) {
                String key = CopyValues.rowKey(columns, keyAt, row);
                throw new RegisterCopy.FailedException(table.name(), key,
                        "Copying " + table.name() + " row " + key + " failed: column "
                                + columns.get(i) + " holds " + bad.describe()
                                + ". Nothing was written: the shared database is still empty.",
                        null);
            }
        }
        return row;
    }

    /** Inserts one batch; if the server refuses it, finds the row at fault by inserting them one by one. */
    private void flush(Connection pg, PreparedStatement write, List<Object[]> batch) throws SQLException {
        Savepoint before = pg.setSavepoint();
        try {
            for (Object[] row : batch) {
                CopyValues.bind(write, row, kinds);
                write.addBatch();
            }
            write.executeBatch();
            pg.releaseSavepoint(before);
            return;
        } catch (SQLException batchFailure) {
            write.clearBatch();
            pg.rollback(before);
            for (Object[] row : batch) {
                try {
                    CopyValues.bind(write, row, kinds);
                    write.executeUpdate();
                } catch (SQLException rowFailure) {
                    String key = CopyValues.rowKey(columns, keyAt, row);
                    throw new RegisterCopy.FailedException(table.name(), key, "Copying " + table.name() + " row "
                            + key + " failed: " + CopySql.serverMessage(rowFailure) + ". Nothing was written: the"
                            + " shared database is still empty.", rowFailure);
                }
            }
            throw batchFailure; // every row went in alone: not a row's fault (the connection, say)
        }
    }
}
