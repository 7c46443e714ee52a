package se.markdna.service.exchange;

import java.util.ArrayList;
import java.util.List;
import se.markdna.i18n.Messages;
import se.markdna.io.interchange.Sheet;
import se.markdna.io.interchange.SpreadsheetFileException;
import se.markdna.service.ImportReport;

/**
 * An import report as lines a user reads, in the UI language: a summary per sheet
 * ("Fastigheter: 3 nya, 2 ändrade, 55 oförändrade, 1 fel") and each error with its sheet, row and
 * column ("Sprutor rad 14, Serienummer: finns redan på rad 9").
 */
public final class ImportMessages {

    private final Messages m;

    public ImportMessages(Messages m) {
        this.m = m;
    }

    public List<String> summary(ImportReport report) {
        List<String> lines = new ArrayList<>();
        for (Sheet s : Sheet.values()) {
            if (!report.sheets().contains(s)) {
                continue;
            }
            lines.add(m.get("exchange.import.summary", s.name(m.isEnglish()),
                    report.count(s, ImportReport.Outcome.NEW), report.count(s, ImportReport.Outcome.UPDATED),
                    report.count(s, ImportReport.Outcome.UNCHANGED), report.count(s, ImportReport.Outcome.ERROR)));
        }
        return lines;
    }

    public String error(ImportReport.Error e) {
        String text = decapitalise(m.get(e.messageKey(), m.labelled(e.args())));
        String where = m.get("exchange.import.where", e.sheet().name(m.isEnglish()), String.valueOf(e.row()));
        if (e.column() == null || e.column().isBlank()) {
            return where + ": " + text;
        }
        return where + ", " + e.column() + ": " + text;
    }

    public List<String> errors(ImportReport report) {
        List<String> lines = new ArrayList<>();
        for (ImportReport.Error e : report.errors()) {
            lines.add(error(e));
        }
        int hidden = report.errorCount() - report.errors().size();
        if (hidden > 0) {
            lines.add(m.get("exchange.import.moreErrors", hidden));
        }
        return lines;
    }

    public List<String> warnings(ImportReport report) {
        List<String> lines = new ArrayList<>();
        for (ImportReport.Warning w : report.warnings()) {
            lines.add(w.source() + ": " + m.get(w.messageKey(), m.labelled(w.args())));
        }
        return lines;
    }

    public String outcome(ImportReport report, boolean dryRun) {
        if (report.hasErrors()) {
            return m.get("exchange.import.rejected", report.errorCount());
        }
        return m.get(dryRun ? "exchange.import.wouldImport" : "exchange.import.done");
    }

    public String fileError(SpreadsheetFileException e) {
        return m.get(e.messageKey(), e.fileName());
    }

    /** "Finns redan" → "finns redan" after a colon; acronyms ("ÅÅÅÅ") stay. */
    static String decapitalise(String s) {
        if (s.length() < 2 || !Character.isUpperCase(s.charAt(0)) || Character.isUpperCase(s.charAt(1))) {
            return s;
        }
        return Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
}
