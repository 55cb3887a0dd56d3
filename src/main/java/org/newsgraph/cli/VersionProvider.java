package org.newsgraph.cli;

import org.newsgraph.NewsGraph;

import picocli.CommandLine.IVersionProvider;

/** The version from the build. */
final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] { "newsgraph " + NewsGraph.version(), "Java " + System.getProperty("java.version") };
    }
}
