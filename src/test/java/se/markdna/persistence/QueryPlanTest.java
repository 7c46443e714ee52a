package se.markdna.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Service due query searches its partial indexes; a plan that scans the sprayer table would not stay quick at 100,000 sprayers. */
class QueryPlanTest {

    @TempDir
    Path dir;

    @Test
    void serviceDueSearchesThePartialIndexesAndScansNoTable() {
        Database db = Fixtures.open(dir);
        List<String> plan = db.read(c -> {
            List<String> lines = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("EXPLAIN QUERY PLAN " + RegisterQueries.SERVICE_DUE)) {
                ps.setString(1, "2027-01-03");
                ps.setString(2, "2026-12-04");
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        lines.add(rs.getString("detail"));
                    }
                }
            }
            return lines;
        });
        assertThat(plan).noneMatch(line -> line.startsWith("SCAN"));
        assertThat(String.join("\n", plan)).contains("sprayer_next_service", "sprayer_cartridge_expiry",
                "sprayer_triggered");
    }
}
