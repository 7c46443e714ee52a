package se.markdna.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
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
        return launch(database.file(), language, smokeTest);
    }

    static int launch(Path db, LanguageOption language, boolean smokeTest) {
        language.messages(); // rejects an unknown --lang before a window opens
        return GuiLauncher.launch(db, language.language(), smokeTest);
    }
}
