/** Finds the meetings an article reports: triggers, participants, visits, summits, status, dates and places. */
package org.geokg.meeting;
