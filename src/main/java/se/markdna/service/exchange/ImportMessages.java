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

    /**
     * The warnings, at most {@link #MAX_WARNING_LINES} of them and a count of the rest: a sheet with
     * thousands of unknown columns must not bury the summary and the errors.
     */
    public List<String> warnings(ImportReport report) {
        List<String> lines = new ArrayList<>();
        List<ImportReport.Warning> all = report.warnings();
        for (ImportReport.Warning w : all.subList(0, Math.min(all.size(), MAX_WARNING_LINES))) {
            lines.add(w.source() + ": " + m.get(w.messageKey(), m.labelled(w.args())));
        }
        if (all.size() > MAX_WARNING_LINES) {
            lines.add(m.get("exchange.import.moreWarnings", all.size() - MAX_WARNING_LINES));
        }
        return lines;
    }

    /** Warning lines shown before "… and N more". */
    public static final int MAX_WARNING_LINES = 20;

    public String outcome(ImportReport report, boolean dryRun) {
        if (report.hasErrors()) {
            String rejected = m.get("exchange.import.rejected", report.errorCount());
            ImportReport.Stop stop = report.stopped();
            return stop == null ? rejected : rejected + " " + m.get("exchange.import.stopped",
                    stop.sheet().name(m.isEnglish()), String.valueOf(stop.row()), report.errorCount());
        }
        return m.get(dryRun ? "exchange.import.wouldImport" : "exchange.import.done");
    }

    /**
     * A file that could not be read, in one sentence: which file, where in it when that is known
     * (sheet, row, column), and what is wrong ("Filen x.csv, rad 3: ett citattecken (") öppnas men
     * stängs aldrig"). Technical detail is added only where the reason alone says too little.
     */
    public String fileError(SpreadsheetFileException e) {
        String problemKey = "exchange.problem." + e.reason().name();
        if (!e.hasLocation() && m.has(e.messageKey())) {
            String sentence = m.get(e.messageKey(), e.fileName(), argument(e));
            if (e.reason() != SpreadsheetFileException.Reason.DAMAGED || detail(e).isEmpty()) {
                return sentence;
            }
            // "… kan inte läsas (teknisk orsak: …)." rather than a cause after the full stop
            boolean stop = sentence.endsWith(".");
            return (stop ? sentence.substring(0, sentence.length() - 1) : sentence) + detail(e) + (stop ? "." : "");
        }
        List<String> where = new ArrayList<>();
        where.add(m.get("exchange.where.file", e.fileName()));
        if (e.sheet() != null) {
            where.add(m.get("exchange.where.sheet", e.sheet()));
        }
        if (e.isAfterRow()) {
            where.add(m.get("exchange.where.afterRow", String.valueOf(e.row())));
        } else if (e.row() > 0) {
            where.add(m.get("exchange.where.row", String.valueOf(e.row())));
        }
        if (e.column() != null) {
            where.add(m.get("exchange.where.column", e.column()));
        }
        String text = String.join(", ", where) + ": " + m.get(problemKey, argument(e));
        return e.reason() == SpreadsheetFileException.Reason.DAMAGED ? text + detail(e) : text;
    }

    /**
     * Any failure of an import that is about the files or the machine rather than a row: unwraps
     * what the streaming readers wrap, and never shows a stack trace (those go to the log).
     */
    public String fileError(Throwable error) {
        Throwable t = error;
        while ((t instanceof java.io.UncheckedIOException || t instanceof java.util.concurrent.ExecutionException)
                && t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        if (t instanceof SpreadsheetFileException e) {
            return fileError(e);
        }
        if (t instanceof se.markdna.io.csv.CsvFormatException e) {
            return fileError(SpreadsheetFileException.of(e, e.sourceName()));
        }
        if (t instanceof java.nio.file.NoSuchFileException e) {
            return m.get("exchange.problem.notFound", e.getFile());
        }
        if (t instanceof java.nio.file.FileSystemException e) {
            return m.get("exchange.common.readFailed", e.getFile(),
                    e.getReason() != null ? e.getReason() : e.getClass().getSimpleName());
        }
        if (t instanceof OutOfMemoryError) {
            return m.get("exchange.problem.outOfMemory");
        }
        return m.get("cli.fileError", String.valueOf(t.getMessage()));
    }

    private Object argument(SpreadsheetFileException e) {
        Object a = e.argument();
        if (e.reason() == SpreadsheetFileException.Reason.NOT_TEXT) {
            if (se.markdna.io.csv.CsvFormatException.NUL_BYTES.equals(a)) {
                return m.get("exchange.notText.nul");
            }
            if (a == null || se.markdna.io.csv.CsvFormatException.CONTROL_CHARACTERS.equals(a)) {
                return m.get("exchange.notText.control");
            }
            return m.get("exchange.notText.looksLike", a);
        }
        if (e.reason() == SpreadsheetFileException.Reason.MIXED_SEPARATORS) {
            String name = switch (String.valueOf(a)) {
                case ";" -> "semicolon";
                case "," -> "comma";
                default -> "tab";
            };
            return m.get("exchange.separator." + name);
        }
        return a == null ? "" : a;
    }

    /** The library's own words, shortened, for support: "damaged" alone does not help anyone fix it. */
    private String detail(SpreadsheetFileException e) {
        String d = e.detail();
        if (d == null || d.isBlank()) {
            return "";
        }
        d = d.strip().lines().findFirst().orElse("");
        if (d.length() > 160) {
            d = d.substring(0, 160) + "…";
        }
        return " " + m.get("exchange.file.detail", d);
    }

    /** "Finns redan" → "finns redan" after a colon; acronyms ("ÅÅÅÅ") stay. */
    static String decapitalise(String s) {
        if (s.length() < 2 || !Character.isUpperCase(s.charAt(0)) || Character.isUpperCase(s.charAt(1))) {
            return s;
        }
        return Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
}
