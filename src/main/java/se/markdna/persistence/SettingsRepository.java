package se.markdna.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import se.markdna.domain.audit.AuditAction;
import se.markdna.domain.audit.ChangeSet;
import se.markdna.domain.settings.ScoreWeights;
import se.markdna.domain.settings.Settings;

/** Settings as key/value rows; a missing key takes its default, so new settings need no migration. */
public final class SettingsRepository {

    private final AuditRepository audit;
    private final Actor actor;
    private final Clock clock;

    public SettingsRepository(AuditRepository audit, Actor actor, Clock clock) {
        this.audit = audit;
        this.actor = actor;
        this.clock = clock;
    }

    public Settings load(Connection c) throws SQLException {
        Map<String, String> stored = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT key, value FROM setting");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                stored.put(rs.getString(1), rs.getString(2));
            }
        }
        Map<String, String> values = toMap(Settings.defaults());
        values.putAll(stored);
        return fromMap(values);
    }

    public void save(Connection c, Settings settings) throws SQLException {
        Map<String, String> before = toMap(load(c));
        Map<String, String> after = toMap(settings);
        var changes = ChangeSet.between(before, after);
        if (changes.isEmpty()) {
            return;
        }
        String now = clock.instant().toString();
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO setting (key, value, version, updated_at) VALUES (?, ?, 0, ?)
                ON CONFLICT (key) DO UPDATE SET value = excluded.value, version = setting.version + 1,
                updated_at = excluded.updated_at""")) {
            for (var change : changes) {
                ps.setString(1, change.field());
                ps.setString(2, change.newValue());
                ps.setString(3, now);
                ps.addBatch();
            }
            ps.executeBatch();
        }
        audit.record(c, actor.name(), clock.instant(), "setting", 0, AuditAction.UPDATE, changes);
    }

    static Map<String, String> toMap(Settings s) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("cost.kit", Long.toString(s.kitCost()));
        m.put("cost.sign", Long.toString(s.signCost()));
        m.put("cost.sticker", Long.toString(s.stickerCost()));
        m.put("cost.sprayerInstall", Long.toString(s.sprayerInstallCost()));
        m.put("cost.sprayerService", Long.toString(s.sprayerServiceCost()));
        m.put("sprayer.defaultServiceIntervalMonths", Integer.toString(s.defaultServiceIntervalMonths()));
        m.put("sprayer.cartridgeInServiceMonths", Integer.toString(s.cartridgeInServiceMonths()));
        m.put("sprayer.cartridgeShelfLifeMonths", Integer.toString(s.cartridgeShelfLifeMonths()));
        m.put("kit.shelfLifeMonths", Integer.toString(s.kitShelfLifeMonths()));
        m.put("sprayer.warningHorizonDays", Integer.toString(s.warningHorizonDays()));
        m.put("coverage.threshold", Double.toString(s.coverageThreshold()));
        m.put("score.weight.burglaryRate", Double.toString(s.weights().burglaryRate()));
        m.put("score.weight.coverageGap", Double.toString(s.weights().coverageGap()));
        m.put("score.weight.safetyIndex", Double.toString(s.weights().safetyIndex()));
        m.put("score.weight.priorityArea", Double.toString(s.weights().priorityArea()));
        m.put("backup.keep", Integer.toString(s.backupsToKeep()));
        return m;
    }

    static Settings fromMap(Map<String, String> m) {
        return new Settings(Long.parseLong(m.get("cost.kit")), Long.parseLong(m.get("cost.sign")),
                Long.parseLong(m.get("cost.sticker")), Long.parseLong(m.get("cost.sprayerInstall")),
                Long.parseLong(m.get("cost.sprayerService")),
                Integer.parseInt(m.get("sprayer.defaultServiceIntervalMonths")),
                Integer.parseInt(m.get("sprayer.cartridgeInServiceMonths")),
                Integer.parseInt(m.get("sprayer.cartridgeShelfLifeMonths")),
                Integer.parseInt(m.get("kit.shelfLifeMonths")),
                Integer.parseInt(m.get("sprayer.warningHorizonDays")),
                Double.parseDouble(m.get("coverage.threshold")),
                new ScoreWeights(Double.parseDouble(m.get("score.weight.burglaryRate")),
                        Double.parseDouble(m.get("score.weight.coverageGap")),
                        Double.parseDouble(m.get("score.weight.safetyIndex")),
                        Double.parseDouble(m.get("score.weight.priorityArea"))),
                Integer.parseInt(m.get("backup.keep")));
    }
}
