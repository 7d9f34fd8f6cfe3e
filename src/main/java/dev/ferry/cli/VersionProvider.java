package dev.ferry.cli;

import picocli.CommandLine.IVersionProvider;

/** Reads the version that the build wrote into the jar's manifest. */
final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = FerryCommand.class.getPackage().getImplementationVersion();
        return new String[] {"ferry " + (version == null ? "development build" : version)};
    }
}
