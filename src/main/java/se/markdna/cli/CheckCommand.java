package se.markdna.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import se.markdna.service.AppServices;
import se.markdna.service.HealthService;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Apply pending migrations, run the integrity and foreign-key checks and print row counts.")
public final class CheckCommand implements Callable<Integer> {

    @Mixin
    DatabaseOptions database;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        AppServices services = database.open(true);
        Cli.warnIfNetworkShare(services, spec.commandLine().getErr());
        HealthService.Report report = services.health().check();
        var out = spec.commandLine().getOut();
        if (report.healthy()) {
            out.println("integrity: ok");
        } else {
            out.println("integrity: " + report.problems().size() + " problem(s)");
            report.problems().forEach(p -> out.println("  " + p));
        }
        report.counts().forEach((k, v) -> out.println(k + ": " + v));
        return report.healthy() ? ExitCode.OK : ExitCode.FAILURE;
    }
}
