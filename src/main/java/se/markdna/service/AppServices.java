package se.markdna.service;

import java.nio.file.Path;
import java.time.Clock;
import se.markdna.persistence.Actor;
import se.markdna.persistence.Database;
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

    public AppServices(Database database, Actor actor, Clock clock) {
        this.database = database;
        this.clock = clock;
        this.repos = new Repositories(actor, clock);
        this.settings = new SettingsService(database, repos);
        this.register = new RegisterService(database, repos);
        this.sprayers = new SprayerService(database, repos, settings, clock);
        this.imports = new ImportService(database, repos, settings, sprayers, clock);
        this.demo = new DemoService(database, imports, clock);
        this.health = new HealthService(database);
        this.planning = new PlanningService(database, repos, settings);
    }

    /** Opens (creating and migrating) the database file and wires the services over it. */
    public static AppServices open(Path file) {
        return new AppServices(Database.open(file), Actor.osUser(), Clock.systemDefaultZone());
    }

    public Database database() {
        return database;
    }

    public Path databaseFile() {
        return database.file();
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

    Repositories repositories() {
        return repos;
    }
}
