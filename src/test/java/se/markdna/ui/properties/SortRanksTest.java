package se.markdna.ui.properties;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import se.markdna.domain.register.BuildingType;
import se.markdna.domain.register.PropertyStatus;
import se.markdna.domain.register.PropertySummary;
import se.markdna.i18n.Messages;

class SortRanksTest {

    private static final Messages SV = new Messages(Messages.SWEDISH);
    private static final String[] WORDS = {"Dalby", "Ödåkra", "Åkarp", "Genarp", "Älvsborg", "Veberöd", "Södra Sandby"};

    /** Rows with many ties, empty values in every column that can be empty, and Swedish letters. */
    private static PropertyRow[] rows(int n, long seed) {
        Random r = new Random(seed);
        PropertyRow[] out = new PropertyRow[n];
        for (int i = 0; i < n; i++) {
            String word = WORDS[r.nextInt(WORDS.length)];
            int dwellings = r.nextInt(4) == 0 ? 0 : r.nextInt(30);
            out[i] = PropertyRow.of(new PropertySummary(i + 1, 1, word + " " + (i % 97) + ":" + i,
                    r.nextInt(5) == 0 ? null : WORDS[r.nextInt(WORDS.length)] + " hus",
                    r.nextInt(5) == 0 ? "" : "Storgatan " + r.nextInt(20), "222 2" + r.nextInt(10), "Lund",
                    (long) r.nextInt(3), r.nextInt(6) == 0 ? null : WORDS[r.nextInt(3)], null,
                    r.nextInt(4) == 0 ? null : WORDS[r.nextInt(WORDS.length)] + " AB", null,
                    BuildingType.values()[r.nextInt(BuildingType.values().length)], dwellings, r.nextInt(40),
                    r.nextInt(5), 0, false, r.nextInt(3) == 0 ? null : "Fas " + r.nextInt(3),
                    PropertyStatus.values()[r.nextInt(PropertyStatus.values().length)],
                    r.nextInt(3) == 0 ? null : LocalDate.of(2024, 1, 1).plusDays(r.nextInt(60)), null, null), SV);
        }
        return out;
    }

    @Test
    void everyColumnInBothDirectionsSortsAsTheRowComparatorWithDesignationAsTieBreak() {
        PropertyRow[] rows = rows(3_000, 7);
        SortRanks ranks = SortRanks.of(rows);
        Comparator<PropertyRow> tie = PropertyRow.Column.DESIGNATION.comparator(true);
        for (PropertyRow.Column column : PropertyRow.Column.values()) {
            for (boolean ascending : new boolean[] {true, false}) {
                PropertyRow[] expected = rows.clone();
                Arrays.sort(expected, column.comparator(ascending).thenComparing(tie));
                assertThat(ids(ranks.sorted(column, ascending)))
                        .as("%s %s", column, ascending ? "ascending" : "descending")
                        .containsExactlyElementsOf(ids(expected));
            }
        }
    }

    @Test
    void emptyValuesComeLastInBothDirections() {
        PropertyRow[] rows = rows(500, 3);
        SortRanks ranks = SortRanks.of(rows);
        for (boolean ascending : new boolean[] {true, false}) {
            PropertyRow[] sorted = ranks.sorted(PropertyRow.Column.NAME, ascending);
            int firstEmpty = -1;
            for (int i = 0; i < sorted.length; i++) {
                boolean empty = sorted[i].summary().name() == null;
                if (empty && firstEmpty < 0) {
                    firstEmpty = i;
                }
                assertThat(!empty && firstEmpty >= 0).as("a name after the first empty one").isFalse();
            }
            assertThat(firstEmpty).isPositive();
        }
    }

    @Test
    void sortsNoRowsAndOneRow() {
        assertThat(SortRanks.of(new PropertyRow[0]).sorted(PropertyRow.Column.COVERAGE, false)).isEmpty();
        PropertyRow[] one = rows(1, 1);
        assertThat(SortRanks.of(one).sorted(PropertyRow.Column.MARKED_ON, true)).containsExactly(one);
    }

    private static List<Long> ids(PropertyRow[] rows) {
        return Arrays.stream(rows).map(PropertyRow::id).toList();
    }
}
