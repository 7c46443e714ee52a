package se.markdna.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Listens on the shared database's {@code markdna_changes} channel (migration V4) so that open
 * windows can read again when another user has changed the register. Runs on a daemon thread
 * with a connection of its own, reconnecting after a lost connection; notifications of this
 * client's own changes (its application_name in the payload) are skipped.
 */
final class ChangeNotifications implements AutoCloseable {

    static final String CHANNEL = "markdna_changes";
    private static final Logger LOG = LoggerFactory.getLogger(ChangeNotifications.class);
    private static final int POLL_MS = 1_000;
    private static final int RECONNECT_MS = 5_000;

    private final DataSource source;
    private final String ownName;
    private final Runnable onChange;
    private final Thread thread;
    private final java.util.concurrent.CountDownLatch listening = new java.util.concurrent.CountDownLatch(1);
    private volatile boolean closed;

    private ChangeNotifications(DataSource source, String ownName, Runnable onChange) {
        this.source = source;
        this.ownName = ownName;
        this.onChange = onChange;
        this.thread = new Thread(this::run, "shared-database-changes");
        thread.setDaemon(true);
    }

    /**
     * A name unique to this client among the server's sessions. ASCII only: the server replaces
     * other characters of an application_name, and the name must come back as it was sent.
     */
    static String clientName() {
        return "markdna-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /**
     * Starts listening and waits (a few seconds at most) until the server has the LISTEN, so that
     * every change committed after the connect is announced.
     */
    static ChangeNotifications start(DataSource source, String ownName, Runnable onChange) {
        ChangeNotifications n = new ChangeNotifications(source, ownName, onChange);
        n.thread.start();
        try {
            n.listening.await(RECONNECT_MS, java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return n;
    }

    /** True when a notification's payload ("table application_name") comes from another client. */
    static boolean fromAnotherClient(String payload, String ownName) {
        return payload == null || !payload.endsWith(" " + ownName);
    }

    private void run() {
        while (!closed) {
            try (Connection c = source.getConnection(); Statement st = c.createStatement()) {
                st.execute("LISTEN " + CHANNEL);
                listening.countDown();
                PGConnection pg = c.unwrap(PGConnection.class);
                while (!closed) {
                    PGNotification[] received = pg.getNotifications(POLL_MS);
                    if (received != null && anyFromOthers(received)) {
                        onChange.run();
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (closed) {
                    return;
                }
                LOG.info("listening for other users' changes paused: {}", e.getMessage());
                sleep();
            }
        }
    }

    private boolean anyFromOthers(PGNotification[] received) {
        for (PGNotification n : received) {
            if (fromAnotherClient(n.getParameter(), ownName)) {
                return true;
            }
        }
        return false;
    }

    private void sleep() {
        try {
            Thread.sleep(RECONNECT_MS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closed = true;
        }
    }

    @Override
    public void close() {
        closed = true;
        thread.interrupt();
    }
}
