package org.geokg.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.eclipse.jetty.http.HttpException;

/**
 * The first filter of every request. It answers only requests addressed to this server by a name it knows: the
 * {@code Host} header must be localhost, 127.0.0.1 or [::1] (any port), a name given with {@code --allow-host}, or,
 * when the server listens on the network ({@code --public}), an IP address; a page of another site whose name was
 * made to point here (DNS rebinding) is refused (403). It refuses TRACE, and tells browsers not to guess content
 * types, to run only the server's own scripts and styles, and never to show the page inside another site's frame.
 */
final class RequestGuard implements Filter {
    /** An IPv4 address or a bracketed IPv6 one, as a Host header names them. */
    private static final Pattern ADDRESS = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}|\\[[0-9a-f:.]+]");

    /** The content security policy: the page's files from this server only, no inline scripts, no framing. */
    static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data: blob:; worker-src 'self' blob:; connect-src 'self'; frame-ancestors 'none'; "
            + "base-uri 'none'; form-action 'self'";

    private final Set<String> names;
    private final boolean addresses;

    RequestGuard(boolean loopback, Set<String> allowedNames) {
        Set<String> all = new HashSet<>(Set.of("localhost", "127.0.0.1", "[::1]"));
        all.addAll(allowedNames);
        names = Set.copyOf(all);
        addresses = !loopback;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) request;
        HttpServletResponse answer = (HttpServletResponse) response;
        answer.setHeader("X-Content-Type-Options", "nosniff");
        answer.setHeader("Content-Security-Policy", POLICY);
        if (http.getMethod().equals("TRACE")) {
            refuse(answer, HttpServletResponse.SC_METHOD_NOT_ALLOWED, "TRACE is not served");
            return;
        }
        String host = http.getHeader("Host");
        if (host != null && !served(name(host))) {
            refuse(answer, HttpServletResponse.SC_FORBIDDEN, "this server does not answer to the host name in the "
                    + "request; start geokg serve with --allow-host NAME to add one");
            return;
        }
        chain.doFilter(request, response);
    }

    private boolean served(String name) {
        return names.contains(name) || names.contains("*") || addresses && isAddress(name);
    }

    private static boolean isAddress(String name) {
        return ADDRESS.matcher(name).matches();
    }

    /** The name of a Host header, without its port, in lower case. */
    private static String name(String host) {
        String lower = host.trim().toLowerCase(Locale.ROOT);
        int port = lower.startsWith("[") ? lower.indexOf("]:") + 1 : lower.lastIndexOf(':');
        return port > 0 ? lower.substring(0, port) : lower;
    }

    /** Whether reading a request failed because its body passed the size limit. */
    static boolean tooLarge(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof HttpException http && http.getCode() == HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE) {
                return true;
            }
        }
        return false;
    }

    /** A short plain-text refusal that repeats nothing of the request. */
    static void refuse(HttpServletResponse answer, int status, String message) throws IOException {
        answer.setStatus(status);
        answer.setContentType("text/plain;charset=utf-8");
        answer.getOutputStream().write((message + "\n").getBytes(StandardCharsets.UTF_8));
    }
}
