// The meeting network of a GeoKG store, read through its SPARQL endpoint and drawn with Cytoscape.js.
'use strict';
(() => {
  const ENDPOINT = 'kg/sparql';
  const COLORS = { Person: '#4e79a7', State: '#e15759', Organization: '#59a14f' };
  const PREFIXES = `PREFIX gkg: <https://w3id.org/geokg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX schema: <https://schema.org/>
PREFIX owl: <http://www.w3.org/2002/07/owl#>
`;
  // One row per meeting that took place and pair of its participants.
  const PAIRS = PREFIXES + `SELECT ?m ?a ?b ?date ?aLabel ?bLabel ?aType ?bType WHERE {
  ?m gkg:status gkg:occurred ; gkg:participant ?a, ?b .
  FILTER(STR(?a) < STR(?b))
  VALUES ?aClass { gkg:Person gkg:State gkg:Organization }
  VALUES ?bClass { gkg:Person gkg:State gkg:Organization }
  ?a a ?aClass . ?b a ?bClass .
  BIND(STRAFTER(STR(?aClass), "#") AS ?aType)
  BIND(STRAFTER(STR(?bClass), "#") AS ?bType)
  OPTIONAL { ?m gkg:date ?d }
  BIND(STR(?d) AS ?date)
  OPTIONAL { ?a rdfs:label ?aLabel }
  OPTIONAL { ?b rdfs:label ?bLabel }
}`;

  const status = document.getElementById('status');
  const details = document.getElementById('details');
  const search = document.getElementById('search');
  const since = document.getElementById('since');
  const until = document.getElementById('until');
  let rows = [];
  let cy = null;

  async function sparql(query) {
    const response = await fetch(ENDPOINT, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/sparql-results+json' },
      body: new URLSearchParams({ query }),
    });
    if (!response.ok) {
      throw new Error(`the SPARQL endpoint answered ${response.status}: ${(await response.text()).slice(0, 200)}`);
    }
    const json = await response.json();
    const found = json.results.bindings.map(b => Object.fromEntries(Object.entries(b).map(([k, v]) => [k, v.value])));
    // The server caps the rows of a query (serve --limit) and says so in this header: as many rows may be a cut answer.
    const limit = Number(response.headers.get('GeoKG-Row-Limit'));
    found.cut = limit > 0 && found.length >= limit ? limit : 0;
    return found;
  }

  function iri(value) {
    if (!/^[^<>"{}|^`\\\s]+$/.test(value)) {
      throw new Error(`not an IRI: ${value}`);
    }
    return `<${value}>`;
  }

  function localName(value) {
    return value.split(/[/#]/).pop();
  }

  /** Whether a date (ISO text, possibly only a year or a month) is within the chosen range. */
  function inRange(date) {
    if (!since.value && !until.value) {
      return true;
    }
    return Boolean(date) && (!since.value || date >= since.value) && (!until.value || date <= until.value);
  }

  function elements() {
    const nodes = new Map();
    const edges = new Map();
    for (const r of rows) {
      if (!inRange(r.date)) {
        continue;
      }
      for (const [id, label, type] of [[r.a, r.aLabel, r.aType], [r.b, r.bLabel, r.bType]]) {
        if (!nodes.has(id)) {
          nodes.set(id, { id, label: label || localName(id), type, meetings: new Set() });
        }
        nodes.get(id).meetings.add(r.m);
      }
      const key = `${r.a} ${r.b}`;
      if (!edges.has(key)) {
        edges.set(key, { id: key, source: r.a, target: r.b, meetings: new Set() });
      }
      edges.get(key).meetings.add(r.m);
    }
    return [
      ...[...nodes.values()].map(n => ({ group: 'nodes', data: {
        id: n.id, label: n.label, type: n.type, meetings: n.meetings.size, color: COLORS[n.type] || '#bab0ac' } })),
      ...[...edges.values()].map(e => ({ group: 'edges', data: {
        id: e.id, source: e.source, target: e.target, meetings: e.meetings.size } })),
    ];
  }

  function draw() {
    const els = elements();
    const max = Math.max(1, ...els.filter(e => e.group === 'nodes').map(e => e.data.meetings));
    const maxEdge = Math.max(1, ...els.filter(e => e.group === 'edges').map(e => e.data.meetings));
    const size = n => 24 + 40 * Math.sqrt(n.data('meetings') / max);
    if (cy) {
      cy.destroy();
    }
    cy = cytoscape({
      container: document.getElementById('graph'),
      elements: els,
      wheelSensitivity: 0.3,
      style: [
        { selector: 'node', style: {
          'background-color': 'data(color)', label: 'data(label)', width: size, height: size,
          'font-size': 12, 'text-valign': 'bottom', 'text-margin-y': 4, 'text-outline-color': '#fff',
          'text-outline-width': 2 } },
        { selector: 'edge', style: {
          width: e => 2 + 6 * (e.data('meetings') / maxEdge), 'line-color': '#9aa5b1', label: 'data(meetings)',
          'font-size': 10, 'text-background-color': '#fff', 'text-background-opacity': 1,
          'curve-style': 'bezier' } },
        { selector: ':selected', style: { 'border-width': 3, 'border-color': '#222', 'line-color': '#222' } },
        { selector: '.faded', style: { opacity: 0.2 } },
        { selector: '.match', style: { 'border-width': 3, 'border-color': '#f28e2b' } },
      ],
      layout: { name: 'cose', animate: false, randomize: false, nodeRepulsion: () => 400000, idealEdgeLength: () => 120,
        padding: 40 },
    });
    window.geokg.cy = cy;
    cy.on('tap', 'node', e => show(agentMeetings(e.target)));
    cy.on('tap', 'edge', e => show(pairMeetings(e.target)));
    highlight();
    const nodes = cy.nodes().length;
    const pairs = cy.edges().length;
    status.classList.remove('error');
    status.textContent = `${nodes} agents, ${pairs} pairs that met`
      + (rows.cut ? ` (from the first ${rows.cut} rows only: the server's --limit cut the answer)` : '');
    document.body.dataset.state = 'ready';
  }

  function highlight() {
    const q = search.value.trim().toLowerCase();
    cy.elements().removeClass('faded match');
    if (!q) {
      return cy.collection();
    }
    const matches = cy.nodes().filter(n => n.data('label').toLowerCase().includes(q));
    matches.addClass('match');
    cy.elements().not(matches.closedNeighborhood()).addClass('faded');
    return matches;
  }

  function meetingQuery(a, b) {
    return PREFIXES + `SELECT ?m ?date ?kind ?place ?other ?otherLabel ?evidence ?article ?title ?url WHERE {
  ?m gkg:status gkg:occurred ; gkg:participant ${iri(a)}, ?other ; a ?class ; prov:wasDerivedFrom ?article .
  FILTER(?other != ${iri(a)})
  ${b ? `?m gkg:participant ${iri(b)} .` : ''}
  BIND(STRAFTER(STR(?class), "#") AS ?kind)
  OPTIONAL { ?m gkg:date ?d }
  BIND(STR(?d) AS ?date)
  OPTIONAL { ?m gkg:place/rdfs:label ?place }
  OPTIONAL { ?other rdfs:label ?otherLabel }
  OPTIONAL { ?m gkg:evidence/nif:anchorOf ?evidence }
  OPTIONAL { ?article dcterms:title ?title }
  OPTIONAL { ?article schema:url ?url }
} ORDER BY ?date ?m`;
  }

  async function agentMeetings(node) {
    const [rows, same] = await Promise.all([sparql(meetingQuery(node.id())), sparql(PREFIXES
      + `SELECT ?same WHERE { ${iri(node.id())} owl:sameAs ?same
  FILTER(REGEX(STR(?same), "^https?://www\\\\.wikidata\\\\.org/entity/Q[0-9]+$")) } ORDER BY ?same LIMIT 1`)]);
    return { title: node.data('label'), wikidata: same.length ? localName(same[0].same) : null, rows };
  }

  async function pairMeetings(edge) {
    const title = [edge.source().data('label'), edge.target().data('label')].sort().join(' – ');
    return { title, rows: await sparql(meetingQuery(edge.source().id(), edge.target().id())) };
  }

  function group(rowsOfMeetings) {
    const meetings = new Map();
    for (const r of rowsOfMeetings) {
      if (!inRange(r.date)) {
        continue;
      }
      if (!meetings.has(r.m)) {
        meetings.set(r.m, { date: r.date, kind: r.kind, places: new Set(), with: new Set(), evidence: new Set(),
          articles: new Map() });
      }
      const m = meetings.get(r.m);
      if (r.place) m.places.add(r.place);
      m.with.add(r.otherLabel || localName(r.other));
      if (r.evidence) m.evidence.add(r.evidence);
      m.articles.set(r.article, { title: r.title || r.article, url: r.url || r.article });
    }
    return [...meetings.values()];
  }

  function element(tag, className, text) {
    const el = document.createElement(tag);
    if (className) el.className = className;
    if (text !== undefined) el.textContent = text;
    return el;
  }

  async function show(pending) {
    details.dataset.state = 'loading';
    details.replaceChildren(element('p', 'hint', 'loading…'));
    try {
      const { title, wikidata, rows: found } = await pending;
      const meetings = group(found);
      const list = element('ol', 'meetings');
      for (const m of meetings) {
        const item = element('li', 'meeting');
        item.append(element('div', 'when', [m.date || 'undated', m.kind, [...m.places].join(', ')]
          .filter(Boolean).join(' · ')));
        item.append(element('div', 'with', `with ${[...m.with].sort().join(', ')}`));
        for (const sentence of m.evidence) {
          item.append(element('blockquote', null, sentence));
        }
        for (const article of m.articles.values()) {
          const link = element('a', null, article.title);
          if (/^https?:\/\//.test(article.url)) link.href = article.url;
          link.target = '_blank';
          link.rel = 'noopener';
          item.append(link);
        }
        list.append(item);
      }
      const count = element('p', 'count', `${meetings.length} ${meetings.length === 1 ? 'meeting' : 'meetings'}`);
      if (wikidata) {
        const link = element('a', null, wikidata);
        link.href = `https://www.wikidata.org/wiki/${wikidata}`;
        link.target = '_blank';
        link.rel = 'noopener';
        count.append(' · Wikidata ', link);
      }
      details.replaceChildren(element('h2', null, title), count, list);
      details.dataset.state = 'loaded';
    } catch (error) {
      details.replaceChildren(element('p', 'hint', `Cannot load the meetings: ${error.message}`));
      details.dataset.state = 'error';
    }
  }

  search.addEventListener('input', () => highlight());
  search.addEventListener('keydown', e => {
    if (e.key === 'Enter') {
      const matches = highlight();
      if (matches.length > 0) {
        cy.animate({ center: { eles: matches[0] }, duration: 300 });
        show(agentMeetings(matches[0]));
      }
    }
  });
  for (const input of [since, until]) {
    input.addEventListener('change', () => draw());
  }

  window.geokg = { cy: null };
  sparql(PAIRS).then(found => {
    rows = found;
    draw();
  }).catch(error => {
    status.textContent = `Cannot load the network: ${error.message}`;
    status.classList.add('error');
    document.body.dataset.state = 'error';
  });
})();
