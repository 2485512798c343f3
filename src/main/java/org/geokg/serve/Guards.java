package org.geokg.serve;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What {@link KgServer} lets through beyond reading its own store, each closed unless asked for.
 *
 * @param maxRequest the largest request body in bytes; a larger one is refused (413) before it is read
 * @param serviceHosts the hosts a query may reach with {@code SERVICE} (none by default: the server fetches nothing)
 * @param hostNames the names, besides localhost, that the {@code Host} header may give ({@code *} for any)
 * @param allowDump whether the Graph Store Protocol read endpoints ({@code GET /kg}, {@code /kg/data},
 *     {@code /kg/get}) hand out whole graphs, past the row limit
 * @param corsUpdate whether the {@code --cors} origin may also send updates (when updates are allowed)
 * @param formUpdate whether updates may come form-encoded ({@code update=}), as any web page's form can send them
 */
public record Guards(long maxRequest, Set<String> serviceHosts, Set<String> hostNames, boolean allowDump,
                     boolean corsUpdate, boolean formUpdate) {
    /** One mebibyte: the default request size limit. */
    public static final long MEBIBYTE = 1L << 20;

    /** Everything closed, and requests up to 1 MiB. */
    public static final Guards DEFAULTS = new Guards(MEBIBYTE, Set.of(), Set.of(), false, false, false);

    public Guards {
        if (maxRequest < 1) {
            throw new IllegalArgumentException("the request size limit must be at least 1 byte, not " + maxRequest);
        }
        serviceHosts = lowerCase(serviceHosts);
        hostNames = lowerCase(hostNames);
        for (String host : serviceHosts) {
            if (!host.matches("[\\w.-]+|\\[[0-9a-f:.]+]")) {
                throw new IllegalArgumentException("--allow-service takes host names such as query.wikidata.org, "
                        + "not " + host);
            }
        }
        for (String host : hostNames) {
            if (!host.matches("\\*|[\\w.-]+|\\[[0-9a-f:.]+]")) {
                throw new IllegalArgumentException("--allow-host takes host names such as kg.example.org (no port), "
                        + "or *, not " + host);
            }
        }
    }

    private static Set<String> lowerCase(Set<String> names) {
        return names.stream().map(name -> name.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }
}
