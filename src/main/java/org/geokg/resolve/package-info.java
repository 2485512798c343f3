/** Turns an article's mentions into entities, the offices people hold, and the places that act for their state. */
package org.geokg.resolve;
