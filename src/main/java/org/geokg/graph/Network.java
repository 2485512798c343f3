package org.geokg.graph;

import java.util.List;

/**
 * A network to draw or export: nodes and edges with their attributes, in a stable order (nodes by label, edges by
 * their ends).
 *
 * @param name a short name for the graph (used as its id in the file formats)
 * @param directed whether edges have a direction (the meeting network is undirected)
 * @param nodes the nodes; their ids are unique
 * @param edges the edges; their ends are ids of nodes
 */
public record Network(String name, boolean directed, List<NetworkNode> nodes, List<NetworkEdge> edges) {
    public Network {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
    }
}
