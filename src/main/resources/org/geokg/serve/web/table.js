// The table view: the pairs that met, or the meetings, under the same filters as the drawing; sortable by column.
import { element, localName } from './sparql.js';

const SHOWN = 500; // rows drawn at most; the count above the table says how many there are

const COLUMNS = {
  pairs: [['a', 'Agent'], ['b', 'Agent'], ['meetings', 'Meetings'], ['first', 'First'], ['last', 'Last'],
    ['conf', 'Best confidence']],
  meetings: [['date', 'Date'], ['kind', 'Kind'], ['who', 'Participants'], ['place', 'Place'],
    ['conf', 'Confidence']],
};

export class Table {
  /** onPair(pair), onMeeting(meeting): what a click on a row opens. */
  constructor(view, network, onPair, onMeeting) {
    this.view = view;
    this.network = network;
    this.onPair = onPair;
    this.onMeeting = onMeeting;
    this.mode = view.querySelector('#table-mode');
    this.count = view.querySelector('.count');
    this.table = view.querySelector('table');
    this.sort = { key: 'meetings', descending: true };
    this.mode.addEventListener('change', () => {
      this.sort = this.mode.value === 'pairs' ? { key: 'meetings', descending: true }
        : { key: 'date', descending: false };
      this.render();
    });
  }

  label(id) {
    return this.network.agents.get(id).label;
  }

  rows(result) {
    if (this.mode.value === 'pairs') {
      return [...result.pairs].map(([key, count]) => {
        const pair = this.network.pairs.get(key);
        const shown = [...pair.meetings].filter(m => result.meetings.has(m));
        const dates = shown.map(m => m.date).filter(Boolean).sort();
        return { pair, a: this.label(pair.a), b: this.label(pair.b), meetings: count, first: dates[0] || '',
          last: dates[dates.length - 1] || '', conf: Math.max(...shown.map(m => m.conf)) };
      });
    }
    return [...result.meetings].map(m => {
      const who = new Set();
      for (const key of m.pairs) {
        const pair = this.network.pairs.get(key);
        who.add(this.label(pair.a));
        who.add(this.label(pair.b));
      }
      const place = m.place ? this.network.places.get(m.place) : null;
      return { meeting: m, date: m.date, kind: m.kind, who: [...who].sort().join(', '),
        place: place ? place.label : (m.place ? localName(m.place) : ''), conf: m.conf };
    });
  }

  /** Draws the table for what passes the filters (the result of applyFilters), or for the last one when absent. */
  render(result = this.result) {
    this.result = result;
    const columns = COLUMNS[this.mode.value];
    const { key, descending } = this.sort;
    const rows = this.rows(result).sort((x, y) => {
      const order = typeof x[key] === 'number' ? x[key] - y[key] : String(x[key]).localeCompare(String(y[key]));
      return descending ? -order : order;
    });
    const head = element('tr');
    for (const [name, title] of columns) {
      const th = element('th', name === key ? (descending ? 'sorted down' : 'sorted up') : null, title);
      th.dataset.key = name;
      th.addEventListener('click', () => {
        this.sort = { key: name, descending: name === key ? !descending : typeof rows[0]?.[name] === 'number' };
        this.render();
      });
      head.append(th);
    }
    const body = element('tbody');
    for (const row of rows.slice(0, SHOWN)) {
      const tr = element('tr');
      for (const [name] of columns) {
        tr.append(element('td', name, row[name]));
      }
      tr.addEventListener('click', () => (row.pair ? this.onPair(row.pair) : this.onMeeting(row.meeting, row.who)));
      body.append(tr);
    }
    const thead = element('thead');
    thead.append(head);
    this.table.replaceChildren(thead, body);
    const noun = this.mode.value === 'pairs' ? 'pairs' : 'meetings';
    this.count.textContent = rows.length > SHOWN ? `${rows.length} ${noun}; the first ${SHOWN} shown`
      : `${rows.length} ${noun}`;
  }
}
