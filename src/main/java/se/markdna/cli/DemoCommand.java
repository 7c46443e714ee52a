package se.markdna.cli;

import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import se.markdna.service.AppServices;
import se.markdna.service.DemoService;

@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Load the Lund sample data (refuses a database that already holds data unless --force).")
public final class DemoCommand implements Callable<Integer> {

    @Mixin
    DatabaseOptions database;

    @Option(names = "--force", description = "Load even if the database is not empty (rows are matched and updated).")
    boolean force;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        AppServices services = database.open(true);
        Cli.warnIfNetworkShare(services, spec.commandLine().getErr());
        try {
            Map<String, Long> counts = services.demo().load(force);
            var out = spec.commandLine().getOut();
            out.println("demo data loaded into " + services.databaseDescription());
            counts.forEach((k, v) -> out.println(k + ": " + v));
            return ExitCode.OK;
        } catch (DemoService.NotEmptyException e) {
            spec.commandLine().getErr().println(e.getMessage());
            return ExitCode.REJECTED;
        }
    }
}
