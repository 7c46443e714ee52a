package se.markdna.persistence;

import java.sql.Types;

/** How a value is bound for a column of the shared database, by the column's PostgreSQL type. */
enum ColumnKind {
    LONG(Types.BIGINT), INT(Types.INTEGER), SHORT(Types.SMALLINT), DOUBLE(Types.DOUBLE),
    DECIMAL(Types.NUMERIC), TEXT(Types.VARCHAR), BOOLEAN(Types.BOOLEAN), BYTES(Types.BINARY);

    /** For binding a null: the server wants to know the type even then. */
    final int sqlType;

    ColumnKind(int sqlType) {
        this.sqlType = sqlType;
    }

    /** The kind for information_schema.columns' data_type and udt_name; null for a type migrate does not know. */
    static ColumnKind of(String dataType, String udtName) {
        return switch (dataType) {
            case "bigint" -> LONG;
            case "integer" -> INT;
            case "smallint" -> SHORT;
            case "double precision", "real" -> DOUBLE;
            case "numeric" -> DECIMAL;
            case "text", "character varying", "character" -> TEXT;
            case "boolean" -> BOOLEAN;
            case "bytea" -> BYTES;
            case "USER-DEFINED" -> "citext".equals(udtName) ? TEXT : null;
            default -> null;
        };
    }
}
