/** Store-level work after ingest: links looked up online, and how much of the store is linked. */
package org.geokg.enrich;
