package org.newsgraph.cli;

import java.util.concurrent.Callable;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.OperationRegistry;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.util.Context;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;
import org.newsgraph.NewsGraph;
import org.newsgraph.error.BadInputException;
import org.newsgraph.extract.Profile;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "A read-only SPARQL 1.1 endpoint over the store (Fuseki): /newsgraph/sparql and /newsgraph/query.")
final class ServeCommand implements Callable<Integer> {
    static final String DATASET = "/newsgraph";

    @ParentCommand
    Main main;

    @Mixin
    CommonOptions common;

    @Mixin
    StoreOption store;

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "The address to listen on. Default: ${DEFAULT-VALUE} (this machine only).")
    String host;

    @Option(names = "--port", defaultValue = "3030", description = "The port (0 picks a free one). Default: ${DEFAULT-VALUE}.")
    int port;

    @Option(names = "--timeout", defaultValue = "60", paramLabel = "SECONDS",
            description = "The longest a query may run. Default: ${DEFAULT-VALUE} s.")
    int timeout;

    @Override
    public Integer call() {
        if (port < 0 || port > 65535)
            throw new BadInputException(String.valueOf(port), "not a port; give 0 (any free port) to 65535");
        if (timeout <= 0)
            throw new BadInputException(String.valueOf(timeout), "the timeout must be a positive number of seconds");
        try (NewsGraph ng = main.factory().open(store.store, Profile.DEFAULT, false)) {
            Context context = new Context();
            context.set(ARQ.queryTimeout, Long.toString(timeout * 1000L));
            FusekiServer server = FusekiServer.create(OperationRegistry.createStd(), context)
                    .port(port)
                    .add(DATASET, ng.dataset(), false)
                    .enablePing(true)
                    .build();
            for (Connector c : server.getJettyServer().getConnectors())
                if (c instanceof ServerConnector n)
                    n.setHost(host);
            try {
                server.start();
            } catch (RuntimeException e) {
                throw new BadInputException(host + ":" + port, "cannot listen there (" + Main.oneLine(e.getMessage())
                        + "); give a free --port and a local --host", e);
            }
            String url = "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + server.getHttpPort() + DATASET;
            main.err().println("Serving " + store.store + " read-only at " + url + "/sparql (queries time out after "
                    + timeout + " s); Ctrl-C stops.");
            main.serverStarted().accept(server);
            server.join();
        }
        return 0;
    }
}
