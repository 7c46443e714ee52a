package se.markdna.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ExchangeCliTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        CommandLine cli = Cli.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @Test
    void exportImportAndTemplateWithExitCodes() throws Exception {
        String db = dir.resolve("m.db").toString();
        assertThat(run("demo", "--db", db)).isZero();

        Path xlsx = dir.resolve("export.xlsx");
        assertThat(run("export", "--db", db, "--out", xlsx.toString(), "--lang", "en")).as(err.toString()).isZero();
        assertThat(out.toString()).contains("Properties: ");
        assertThat(xlsx).exists();

        Path csv = dir.resolve("csv");
        assertThat(run("export", "--db", db, "--csv", csv.toString(), "--include-personal-data")).isZero();
        assertThat(csv.resolve("contacts.csv")).exists();

        assertThat(run("import", "--db", db, "--dry-run", "--lang", "sv", xlsx.toString())).as(err.toString()).isZero();
        assertThat(out.toString()).contains("Fastigheter: 0 nya, 0 ändrade, ").contains("oförändrade, 0 fel");

        assertThat(run("import", "--db", db, "--lang", "en", csv.toString())).isZero();
        assertThat(out.toString()).contains("Properties: 0 new, 0 updated, ").contains("The import is complete.");

        Path bad = dir.resolve("sprutor.csv");
        Files.writeString(bad, "Serienummer;Fastighetsbeteckning\r\nA-1;Finns inte 1:1\r\nA-1;Finns inte 1:1\r\n",
                StandardCharsets.UTF_8);
        assertThat(run("import", "--db", db, "--lang", "sv", bad.toString())).isEqualTo(ExitCode.REJECTED);
        assertThat(out.toString()).contains("Sprutor rad 3, Serienummer: finns redan på rad 2")
                .contains("Sprutor rad 2, Fastighetsbeteckning: finns inte: Finns inte 1:1");

        Path garbage = dir.resolve("garbage.xlsx");
        Files.writeString(garbage, "not a workbook");
        assertThat(run("import", "--db", db, "--lang", "en", garbage.toString())).isEqualTo(ExitCode.FAILURE);
        assertThat(err.toString().strip()).isEqualTo("The file garbage.xlsx is not a spreadsheet (xlsx) or a CSV file.");

        Path template = dir.resolve("mall.xlsx");
        assertThat(run("template", "--db", db, "--out", template.toString())).isZero();
        assertThat(template).exists();

        assertThat(run("export", "--db", dir.resolve("missing.db").toString(), "--out", xlsx.toString()))
                .isEqualTo(ExitCode.FAILURE);
        assertThat(run("export", "--db", db)).isEqualTo(ExitCode.USAGE);
    }
}
