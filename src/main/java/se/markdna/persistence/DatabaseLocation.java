package se.markdna.persistence;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Where the register lives: an SQLite file on this computer (the zero-setup default) or a shared
 * PostgreSQL database on a server. What {@code --db} and File › Connect produce.
 */
public sealed interface DatabaseLocation {

    /** How the location is shown to the user and in messages; never contains a password. */
    String describe();

    /** Parses {@code --db}: a {@code postgresql://} URL, or else the path of an SQLite file. */
    static DatabaseLocation parse(String text) {
        String trimmed = text.trim();
        if (trimmed.startsWith("postgresql://") || trimmed.startsWith("postgres://")) {
            return PostgresServer.parse(trimmed);
        }
        return new SqliteFile(Path.of(trimmed));
    }

    record SqliteFile(Path file) implements DatabaseLocation {
        public SqliteFile {
            Objects.requireNonNull(file);
        }

        @Override
        public String describe() {
            return file.toAbsolutePath().toString();
        }
    }

    /**
     * A PostgreSQL server. TLS with the server's certificate checked against the CA and the host
     * name ({@code verify-full}) unless the user chooses otherwise; the password is not part of
     * the location and is asked for at connect.
     */
    record PostgresServer(String host, int port, String database, String user, String sslMode, Path sslRootCert)
            implements DatabaseLocation {

        public static final int DEFAULT_PORT = 5432;
        public static final String DEFAULT_SSL_MODE = "verify-full";
        /** libpq's names; "disable" and "allow" are left out on purpose: a password would cross the network in clear. */
        public static final Set<String> SSL_MODES = Set.of("require", "verify-ca", "verify-full");
        private static final Set<String> PARAMETERS = Set.of("user", "sslmode", "sslrootcert");

        public PostgresServer {
            if (host == null || host.isBlank()) {
                throw new IllegalArgumentException("The server's host name is missing.");
            }
            if (port < 1 || port > 65_535) {
                throw new IllegalArgumentException("The port must be between 1 and 65535: " + port);
            }
            if (database == null || database.isBlank()) {
                throw new IllegalArgumentException("The database name is missing (postgresql://host:port/DATABASE).");
            }
            if (user == null || user.isBlank()) {
                throw new IllegalArgumentException("The user is missing (postgresql://host:port/db?user=NAME).");
            }
            sslMode = sslMode == null || sslMode.isBlank() ? DEFAULT_SSL_MODE : sslMode;
            if (!SSL_MODES.contains(sslMode)) {
                throw new IllegalArgumentException("sslmode must be one of verify-full, verify-ca or require: "
                        + sslMode);
            }
        }

        /** {@code postgresql://host[:port]/database?user=NAME[&sslmode=MODE][&sslrootcert=FILE]}. */
        public static PostgresServer parse(String url) {
            URI uri;
            try {
                uri = new URI(url.replaceFirst("^postgres://", "postgresql://"));
            } catch (URISyntaxException e) {
                throw new IllegalArgumentException("Not a valid postgresql:// address: " + e.getReason());
            }
            if (uri.getUserInfo() != null && uri.getUserInfo().contains(":")) {
                throw new IllegalArgumentException(
                        "Do not put the password in the address; it is asked for when connecting.");
            }
            Map<String, String> query = query(uri.getRawQuery());
            String user = query.getOrDefault("user", uri.getUserInfo());
            String path = uri.getPath() == null ? "" : uri.getPath().replaceFirst("^/", "");
            String ca = query.get("sslrootcert");
            return new PostgresServer(uri.getHost(), uri.getPort() < 0 ? DEFAULT_PORT : uri.getPort(), path, user,
                    query.get("sslmode"), ca == null || ca.isBlank() ? null : Path.of(ca));
        }

        private static Map<String, String> query(String raw) {
            Map<String, String> values = new LinkedHashMap<>();
            if (raw == null || raw.isEmpty()) {
                return values;
            }
            for (String pair : raw.split("&")) {
                int eq = pair.indexOf('=');
                String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                if (key.equals("password")) {
                    throw new IllegalArgumentException(
                            "Do not put the password in the address; it is asked for when connecting.");
                }
                if (!PARAMETERS.contains(key)) {
                    throw new IllegalArgumentException("Unknown parameter in the address: " + key
                            + " (known: user, sslmode, sslrootcert)");
                }
                values.put(key, value);
            }
            return values;
        }

        @Override
        public String describe() {
            return "postgresql://" + host + ":" + port + "/" + database + "?user=" + user;
        }

        /** The address in the form {@link #parse} reads. */
        public String toUrl() {
            StringBuilder s = new StringBuilder("postgresql://").append(host).append(':').append(port).append('/')
                    .append(database).append("?user=").append(encode(user)).append("&sslmode=").append(sslMode);
            if (sslRootCert != null) {
                s.append("&sslrootcert=").append(encode(sslRootCert.toString()));
            }
            return s.toString();
        }

        private static String encode(String s) {
            return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
        }
    }
}
