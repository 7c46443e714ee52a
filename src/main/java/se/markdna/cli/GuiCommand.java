package se.markdna.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import se.markdna.persistence.DatabaseLocation;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import se.markdna.app.GuiLauncher;

@Command(name = "gui", mixinStandardHelpOptions = true, description = "Start the desktop application.")
public final class GuiCommand implements Callable<Integer> {

    @Mixin
    DatabaseOptions database;

    @Mixin
    LanguageOption language;

    @Option(names = "--smoke-test", description = "Start, wait until the main window shows its data, print 'ready in N ms', exit.")
    boolean smokeTest;

    @Override
    public Integer call() {
        return launch(database.location(), language, smokeTest);
    }

    /** A shared database's password is asked for in the window, not on the terminal. */
    static int launch(DatabaseLocation location, LanguageOption language, boolean smokeTest) {
        language.messages(); // rejects an unknown --lang before a window opens
        return GuiLauncher.launch(location, language.language(), smokeTest);
    }
}
