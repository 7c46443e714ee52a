package se.markdna.service;

import java.nio.file.Path;
import java.time.Clock;
import se.markdna.persistence.Actor;
import se.markdna.persistence.Database;
import se.markdna.persistence.DatabaseLocation;
import se.markdna.persistence.Repositories;

/**
 * The application's services over one open database, wired by hand (constructor injection).
 * The GUI and the CLI both start here.
 */
public final class AppServices {

    private final Database database;
    private final Clock clock;
    private final Repositories repos;
    private final RegisterService register;
    private final SprayerService sprayers;
    private final SettingsService settings;
    private final ImportService imports;
    private final DemoService demo;
    private final HealthService health;
    private final PlanningService planning;
    private final BackupService backups;
    private final se.markdna.service.exchange.ExportService exports;
    private final java.util.concurrent.CompletableFuture<Path> startupBackup =
            new java.util.concurrent.CompletableFuture<>();
    private boolean startupBackupPending;

    public AppServices(Database database, Actor actor, Clock clock) {
        this.database = database;
        this.clock = clock;
        this.repos = new Repositories(actor, clock);
        this.settings = new SettingsService(database, repos);
        this.register = new RegisterService(database, repos, actor, clock);
        this.sprayers = new SprayerService(database, repos, settings, clock);
        this.imports = new ImportService(database, repos, settings, sprayers, clock);
        this.demo = new DemoService(database, imports, clock);
        this.health = new HealthService(database);
        this.planning = new PlanningService(database, repos, settings);
        this.backups = new BackupService(database, settings, clock);
        this.exports = new se.markdna.service.exchange.ExportService(database, settings, planning, clock, actor.name());
    }

    /**
     * Opens the database file and wires the services over it. An existing file is first backed up
     * (online backup, before any migration touches it); the backups are then rotated.
     */
    public static AppServices open(Path file) {
        Clock clock = Clock.systemDefaultZone();
        Path backup = Database.backupBeforeOpening(file, BackupService.nextBackupFile(file, clock, "start"));
        AppServices services = new AppServices(Database.open(file), Actor.osUser(), clock);
        if (backup != null) {
            services.backups().rotate();
        }
        services.startupBackup.complete(backup);
        return services;
    }

    /**
     * Opens as {@link #open(Path)} does for the GUI, where the start-up backup of a large register
     * (seconds) need not hold up the window: before a migration the backup is still complete
     * before the file is opened; otherwise it waits for {@link #startStartupBackup()}, which takes
     * it on a background thread while the application is already in use (an online backup is
     * consistent while others write). {@link #startupBackup()} tells the outcome.
     */
    public static AppServices openWithBackupBehind(Path file) {
        Clock clock = Clock.systemDefaultZone();
        boolean existed = java.nio.file.Files.isRegularFile(file);
        Path[] before = new Path[1];
        Database db = Database.open(file,
                () -> before[0] = Database.backupBeforeOpening(file, BackupService.nextBackupFile(file, clock, "start")));
        AppServices services = new AppServices(db, Actor.osUser(), clock);
        if (before[0] != null) {
            services.backups().rotate();
            services.startupBackup.complete(before[0]);
        } else if (!existed) {
            services.startupBackup.complete(null); // a new register: nothing to keep yet
        } else {
            services.startupBackupPending = true;
        }
        return services;
    }

    /**
     * Starts the start-up backup that {@link #openWithBackupBehind} left for later (the GUI does
     * once it has read what its first screens need); does nothing when none is pending.
     */
    public synchronized void startStartupBackup() {
        if (!startupBackupPending) {
            return;
        }
        startupBackupPending = false;
        backups().startupBackupInBackground().whenComplete((file, failure) -> {
            if (failure != null) {
                startupBackup.completeExceptionally(failure);
            } else {
                startupBackup.complete(file);
            }
        });
    }

    /**
     * The start-up backup taken in the background by {@link #openWithBackupBehind}: the file, null
     * when none was due (a new register; or taken before opening), or the failure to report.
     */
    public java.util.concurrent.CompletableFuture<Path> startupBackup() {
        return startupBackup;
    }

    /** Opens without the start-up backup: for commands that only read or that make their own. */
    public static AppServices openWithoutBackup(Path file) {
        return new AppServices(Database.open(file), Actor.osUser(), Clock.systemDefaultZone());
    }

    /**
     * Opens the register where {@code location} says: a file as {@link #open(Path)} does (or
     * without the start-up backup), a shared database by logging in with {@code password}. On a
     * server the trail names the login, and there is no start-up backup: backups are the server's.
     */
    public static AppServices open(DatabaseLocation location, char[] password, boolean startupBackup) {
        if (location instanceof DatabaseLocation.PostgresServer server) {
            return new AppServices(Database.connect(server, password), Actor.named(server.user()),
                    Clock.systemDefaultZone());
        }
        Path file = ((DatabaseLocation.SqliteFile) location).file();
        return startupBackup ? open(file) : openWithoutBackup(file);
    }

    public Database database() {
        return database;
    }

    /** Write transactions this process has committed so far (see {@link Database#changeCount()}). */
    public long changeCount() {
        return database.changeCount();
    }

    public Path databaseFile() {
        return database.file();
    }

    /** Where the register is, as the user is shown it (a file path, or postgresql://user@host:port/db). */
    public String databaseDescription() {
        return database.location().describe();
    }

    /** True for a shared PostgreSQL database. */
    public boolean sharedDatabase() {
        return database.isShared();
    }

    /**
     * Calls {@code listener} on a background thread when another user has changed the shared
     * database, so that open views can read again; a file never calls it.
     */
    public void onExternalChange(Runnable listener) {
        database.onExternalChange(listener);
    }

    /** Closes the kept connections of a shared database; nothing to do for a file. */
    public void close() {
        database.close();
    }

    /** True when the database file is on NFS/SMB, where SQLite's locking is unsafe. */
    public boolean databaseOnNetworkShare() {
        return database.onNetworkFileSystem();
    }

    public Clock clock() {
        return clock;
    }

    public RegisterService register() {
        return register;
    }

    public SprayerService sprayers() {
        return sprayers;
    }

    public SettingsService settings() {
        return settings;
    }

    public ImportService imports() {
        return imports;
    }

    public DemoService demo() {
        return demo;
    }

    public HealthService health() {
        return health;
    }

    public PlanningService planning() {
        return planning;
    }

    public BackupService backups() {
        return backups;
    }

    public se.markdna.service.exchange.ExportService exports() {
        return exports;
    }

    public se.markdna.service.exchange.TemplateService templates() {
        return new se.markdna.service.exchange.TemplateService(database);
    }

    Repositories repositories() {
        return repos;
    }
}
