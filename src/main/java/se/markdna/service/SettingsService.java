package se.markdna.service;

import se.markdna.domain.settings.Settings;
import se.markdna.persistence.Database;
import se.markdna.persistence.Repositories;

/** Reads and saves the settings; other services ask it for the values in force. */
public final class SettingsService {

    private final Database db;
    private final Repositories repos;

    public SettingsService(Database db, Repositories repos) {
        this.db = db;
        this.repos = repos;
    }

    public Settings current() {
        return db.read(repos.settings::load);
    }

    public void save(Settings s) {
        ValidationException.throwIfAny(s.validate());
        db.write(c -> {
            repos.settings.save(c, s);
            return null;
        });
    }
}
