package se.markdna.app;

import java.util.Arrays;
import se.markdna.i18n.Messages;
import se.markdna.persistence.DatabaseLocation;
import se.markdna.service.AppServices;
import se.markdna.ui.shell.ConnectDialogModel;

/**
 * The glue between the connect dialog (ui/, which may not see persistence) and
 * {@link DatabaseLocation.PostgresServer}: the form as a location and back, and the connector that
 * logs in through {@link DatabaseOpener}.
 */
public final class SharedDatabases {

    private SharedDatabases() {
    }

    /** Logs in off the FX thread; a refusal comes back as its {@code db.error.<REASON>} message. */
    public static ConnectDialogModel.Connector connector(Messages messages) {
        return (form, password) -> {
            DatabaseLocation.PostgresServer server;
            try {
                server = serverOf(form);
            } catch (IllegalArgumentException e) {
                Arrays.fill(password, '\0');
                return ConnectDialogModel.Outcome.refused(messages.get("ui.connect.error.address", e.getMessage()));
            }
            DatabaseOpener.Result result = DatabaseOpener.open(server, password, messages);
            return result.ok() ? ConnectDialogModel.Outcome.connected(result.services())
                    : ConnectDialogModel.Outcome.refused(result.message());
        };
    }

    public static DatabaseLocation.PostgresServer serverOf(ConnectDialogModel.Form form) {
        return new DatabaseLocation.PostgresServer(form.host(), form.port(), form.database(), form.user(),
                form.sslMode(), form.caFile());
    }

    public static ConnectDialogModel.Form formOf(DatabaseLocation.PostgresServer server) {
        return new ConnectDialogModel.Form(server.host(), server.port(), server.database(), server.user(),
                server.sslMode(), server.sslRootCert());
    }

    /** The shared database the services are connected to, or null for a file. */
    static DatabaseLocation.PostgresServer serverOf(AppServices services) {
        return services.sharedDatabase() && services.database().location() instanceof DatabaseLocation.PostgresServer s
                ? s : null;
    }
}
