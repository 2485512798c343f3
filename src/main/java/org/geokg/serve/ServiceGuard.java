package org.geokg.serve;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprFunctionOp;
import org.apache.jena.sparql.expr.ExprVisitorBase;
import org.apache.jena.sparql.service.ServiceExecutorRegistry;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementBind;
import org.apache.jena.sparql.syntax.ElementFilter;
import org.apache.jena.sparql.syntax.ElementService;
import org.apache.jena.sparql.syntax.ElementSubQuery;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.jena.sparql.syntax.ElementWalker;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.web.HttpSC;

/**
 * Keeps the server from fetching pages for its callers: a {@code SERVICE} clause may reach only the hosts allowed
 * ({@code --allow-service}), none by default. A request that names another host is refused (403) before anything is
 * fetched, so no part of another server's answer can come back in the response. The check is made twice: on the
 * parsed request, for a clear refusal, and by the SERVICE executor itself, for the endpoints only known as the query
 * runs ({@code SERVICE ?endpoint}) and the places the first check does not look into.
 */
final class ServiceGuard {
    private final Set<String> hosts;

    ServiceGuard(Set<String> hosts) {
        this.hosts = hosts;
    }

    /**
     * Refuses (403) a query whose pattern, or one of its subqueries or EXISTS, calls a SERVICE not allowed; a SERVICE
     * named by a variable is left to the executor, which sees its value.
     */
    void check(Query query) {
        if (query.getQueryPattern() != null) {
            check(query.getQueryPattern());
        }
    }

    /** Refuses (403) a pattern that calls a SERVICE not allowed. */
    void check(Element pattern) {
        ElementWalker.walk(pattern, new ElementVisitorBase() {
            @Override
            public void visit(ElementService service) {
                if (!service.getServiceNode().isVariable()) {
                    allow("SERVICE", service.getServiceNode());
                }
            }

            @Override
            public void visit(ElementSubQuery subQuery) {
                check(subQuery.getQuery());
            }

            @Override
            public void visit(ElementFilter filter) {
                check(filter.getExpr());
            }

            @Override
            public void visit(ElementBind bind) {
                check(bind.getExpr());
            }
        });
    }

    /** Refuses (403) an expression whose EXISTS or NOT EXISTS calls a SERVICE not allowed. */
    private void check(Expr expression) {
        Walker.walk(expression, new ExprVisitorBase() {
            @Override
            public void visit(ExprFunctionOp exists) {
                if (exists.getElement() != null) {
                    check(exists.getElement());
                }
            }
        });
    }

    /** A copy of the context whose SERVICE executor refuses the hosts not allowed, as the query runs. */
    Context guard(Context context) {
        Context guarded = context.copy();
        ServiceExecutorRegistry registry = ServiceExecutorRegistry.get(guarded).copy();
        registry.addSingleLink((execute, original, binding, execution, chain) -> {
            allow("SERVICE", execute.getService());
            return chain.createExecution(execute, original, binding, execution);
        });
        ServiceExecutorRegistry.set(guarded, registry);
        return guarded;
    }

    /** Refuses (403) a request that would make the server fetch from a host not allowed ({@code SERVICE}, LOAD). */
    void allow(String keyword, Node service) {
        String host = service.isURI() ? host(service.getURI()) : null;
        if (host == null || !hosts.contains(host)) {
            String named = service.isURI() ? "<" + service.getURI() + ">" : service.toString();
            ServletOps.error(HttpSC.FORBIDDEN_403, keyword + " " + named + " is refused: this server fetches from "
                    + (hosts.isEmpty() ? "no other host" : "only " + String.join(", ", hosts.stream().sorted()
                    .toList())) + " (geokg serve --allow-service HOST)");
        }
    }

    private static String host(String iri) {
        try {
            URI uri = new URI(iri);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            boolean web = scheme.equals("http") || scheme.equals("https");
            return web && uri.getHost() != null ? uri.getHost().toLowerCase(Locale.ROOT) : null;
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
