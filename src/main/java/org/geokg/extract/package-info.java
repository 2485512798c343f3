/** The one facade of extraction: an article in, its mentions, entities, links and meetings out. */
package org.geokg.extract;
