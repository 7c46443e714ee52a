package se.markdna.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import se.markdna.io.generate.RegisterGenerator;

@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Write a large, valid, deterministic register as CSV files (for benchmarks); `import` accepts them.")
public final class GenerateCommand implements Callable<Integer> {

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder for the CSV files.")
    Path out;

    @Option(names = "--properties", defaultValue = "1000", description = "Number of properties (default ${DEFAULT-VALUE}).")
    int properties;

    @Option(names = "--sprayers", defaultValue = "1000", description = "Number of sprayers (default ${DEFAULT-VALUE}).")
    int sprayers;

    @Option(names = "--sites", defaultValue = "100", description = "Number of candidate sites (default ${DEFAULT-VALUE}).")
    int sites;

    @Option(names = "--seed", defaultValue = "1", description = "Random seed; the same seed gives the same files.")
    long seed;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (properties < 1 || sprayers < 0 || sites < 0) {
            throw new IllegalArgumentException("--properties must be at least 1; --sprayers and --sites not negative");
        }
        RegisterGenerator.Result r = new RegisterGenerator(out, seed).generate(properties, sprayers, sites);
        var o = spec.commandLine().getOut();
        o.println("written to " + out.toAbsolutePath());
        o.printf("districts: %d%norganisations: %d%nproperties: %d%nsprayers: %d%nsprayer_events: %d%nrollout_sites: %d%n",
                r.districts(), r.organisations(), r.properties(), r.sprayers(), r.events(), r.sites());
        return ExitCode.OK;
    }
}
