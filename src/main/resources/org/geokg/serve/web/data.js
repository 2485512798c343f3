// Reads the meeting network from the store: agents, meetings (one row per pair of participants) and places.
import { sparqlRows, localName } from './sparql.js';

const AGENT_TYPES = 'gkg:Person gkg:State gkg:Organization';

const AGENTS = `SELECT ?agent ?class ?label WHERE {
  VALUES ?class { ${AGENT_TYPES} }
  ?agent a ?class .
  FILTER EXISTS { ?m gkg:participant ?agent ; gkg:status gkg:occurred }
  OPTIONAL { ?agent rdfs:label ?label }
}`;

const MEETINGS = `SELECT ?m ?a ?b ?date ?conf ?kind ?place WHERE {
  ?m gkg:status gkg:occurred ; gkg:participant ?a, ?b .
  FILTER(STR(?a) < STR(?b))
  OPTIONAL { ?m a ?class FILTER(STRSTARTS(STR(?class), STR(gkg:))) }
  BIND(STRAFTER(STR(?class), "#") AS ?kind)
  OPTIONAL { ?m gkg:date ?d }
  BIND(STR(?d) AS ?date)
  OPTIONAL { ?m gkg:confidence ?conf }
  OPTIONAL { ?m gkg:place ?place }
}`;

const PLACES = `SELECT DISTINCT ?place ?label ?wkt WHERE {
  ?m gkg:status gkg:occurred ; gkg:place ?place .
  OPTIONAL { ?place rdfs:label ?label }
  OPTIONAL { ?place geo:hasGeometry/geo:asWKT ?wkt }
}`;

/** Longitude and latitude of a WKT point (with or without a leading CRS IRI), or null. */
function point(wkt) {
  const found = /POINT\s*\(\s*(-?[0-9.eE+-]+)\s+(-?[0-9.eE+-]+)\s*\)/i.exec(wkt || '');
  return found ? { lon: Number(found[1]), lat: Number(found[2]) } : null;
}

/**
 * The whole network, read once: agents by IRI ({label, type}), meetings by IRI ({date, conf, kind, place, pairs}),
 * pairs by "a b" ({a, b, meetings}) and places by IRI ({label, lon, lat}); `cut` names the row limit that cut an
 * answer, or 0.
 */
export async function loadNetwork() {
  const [agentRows, meetingRows, placeRows] = await Promise.all([sparqlRows(AGENTS), sparqlRows(MEETINGS),
    sparqlRows(PLACES)]);
  const agents = new Map();
  for (const r of agentRows) {
    if (!agents.has(r.agent)) {
      agents.set(r.agent, { id: r.agent, label: r.label || localName(r.agent), type: localName(r.class) });
    }
  }
  const meetings = new Map();
  const pairs = new Map();
  for (const r of meetingRows) {
    if (!agents.has(r.a) || !agents.has(r.b)) {
      continue;
    }
    if (!meetings.has(r.m)) {
      meetings.set(r.m, { id: r.m, date: r.date || '', conf: r.conf === undefined ? 1 : Number(r.conf),
        kind: r.kind || 'Meeting', place: r.place || null, pairs: new Set() });
    }
    const key = `${r.a} ${r.b}`;
    if (!pairs.has(key)) {
      pairs.set(key, { id: key, a: r.a, b: r.b, meetings: new Set() });
    }
    pairs.get(key).meetings.add(meetings.get(r.m));
    meetings.get(r.m).pairs.add(key);
  }
  const places = new Map();
  for (const r of placeRows) {
    const known = places.get(r.place) || { id: r.place, label: r.label || localName(r.place), lon: null, lat: null };
    const at = point(r.wkt);
    if (at && known.lon === null) {
      Object.assign(known, at);
    }
    places.set(r.place, known);
  }
  return { agents, meetings, pairs, places, cut: Math.max(agentRows.cut, meetingRows.cut, placeRows.cut) };
}
