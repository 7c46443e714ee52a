package se.markdna.service.exchange;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import se.markdna.domain.Labelled;
import se.markdna.i18n.Messages;
import se.markdna.io.interchange.Column;
import se.markdna.io.interchange.ColumnType;
import se.markdna.io.interchange.EnumLabels;
import se.markdna.io.interchange.ExtraSheets;
import se.markdna.io.interchange.OutColumn;
import se.markdna.io.interchange.Sheet;
import se.markdna.io.xlsx.XlsxTemplateWriter;
import se.markdna.io.xlsx.XlsxTemplateWriter.TemplateSheet;
import se.markdna.persistence.Database;
import se.markdna.persistence.InterchangeQueries;

/**
 * Writes the empty import template property managers fill in: one sheet per entity with the
 * headers in the UI language, dropdowns for the columns with fixed values (enum labels, Ja/Nej,
 * the database's districts) and an instructions sheet.
 */
public final class TemplateService {

    /** Instruction lines exchange.template.line1 ... as many as the bundle has. */
    private static final int MAX_LINES = 30;

    private final Database db;
    private final EnumLabels labels = new EnumLabels();

    /** @param db the database whose districts fill the district dropdowns; null for none */
    public TemplateService(Database db) {
        this.db = db;
    }

    public void write(Path out, boolean english) throws IOException {
        List<String> districts = db == null ? List.of() : db.read(new InterchangeQueries()::districtNames);
        Messages m = new Messages(english ? Messages.ENGLISH : Messages.SWEDISH);
        List<TemplateSheet> sheets = new ArrayList<>();
        for (Sheet s : Sheet.values()) {
            List<OutColumn> cols = new ArrayList<>();
            List<List<String>> choices = new ArrayList<>();
            for (Column c : s.columns()) {
                if (c.derived()) {
                    continue;
                }
                cols.add(OutColumn.of(c.header(english), c.type()));
                choices.add(choices(c, english, districts));
            }
            sheets.add(new TemplateSheet(s.name(english), cols, choices));
        }
        List<String> lines = new ArrayList<>();
        for (int i = 1; i <= MAX_LINES && m.has("exchange.template.line" + i); i++) {
            lines.add(m.get("exchange.template.line" + i));
        }
        XlsxTemplateWriter.write(out, ExtraSheets.name(ExtraSheets.INSTRUCTIONS_SV, ExtraSheets.INSTRUCTIONS_EN,
                english), lines, sheets);
    }

    private List<String> choices(Column c, boolean english, List<String> districts) {
        if (c.type() == ColumnType.ENUM && c.enumType() != null) {
            List<String> values = new ArrayList<>();
            for (Labelled l : c.enumType().getEnumConstants()) {
                values.add(labels.label(l, english));
            }
            return values;
        }
        if (c.type() == ColumnType.BOOLEAN) {
            return english ? List.of("Yes", "No") : List.of("Ja", "Nej");
        }
        if (c.key().equals("district") && !districts.isEmpty()) {
            return districts;
        }
        return null;
    }
}
