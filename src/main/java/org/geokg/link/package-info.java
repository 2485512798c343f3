/** Links an article's entities to Wikidata and GeoNames through the bundled data sets. */
package org.geokg.link;
