package se.markdna.persistence;

/** Who is making changes, as written to the audit trail. */
@FunctionalInterface
public interface Actor {

    String name();

    static Actor osUser() {
        String user = System.getProperty("user.name", "okänd");
        return () -> user;
    }

    /** A named login, e.g. the user of a shared database. */
    static Actor named(String name) {
        return () -> name;
    }
}
