package org.newsgraph;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The newsgraph version, from the build (a filtered resource). */
final class Version {
    private static final String VALUE = load();

    private Version() {
    }

    static String value() {
        return VALUE;
    }

    private static String load() {
        try (InputStream in = Version.class.getResourceAsStream("newsgraph.properties")) {
            if (in == null)
                return "unknown";
            Properties p = new Properties();
            p.load(in);
            String v = p.getProperty("version", "unknown");
            return v.startsWith("${") ? "unknown" : v;
        } catch (IOException e) {
            return "unknown";
        }
    }
}
