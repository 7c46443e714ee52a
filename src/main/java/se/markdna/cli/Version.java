package se.markdna.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine;

/** The application version, from the build (filtered into version.properties). */
public final class Version implements CommandLine.IVersionProvider {

    public static String current() {
        try (InputStream in = Version.class.getResourceAsStream("/se/markdna/version.properties")) {
            if (in != null) {
                Properties p = new Properties();
                p.load(in);
                String v = p.getProperty("version");
                if (v != null && !v.startsWith("${")) {
                    return v;
                }
            }
        } catch (IOException e) {
            // fall through to "dev"
        }
        return "dev";
    }

    @Override
    public String[] getVersion() {
        return new String[] {"Märk-DNA " + current(), "Java " + System.getProperty("java.version")};
    }
}
