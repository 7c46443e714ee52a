package se.markdna.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "markdna", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Märk-DNA: register of DNA-marked properties, DNA sprayers and rollout planning.%n"
                + "Without a command, the desktop application starts.",
        subcommands = {GuiCommand.class, DemoCommand.class, PlanCommand.class, BackupCommand.class, RestoreCommand.class, GenerateCommand.class, CheckCommand.class, ExportCommand.class, ImportCommand.class, TemplateCommand.class,
                PgSetupCommand.class, PgGrantCommand.class, MigrateCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:input rejected, nothing written", "2:usage error",
                "3:database or file failure"})
public final class RootCommand implements Callable<Integer> {

    @Mixin
    DatabaseOptions database;

    @Mixin
    LanguageOption language;

    @Override
    public Integer call() {
        return GuiCommand.launch(database.location(), language, false);
    }
}
