/** Writes networks in the formats of graph tools: GraphML, GEXF 1.3, Graphviz DOT, Cytoscape.js and D3 JSON. */
package org.geokg.graph.format;
