package se.markdna.io.interchange;

import java.util.List;

/** One data row of a sheet as text, with the row number the user sees in the file. */
public record SheetRow(int rowNumber, List<String> cells) {

    public String cell(int index) {
        if (index < 0 || index >= cells.size()) {
            return "";
        }
        String s = cells.get(index);
        return s == null ? "" : s;
    }
}
