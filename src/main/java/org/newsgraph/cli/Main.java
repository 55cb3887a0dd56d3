package org.newsgraph.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;
import java.util.function.Consumer;

import org.apache.jena.fuseki.main.FusekiServer;
import org.newsgraph.IngestResult;
import org.newsgraph.error.NewsGraphException;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The newsgraph command line. The only code that prints or exits: every failure becomes one line on
 * stderr naming the input and what is allowed, and a non-zero exit code (stack traces with --verbose).
 */
@Command(name = "newsgraph", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "News articles in, a traceable knowledge graph out.",
        subcommands = { ReadCommand.class, IngestCommand.class, QueryCommand.class, ExportCommand.class,
                DeleteCommand.class, StatsCommand.class, ServeCommand.class, EvalCommand.class, BenchCommand.class,
                CommandLine.HelpCommand.class })
public final class Main implements Runnable {
    /** Exit code when an input or the store was refused or a command failed. */
    public static final int FAILED = 1;
    /** Exit code for a command line picocli cannot parse. */
    public static final int USAGE = 2;

    /** slf4j-simple's property prefix for one logger's level */
    static final String LOG_LEVEL = "org.slf4j.simpleLogger.log.";
    /** the logger that says, once per machine, that the entity linker's index is being built (about two minutes) */
    static final String FIRST_RUN_NOTICES = "org.newsgraph.extract.corenlp.WikiDictCache";
    /** CoreNLP's quote attribution warns of every quote it finds no speaker for: a user can do nothing about it. */
    static final String QUOTE_SPEAKER_WARNINGS = "edu.stanford.nlp.quoteattribution";

    private final NewsGraphFactory factory;
    private final PrintStream out;
    private final PrintStream err;
    private final boolean interactive;
    private Consumer<FusekiServer> serverStarted = server -> { };
    private boolean verbose;

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    public Main(NewsGraphFactory factory, PrintStream out, PrintStream err, boolean interactive) {
        this.factory = Objects.requireNonNull(factory, "The parameter 'factory' must not be null.");
        this.out = Objects.requireNonNull(out, "The parameter 'out' must not be null.");
        this.err = Objects.requireNonNull(err, "The parameter 'err' must not be null.");
        this.interactive = interactive;
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.err), true, StandardCharsets.UTF_8);
        System.exit(new Main(NewsGraphFactory.standard(), out, err, System.console() != null).run(args));
    }

    /** Runs one command line and returns its exit code. */
    public int run(String... args) {
        verbose = Arrays.asList(args).contains("--verbose");
        configureLogging(verbose);
        CommandLine cmd = new CommandLine(this);
        cmd.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
        cmd.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
        cmd.setExecutionExceptionHandler((e, line, parsed) -> fail(e));
        cmd.setParameterExceptionHandler(this::usage);
        return cmd.execute(args);
    }

    /**
     * Sets slf4j-simple's levels unless the JVM was given them: warn (debug for org.newsgraph with --verbose), but
     * INFO for {@link #FIRST_RUN_NOTICES}, whose notice says why the first run takes minutes longer, and ERROR for
     * {@link #QUOTE_SPEAKER_WARNINGS} (a line per quote without a speaker; {@code --verbose} shows them).
     */
    static void configureLogging(boolean verbose) {
        if (verbose) {
            System.setProperty(LOG_LEVEL + "org.newsgraph", "debug");
            return;
        }
        keep("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        keep(LOG_LEVEL + FIRST_RUN_NOTICES, "info");
        keep(LOG_LEVEL + QUOTE_SPEAKER_WARNINGS, "error");
    }

    private static void keep(String property, String value) {
        System.setProperty(property, System.getProperty(property, value));
    }

    @Override
    public void run() {
        spec.commandLine().usage(out);
    }

    private int usage(ParameterException e, String[] args) {
        String command = e.getCommandLine().getCommandSpec().qualifiedName();
        err.println(e.getMessage().strip().lines().findFirst().orElse("bad command line")
                + "; see '" + command + " --help'");
        if (verbose)
            e.printStackTrace(err);
        return USAGE;
    }

    int fail(Exception e) {
        if (e instanceof NewsGraphException)
            err.println(oneLine(e.getMessage()));
        else if (e instanceof IllegalArgumentException)
            err.println(oneLine(e.getMessage()));
        else
            err.println("newsgraph failed unexpectedly (" + e.getClass().getSimpleName() + ": " + oneLine(e.getMessage())
                    + ")" + (verbose ? "" : "; run again with --verbose for details"));
        if (verbose)
            e.printStackTrace(err);
        return FAILED;
    }

    /** Prints what was left out of a stored article and why: one line each, naming the article's source. */
    void notices(IngestResult result) {
        result.notices().forEach(notice -> err.println(oneLine(notice)));
    }

    static String oneLine(String message) {
        return message == null ? "" : message.strip().replaceAll("\\s*\\R\\s*", " ");
    }

    NewsGraphFactory factory() {
        return factory;
    }

    PrintStream out() {
        return out;
    }

    PrintStream err() {
        return err;
    }

    boolean verbose() {
        return verbose;
    }

    /** Whether a person watches (a terminal): then ingest shows a progress bar. */
    boolean interactive() {
        return interactive;
    }

    /** Tells tests (or embedders) about a started server; they may stop it. */
    public Main onServerStarted(Consumer<FusekiServer> listener) {
        this.serverStarted = Objects.requireNonNull(listener, "The parameter 'listener' must not be null.");
        return this;
    }

    Consumer<FusekiServer> serverStarted() {
        return serverStarted;
    }
}
