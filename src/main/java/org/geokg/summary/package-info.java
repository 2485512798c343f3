/**
 * The summary graph: mention and article counts, preferred label and type per entity, and per pair of agents that met
 * their meetings, dates, places and sources, computed from the article graphs and kept up to date as they change.
 */
package org.geokg.summary;
