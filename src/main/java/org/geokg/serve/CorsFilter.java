package org.geokg.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Lets pages of one origin (or of any, for {@code *}) call the endpoint from a browser: the CORS headers on the
 * responses to requests from that origin, and the answer to their preflight requests. Requests from other origins
 * get no CORS header, so browsers keep their pages from reading the answers.
 */
final class CorsFilter implements Filter {
    private final String origin;

    CorsFilter(String origin) {
        this.origin = origin;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) request;
        HttpServletResponse answer = (HttpServletResponse) response;
        String from = http.getHeader("Origin");
        if (from != null && (origin.equals("*") || origin.equals(from))) {
            answer.setHeader("Access-Control-Allow-Origin", origin.equals("*") ? "*" : from);
            answer.setHeader("Vary", "Origin");
            answer.setHeader("Access-Control-Expose-Headers", GuardedQuery.ROW_LIMIT_HEADER);
            if (http.getMethod().equals("OPTIONS")) {
                answer.setHeader("Access-Control-Allow-Methods", "GET, POST, OPTIONS");
                answer.setHeader("Access-Control-Allow-Headers", "Accept, Content-Type");
                answer.setHeader("Access-Control-Max-Age", "600");
                answer.setStatus(HttpServletResponse.SC_NO_CONTENT);
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
