package se.markdna.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Who may do what on the shared PostgreSQL register (pg-grant): makes a login a member of one of
 * the group roles that V3__organisation_access.sql creates, and for property managers lists the
 * organisations it manages in {@code organisation_access}. Every method takes a connection of the
 * administrator who ran pg-setup and commits its own work (all or nothing).
 *
 * <p>Logins are created by the database administrator ({@code CREATE ROLE name LOGIN PASSWORD ...}),
 * not here: their passwords are the server's business. Role names come from users, so they are
 * validated and always quoted.
 */
public final class PostgresAccess {

    public static final String OFFICE = "markdna_office";
    public static final String MANAGER = "markdna_manager";
    public static final String READER = "markdna_reader";

    private static final List<String> GROUPS = List.of(OFFICE, MANAGER, READER);
    private static final Pattern ROLE_NAME = Pattern.compile("^[a-z_][a-z0-9_]{0,62}$");

    private PostgresAccess() {
    }

    /**
     * Lets {@code loginRole} see and edit the properties, kit distributions, sprayers, events and
     * contacts of the organisation with {@code orgNumber}; a manager may manage several.
     */
    public static void grantOrganisation(Connection admin, String loginRole, String orgNumber) throws SQLException {
        String role = checkedLogin(admin, loginRole);
        if (orgNumber == null || orgNumber.isBlank()) {
            throw new IllegalArgumentException("No organisation number given");
        }
        inTransaction(admin, () -> {
            long organisation;
            try (PreparedStatement ps = admin.prepareStatement("SELECT id FROM organisation WHERE org_number = ?")) {
                ps.setString(1, orgNumber.strip());
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        throw new IllegalArgumentException("No organisation with organisation number " + orgNumber.strip()
                                + " in the register");
                    }
                    organisation = rs.getLong(1);
                }
            }
            // read-only is exclusive: a manager edits
            execute(admin, "REVOKE " + READER + " FROM " + quote(role));
            execute(admin, "GRANT " + MANAGER + " TO " + quote(role));
            try (PreparedStatement ps = admin.prepareStatement(
                    "INSERT INTO organisation_access (login_role, organisation_id) VALUES (?, ?) ON CONFLICT DO NOTHING")) {
                ps.setString(1, role);
                ps.setLong(2, organisation);
                ps.executeUpdate();
            }
        });
    }

    /** Lets {@code loginRole} see and edit everything. */
    public static void grantSafetyOffice(Connection admin, String loginRole) throws SQLException {
        String role = checkedLogin(admin, loginRole);
        inTransaction(admin, () -> {
            execute(admin, "REVOKE " + READER + " FROM " + quote(role));
            execute(admin, "GRANT " + OFFICE + " TO " + quote(role));
        });
    }

    /**
     * Lets {@code loginRole} see everything and edit nothing. Exclusive: any office or manager
     * access it had is removed, or it could still edit.
     */
    public static void grantReadOnly(Connection admin, String loginRole) throws SQLException {
        String role = checkedLogin(admin, loginRole);
        inTransaction(admin, () -> {
            removeAccess(admin, role);
            execute(admin, "GRANT " + READER + " TO " + quote(role));
        });
    }

    /** Takes all register access from {@code loginRole}; the login itself stays. */
    public static void revoke(Connection admin, String loginRole) throws SQLException {
        String role = validName(loginRole);
        inTransaction(admin, () -> {
            if (roleExists(admin, role)) {
                removeAccess(admin, role);
            } else {
                deleteOrganisations(admin, role);
            }
        });
    }

    /**
     * One line per login with access to the register, sorted by name, for example
     * {@code anna: property manager of 556677-8899 Bostadsbolaget AB}. Logins that are superusers or
     * BYPASSRLS are marked, since the policies do not restrict them.
     */
    public static List<String> describe(Connection admin) throws SQLException {
        List<String> lines = new ArrayList<>();
        try (PreparedStatement ps = admin.prepareStatement("""
                WITH logins AS (
                    SELECT r.rolname AS name, r.rolcanlogin, r.rolsuper, r.rolbypassrls,
                           array(SELECT g.rolname FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid
                                  WHERE m.member = r.oid AND g.rolname IN ('markdna_office','markdna_manager',
                                        'markdna_reader') ORDER BY g.rolname) AS groups
                      FROM pg_roles r
                )
                SELECT coalesce(l.name, a.login_role) AS name, l.name IS NOT NULL AS present,
                       coalesce(l.rolcanlogin, false), coalesce(l.rolsuper, false), coalesce(l.rolbypassrls, false),
                       coalesce(l.groups, '{}'::name[]),
                       array_remove(array_agg(o.org_number || ' ' || o.name ORDER BY o.org_number), NULL) AS orgs
                  FROM logins l
                  FULL JOIN organisation_access a ON a.login_role = l.name
                  LEFT JOIN organisation o ON o.id = a.organisation_id
                 WHERE cardinality(l.groups) > 0 OR a.login_role IS NOT NULL
                 GROUP BY 1, 2, 3, 4, 5, 6
                 ORDER BY 1""");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String name = rs.getString(1);
                boolean present = rs.getBoolean(2);
                List<String> groups = List.of((String[]) rs.getArray(6).getArray());
                List<String> orgs = List.of((String[]) rs.getArray(7).getArray());
                List<String> access = new ArrayList<>();
                if (groups.contains(OFFICE)) {
                    access.add("safety office (sees and edits everything)");
                }
                if (groups.contains(READER)) {
                    access.add("read-only (sees everything)");
                }
                if (groups.contains(MANAGER) || !orgs.isEmpty()) {
                    String of = orgs.isEmpty() ? "no organisation" : String.join(", ", orgs);
                    access.add("property manager of " + of + (groups.contains(MANAGER) ? "" : " (not a manager: no access)"));
                }
                StringBuilder line = new StringBuilder(name).append(": ").append(String.join("; ", access));
                if (!present) {
                    line.append(" [the login no longer exists]");
                } else {
                    if (!rs.getBoolean(3)) {
                        line.append(" [cannot log in]");
                    }
                    if (rs.getBoolean(4) || rs.getBoolean(5)) {
                        line.append(" [superuser or BYPASSRLS: not restricted by the policies]");
                    }
                }
                lines.add(line.toString());
            }
        }
        return lines;
    }

    /** The role name, lowercased, if it is a safe identifier; otherwise an explanation. */
    static String validName(String loginRole) {
        String role = loginRole == null ? "" : loginRole.strip().toLowerCase(Locale.ROOT);
        if (!ROLE_NAME.matcher(role).matches()) {
            throw new IllegalArgumentException("Not a valid login name: '" + loginRole
                    + "' (letters a-z, digits and _, not starting with a digit, at most 63 characters)");
        }
        if (role.startsWith("pg_") || GROUPS.contains(role) || role.equals("markdna_owner")) {
            throw new IllegalArgumentException("'" + role + "' is a group role, not a person's login");
        }
        return role;
    }

    private static String checkedLogin(Connection admin, String loginRole) throws SQLException {
        String role = validName(loginRole);
        try (PreparedStatement ps = admin.prepareStatement(
                "SELECT rolcanlogin, rolsuper, rolbypassrls FROM pg_roles WHERE rolname = ?")) {
            ps.setString(1, role);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalArgumentException("No login '" + role + "' on the server: create it first"
                            + " (CREATE ROLE " + role + " LOGIN PASSWORD '...')");
                }
                if (!rs.getBoolean(1)) {
                    throw new IllegalArgumentException("'" + role + "' cannot log in (it has no LOGIN)");
                }
                if (rs.getBoolean(2) || rs.getBoolean(3)) {
                    throw new IllegalArgumentException("'" + role + "' is a superuser or has BYPASSRLS, so the"
                            + " database's row-level security would not apply to it: use an ordinary login");
                }
            }
        }
        return role;
    }

    private static boolean roleExists(Connection admin, String role) throws SQLException {
        try (PreparedStatement ps = admin.prepareStatement("SELECT 1 FROM pg_roles WHERE rolname = ?")) {
            ps.setString(1, role);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static void removeAccess(Connection admin, String role) throws SQLException {
        // REVOKE of a membership the role does not have is only a warning
        execute(admin, "REVOKE " + String.join(", ", GROUPS) + " FROM " + quote(role));
        deleteOrganisations(admin, role);
    }

    private static void deleteOrganisations(Connection admin, String role) throws SQLException {
        try (PreparedStatement ps = admin.prepareStatement("DELETE FROM organisation_access WHERE login_role = ?")) {
            ps.setString(1, role);
            ps.executeUpdate();
        }
    }

    static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    private static void execute(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private interface Work {
        void run() throws SQLException;
    }

    private static void inTransaction(Connection c, Work work) throws SQLException {
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        try {
            work.run();
            c.commit();
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(auto);
        }
    }
}
