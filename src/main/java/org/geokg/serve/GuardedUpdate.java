package org.geokg.serve;

import java.io.InputStream;
import java.util.Locale;
import org.apache.jena.fuseki.Fuseki;
import org.apache.jena.fuseki.servlets.ActionErrorException;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_Update;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.apache.jena.riot.WebContent;
import org.apache.jena.sparql.exec.UpdateExec;
import org.apache.jena.sparql.modify.request.UpdateLoad;
import org.apache.jena.sparql.modify.request.UpdateModify;
import org.apache.jena.update.Update;
import org.apache.jena.update.UpdateException;
import org.apache.jena.update.UpdateFactory;
import org.apache.jena.update.UpdateRequest;
import org.apache.jena.web.HttpSC;

/**
 * Fuseki's SPARQL update service (on only with {@code --allow-update}), closed to web pages: an update sent by a
 * page of another origin is refused (403) unless that origin is the {@code --cors} origin and {@code --cors-update}
 * lets it write, and a form-encoded update, which any page can send without asking the browser, is refused unless
 * {@code --allow-form-update}. {@code SERVICE} and {@code LOAD} reach only the hosts allowed.
 */
final class GuardedUpdate extends SPARQL_Update {
    private final String corsOrigin;
    private final Guards guards;
    private final ServiceGuard services;

    GuardedUpdate(String corsOrigin, Guards guards, ServiceGuard services) {
        this.corsOrigin = corsOrigin;
        this.guards = guards;
        this.services = services;
    }

    @Override
    public void validate(HttpAction action) {
        String origin = action.getRequest().getHeader("Origin");
        if (origin != null && !sameOrigin(origin, action.getRequest().getHeader("Host")) && !corsMayWrite(origin)) {
            ServletOps.error(HttpSC.FORBIDDEN_403, "updates from pages of another origin (" + origin + ") are "
                    + "refused (geokg serve --cors ORIGIN --cors-update lets one origin write)");
        }
        String type = action.getRequestContentType();
        if (!guards.formUpdate() && type != null && type.toLowerCase(Locale.ROOT)
                .startsWith(WebContent.contentTypeHTMLForm)) {
            ServletOps.error(HttpSC.FORBIDDEN_403, "form-encoded updates are refused: send the update as "
                    + WebContent.contentTypeSPARQLUpdate + " (or start geokg serve with --allow-form-update)");
        }
        if (action.getRequest().getParameter("using-graph-uri") != null
                || action.getRequest().getParameter("using-named-graph-uri") != null) {
            ServletOps.errorBadRequest("using-graph-uri and using-named-graph-uri are not supported; write USING "
                    + "in the update");
        }
        super.validate(action);
    }

    private static boolean sameOrigin(String origin, String host) {
        return host != null && (origin.equalsIgnoreCase("http://" + host)
                || origin.equalsIgnoreCase("https://" + host));
    }

    private boolean corsMayWrite(String origin) {
        return guards.corsUpdate() && corsOrigin != null && (corsOrigin.equals("*") || corsOrigin.equals(origin));
    }

    @Override
    protected void execute(HttpAction action, InputStream input) {
        UpdateRequest request;
        try {
            request = UpdateFactory.read(input, Fuseki.BaseParserSPARQL, Syntax.syntaxARQ);
        } catch (QueryParseException | UpdateException e) {
            ServletOps.errorBadRequest(e.getMessage());
            return;
        } catch (RuntimeException e) {
            if (RequestGuard.tooLarge(e)) {
                ServletOps.error(HttpSC.PAYLOAD_TOO_LARGE_413, "the request is over the size limit");
            }
            throw e;
        }
        for (Update update : request) {
            if (update instanceof UpdateModify modify) {
                services.check(modify.getWherePattern());
            } else if (update instanceof UpdateLoad load) {
                services.allow("LOAD", NodeFactory.createURI(load.getSource()));
            }
        }
        action.beginWrite();
        try {
            UpdateExec.dataset(action.getActiveDSG()).update(request).context(services.guard(action.getContext()))
                    .execute();
            action.commit();
        } catch (ActionErrorException e) {
            action.abort();
            throw e;
        } catch (RuntimeException e) {
            action.abort();
            ServletOps.errorOccurred(e.getMessage(), e);
        } finally {
            action.endWrite();
        }
    }
}
