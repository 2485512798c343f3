/** The ground floor of word knowledge: the one table loader, the gazetteer, titles, calendar words, word sets. */
package org.geokg.lexicon;
