/**
 * Finds the meetings an article reports (triggers, participants, visits, summits, status, dates and places), by
 * rules that read their words from the tables {@code lexicon/triggers.tsv} and {@code lexicon/words.tsv}.
 */
package org.geokg.meeting;
