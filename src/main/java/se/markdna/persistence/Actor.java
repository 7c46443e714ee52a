package se.markdna.persistence;

/** Who is making changes, as written to the audit trail. */
@FunctionalInterface
public interface Actor {

    String name();

    static Actor osUser() {
        String user = System.getProperty("user.name", "okänd");
        return () -> user;
    }
}
