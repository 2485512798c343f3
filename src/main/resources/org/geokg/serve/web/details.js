// The side panel: the meetings of an agent, a pair, a meeting or a place, read from the store when asked for.
import { sparql, iri, localName, element } from './sparql.js';

/** The meetings that took place matching one of: agent, pair [a, b], meeting, place; one row per fact. */
function meetingQuery({ agent, pair, meeting, place }) {
  const anchor = agent || (pair && pair[0]);
  return `SELECT ?m ?date ?conf ?kind ?place ?other ?otherLabel ?sentence ?evidence ?article ?title ?url WHERE {
  ?m gkg:status gkg:occurred ; gkg:participant ?other ; prov:wasDerivedFrom ?article .
  ${anchor ? `?m gkg:participant ${iri(anchor)} . FILTER(?other != ${iri(anchor)})` : ''}
  ${pair ? `?m gkg:participant ${iri(pair[1])} .` : ''}
  ${meeting ? `VALUES ?m { ${iri(meeting)} }` : ''}
  ${place ? `?m gkg:place ${iri(place)} .` : ''}
  OPTIONAL { ?m a ?class FILTER(STRSTARTS(STR(?class), STR(gkg:))) }
  BIND(STRAFTER(STR(?class), "#") AS ?kind)
  OPTIONAL { ?m gkg:date ?d }
  BIND(STR(?d) AS ?date)
  OPTIONAL { ?m gkg:confidence ?conf }
  OPTIONAL { ?m gkg:place/rdfs:label ?place }
  OPTIONAL { ?other rdfs:label ?otherLabel }
  OPTIONAL { ?m gkg:evidence ?sentence . ?sentence nif:anchorOf ?evidence }
  OPTIONAL { ?article dcterms:title ?title }
  OPTIONAL { ?article schema:url ?url }
} ORDER BY ?date ?m`;
}

const WIKIDATA = agent => `SELECT ?same WHERE { ${iri(agent)} owl:sameAs ?same
  FILTER(REGEX(STR(?same), "^https?://www\\\\.wikidata\\\\.org/entity/Q[0-9]+$")) } ORDER BY ?same LIMIT 1`;

function group(rows, passes) {
  const meetings = new Map();
  for (const r of rows) {
    const conf = r.conf === undefined ? 1 : Number(r.conf);
    if (!passes({ date: r.date || '', conf })) {
      continue;
    }
    if (!meetings.has(r.m)) {
      meetings.set(r.m, { date: r.date, kind: r.kind, conf: r.conf, places: new Set(), with: new Set(),
        evidence: new Map(), articles: new Map() });
    }
    const m = meetings.get(r.m);
    if (r.place) m.places.add(r.place);
    m.with.add(r.otherLabel || localName(r.other));
    if (r.sentence) m.evidence.set(r.sentence, r.evidence);
    m.articles.set(r.article, { title: r.title || r.article, url: r.url || r.article });
  }
  return [...meetings.values()];
}

function link(text, href) {
  const a = element('a', null, text);
  if (/^https?:\/\//.test(href)) a.href = href;
  a.target = '_blank';
  a.rel = 'noopener';
  return a;
}

export class Details {
  /**
   * panel: the aside; passes(): the filters now chosen, as a test of a meeting; openEvidence(sentence IRI): shows a
   * sentence in its article.
   */
  constructor(panel, passes, openEvidence) {
    this.panel = panel;
    this.passes = passes;
    this.openEvidence = openEvidence;
  }

  agent(id, label) {
    return this.show(label, Promise.all([sparql(meetingQuery({ agent: id })), sparql(WIKIDATA(id))])
      .then(([rows, same]) => ({ rows, wikidata: same.length ? localName(same[0].same) : null })));
  }

  pair(a, b, labels) {
    const title = labels.slice().sort().join(' – ');
    return this.show(title, sparql(meetingQuery({ pair: [a, b] })).then(rows => ({ rows })));
  }

  meeting(id, title) {
    return this.show(title, sparql(meetingQuery({ meeting: id })).then(rows => ({ rows, all: true })));
  }

  place(id, label) {
    return this.show(label, sparql(meetingQuery({ place: id })).then(rows => ({ rows })));
  }

  async show(title, pending) {
    const panel = this.panel;
    panel.dataset.state = 'loading';
    panel.replaceChildren(element('p', 'hint', 'loading…'));
    try {
      const { rows, wikidata, all } = await pending;
      const meetings = group(rows, all ? () => true : this.passes());
      const list = element('ol', 'meetings');
      for (const m of meetings) {
        const item = element('li', 'meeting');
        item.append(element('div', 'when', [m.date || 'undated', m.kind, [...m.places].join(', ')]
          .filter(Boolean).join(' · ')));
        item.append(element('div', 'with', `with ${[...m.with].sort().join(', ')}`));
        if (m.conf !== undefined) item.append(element('div', 'confidence', `confidence ${m.conf}`));
        for (const [sentence, text] of m.evidence) {
          const quote = element('blockquote', 'evidence', text);
          quote.title = 'Show this sentence in its article';
          quote.tabIndex = 0;
          quote.addEventListener('click', () => this.openEvidence(sentence));
          quote.addEventListener('keydown', e => e.key === 'Enter' && this.openEvidence(sentence));
          item.append(quote);
        }
        for (const article of m.articles.values()) item.append(link(article.title, article.url));
        list.append(item);
      }
      const count = element('p', 'count', `${meetings.length} ${meetings.length === 1 ? 'meeting' : 'meetings'}`);
      if (wikidata) {
        count.append(' · Wikidata ', link(wikidata, `https://www.wikidata.org/wiki/${wikidata}`));
      }
      panel.replaceChildren(element('h2', null, title), count, list);
      panel.dataset.state = 'loaded';
    } catch (error) {
      panel.replaceChildren(element('p', 'hint', `Cannot load the meetings: ${error.message}`));
      panel.dataset.state = 'error';
    }
  }
}
