package se.markdna.ui.exchange;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import se.markdna.i18n.Messages;

/**
 * The file choosers of export, import and template, behind an interface: native choosers cannot be
 * driven in headless tests, which hand in their own answers instead.
 */
public interface FilePicker {

    /** A file to save an .xlsx workbook to; empty when the user cancelled. */
    Optional<Path> saveWorkbook(Window owner, String title, Path suggested);

    /** A folder (for CSV files); empty when the user cancelled. */
    Optional<Path> folder(Window owner, String title, Path initial);

    /** .xlsx or .csv files to import; empty when the user cancelled. */
    List<Path> spreadsheets(Window owner, String title);

    /** The platform's own choosers. */
    static FilePicker fx(Messages m) {
        return new FilePicker() {
            private File lastFolder;

            @Override
            public Optional<Path> saveWorkbook(Window owner, String title, Path suggested) {
                FileChooser chooser = new FileChooser();
                chooser.setTitle(title);
                chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(m.get("exchange.filter.xlsx"),
                        "*.xlsx"));
                if (suggested != null) {
                    File dir = suggested.toAbsolutePath().getParent().toFile();
                    if (dir.isDirectory()) {
                        chooser.setInitialDirectory(dir);
                    }
                    chooser.setInitialFileName(suggested.getFileName().toString());
                }
                File f = chooser.showSaveDialog(owner);
                if (f == null) {
                    return Optional.empty();
                }
                // some platforms' choosers do not add the filter's extension
                String name = f.getName();
                return Optional.of(name.toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx") ? f.toPath()
                        : f.toPath().resolveSibling(name + ".xlsx"));
            }

            @Override
            public Optional<Path> folder(Window owner, String title, Path initial) {
                DirectoryChooser chooser = new DirectoryChooser();
                chooser.setTitle(title);
                if (initial != null && initial.toFile().isDirectory()) {
                    chooser.setInitialDirectory(initial.toFile());
                }
                return Optional.ofNullable(chooser.showDialog(owner)).map(File::toPath);
            }

            @Override
            public List<Path> spreadsheets(Window owner, String title) {
                FileChooser chooser = new FileChooser();
                chooser.setTitle(title);
                chooser.getExtensionFilters().addAll(
                        new FileChooser.ExtensionFilter(m.get("exchange.filter.spreadsheets"), "*.xlsx", "*.csv"),
                        new FileChooser.ExtensionFilter(m.get("exchange.filter.xlsx"), "*.xlsx"),
                        new FileChooser.ExtensionFilter(m.get("exchange.filter.csv"), "*.csv"));
                if (lastFolder != null && lastFolder.isDirectory()) {
                    chooser.setInitialDirectory(lastFolder);
                }
                List<File> files = chooser.showOpenMultipleDialog(owner);
                List<Path> paths = new ArrayList<>();
                if (files != null) {
                    files.forEach(f -> paths.add(f.toPath()));
                    if (!files.isEmpty()) {
                        lastFolder = files.get(0).getParentFile();
                    }
                }
                return paths;
            }
        };
    }
}
