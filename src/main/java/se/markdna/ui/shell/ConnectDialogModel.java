package se.markdna.ui.shell;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.markdna.i18n.Messages;
import se.markdna.service.AppServices;
import se.markdna.ui.common.BackgroundTask;
import se.markdna.ui.common.ErrorHandler;

/**
 * What the "Anslut till delad databas" dialog edits and does: the server's address, the login and
 * the TLS choice, checked before anything is sent; the connection itself is made off the FX thread
 * by a {@link Connector} (the application's, which may see the persistence layer; ui/ may not).
 *
 * <p>The password is never a property of this model: the dialog hands it over as a {@code char[]}
 * for one attempt, and the connector's layer wipes it once the driver has it.
 */
public final class ConnectDialogModel {

    private static final Logger LOG = LoggerFactory.getLogger(ConnectDialogModel.class);

    /** The TLS modes offered, safest first (libpq's names); "disable" and "allow" are not offered. */
    public static final List<String> SSL_MODES = List.of("verify-full", "verify-ca", "require");
    public static final int DEFAULT_PORT = 5432;

    /** A checked address of a shared database, in the dialog's terms (no password). */
    public record Form(String host, int port, String database, String user, String sslMode, Path caFile) {
        public Form {
            Objects.requireNonNull(host);
            Objects.requireNonNull(database);
            Objects.requireNonNull(user);
            Objects.requireNonNull(sslMode);
        }

        /** The address for the log (no password: there is none in the form). */
        public String describe() {
            return "postgresql://" + host + ":" + port + "/" + database + "?user=" + user;
        }
    }

    /** The open services, or the message saying why not (a {@code db.error.<REASON>} text). */
    public record Outcome(AppServices services, String message) {
        public boolean ok() {
            return services != null;
        }

        public static Outcome connected(AppServices services) {
            return new Outcome(Objects.requireNonNull(services), null);
        }

        public static Outcome refused(String message) {
            return new Outcome(null, Objects.requireNonNull(message));
        }
    }

    /** Connects; called off the FX thread. Must wipe or hand on {@code password}, never keep it. */
    @FunctionalInterface
    public interface Connector {
        Outcome connect(Form form, char[] password);
    }

    private final Messages m;
    private final Connector connector;

    public final StringProperty host = new SimpleStringProperty("");
    public final StringProperty port = new SimpleStringProperty(String.valueOf(DEFAULT_PORT));
    public final StringProperty database = new SimpleStringProperty("");
    public final StringProperty user = new SimpleStringProperty("");
    public final ObjectProperty<String> sslMode = new SimpleObjectProperty<>(SSL_MODES.get(0));
    public final StringProperty caFile = new SimpleStringProperty("");

    private final ObservableMap<String, String> problems = FXCollections.observableMap(new LinkedHashMap<>());
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);

    public ConnectDialogModel(Messages messages, Connector connector) {
        this.m = Objects.requireNonNull(messages);
        this.connector = Objects.requireNonNull(connector);
    }

    /** Fills the fields from an earlier address (the password is never part of it). */
    public ConnectDialogModel prefill(Form form) {
        if (form != null) {
            host.set(form.host());
            port.set(String.valueOf(form.port()));
            database.set(form.database());
            user.set(form.user());
            sslMode.set(SSL_MODES.contains(form.sslMode()) ? form.sslMode() : SSL_MODES.get(0));
            caFile.set(form.caFile() == null ? "" : form.caFile().toString());
        }
        return this;
    }

    /** Field → message for the fields that are wrong now (field names: host, port, database, user, caFile, password). */
    public ObservableMap<String, String> problems() {
        return problems;
    }

    /** Why the last attempt failed (empty: no failure to show). */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Sets the failure shown under the form (e.g. why the start-up attempt failed). */
    public void showMessage(String text) {
        message.set(text == null ? "" : text);
    }

    /** True while a connection attempt runs. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    /**
     * Checks the fields and, when they are fine and there is a password, gives the form; the
     * messages for the wrong fields are in {@link #problems()} otherwise.
     */
    public Form validate(boolean passwordGiven) {
        Map<String, String> found = new LinkedHashMap<>();
        String h = strip(host.get());
        if (h.isEmpty()) {
            found.put("host", m.get("ui.connect.error.host"));
        } else if (h.chars().anyMatch(Character::isWhitespace) || h.contains("/") || h.contains("@")) {
            found.put("host", m.get("ui.connect.error.hostInvalid"));
        }
        String p = strip(port.get());
        int portNumber = -1;
        if (p.isEmpty()) {
            found.put("port", m.get("ui.connect.error.port"));
        } else {
            try {
                portNumber = Integer.parseInt(p);
            } catch (NumberFormatException e) {
                portNumber = -1;
            }
            if (portNumber < 1 || portNumber > 65_535) {
                found.put("port", m.get("ui.connect.error.port"));
            }
        }
        String db = strip(database.get());
        if (db.isEmpty()) {
            found.put("database", m.get("ui.connect.error.database"));
        }
        String u = strip(user.get());
        if (u.isEmpty()) {
            found.put("user", m.get("ui.connect.error.user"));
        }
        String ca = strip(caFile.get());
        Path caPath = null;
        if (!ca.isEmpty()) {
            try {
                caPath = Path.of(ca);
                if (!Files.isRegularFile(caPath)) {
                    found.put("caFile", m.get("ui.connect.error.caFile", ca));
                }
            } catch (java.nio.file.InvalidPathException e) {
                found.put("caFile", m.get("ui.connect.error.caFile", ca));
            }
        }
        if (!passwordGiven) {
            found.put("password", m.get("ui.connect.error.password"));
        }
        String mode = sslMode.get();
        if (mode == null || !SSL_MODES.contains(mode)) {
            mode = SSL_MODES.get(0);
        }
        problems.clear();
        problems.putAll(found);
        if (!found.isEmpty()) {
            return null;
        }
        return new Form(h, portNumber, db, u, mode, caPath);
    }

    /**
     * Validates, then connects off the FX thread with {@code password}, which is wiped here once
     * the attempt is over whatever happens. {@code onConnected} gets the open services on the FX
     * thread; a refusal shows in {@link #messageProperty()}. Returns false when nothing was tried
     * (wrong fields, or an attempt already running).
     */
    public boolean connect(char[] password, Consumer<AppServices> onConnected) {
        Objects.requireNonNull(onConnected);
        if (busy.get()) {
            wipe(password);
            return false;
        }
        Form form = validate(password != null && password.length > 0);
        if (form == null) {
            wipe(password);
            return false;
        }
        message.set("");
        BackgroundTask.of(() -> {
            try {
                return connector.connect(form, password);
            } finally {
                wipe(password);
            }
        }).busy(busy)
                .onSuccess(outcome -> {
                    if (outcome.ok()) {
                        onConnected.accept(outcome.services());
                    } else {
                        message.set(outcome.message());
                    }
                })
                .onFailure(error -> {
                    LOG.warn("Connecting to {} failed", form.describe(), error);
                    message.set(m.get("ui.connect.failed", ErrorHandler.shortMessage(error)));
                })
                .start();
        return true;
    }

    private static void wipe(char[] password) {
        if (password != null) {
            Arrays.fill(password, '\0');
        }
    }

    private static String strip(String s) {
        return s == null ? "" : s.strip();
    }
}
