package se.markdna.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import se.markdna.i18n.Messages;
import se.markdna.service.AppServices;
import se.markdna.service.exchange.TemplateService;

@Command(name = "template", mixinStandardHelpOptions = true,
        description = "Write an empty import template: the headers, an instructions sheet and dropdown lists"
                + " (districts from --db when that database exists).")
public final class TemplateCommand implements Callable<Integer> {

    @Mixin
    DatabaseOptions database;

    @Mixin
    LanguageOption language;

    @Option(names = "--out", required = true, paramLabel = "FILE.xlsx", description = "The template to write.")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Messages m = language.messages();
        TemplateService templates = database.shared() || Files.isRegularFile(database.file())
                ? database.open(false).templates() : new TemplateService(null);
        templates.write(out, m.isEnglish());
        spec.commandLine().getOut().println(m.get("exchange.template.done", out.toAbsolutePath()));
        spec.commandLine().getOut().flush();
        return ExitCode.OK;
    }
}
