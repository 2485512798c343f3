// The filters of the page (type, minimum meetings, confidence, date range) and what passes them.
const TYPES = ['Person', 'State', 'Organization'];

/** The filters as chosen in the page's inputs. */
export function readFilters(form) {
  const types = new Set(TYPES.filter(t => form.querySelector(`input[name=type][value=${t}]`).checked));
  return {
    types,
    minMeetings: Math.max(1, Number(form.querySelector('#min-meetings').value) || 1),
    minConf: Number(form.querySelector('#min-confidence').value) || 0,
    since: form.querySelector('#since').value,
    until: form.querySelector('#until').value,
  };
}

/** Whether a date (ISO text, possibly only a year or a month, or '' when unknown) is within the chosen range. */
function inRange(date, f) {
  if (!f.since && !f.until) {
    return true;
  }
  return Boolean(date) && (!f.since || date >= f.since.slice(0, date.length)) && (!f.until || date <= f.until);
}

/** Whether one meeting passes the date and confidence filters. */
export function meetingPasses(meeting, f) {
  return meeting.conf >= f.minConf && inRange(meeting.date, f);
}

/**
 * What passes the filters: the pairs shown with their number of meetings, the agents shown with theirs, and the
 * meetings shown (those of the pairs shown).
 */
export function applyFilters(network, f) {
  const pairs = new Map();
  const agents = new Map();
  const meetings = new Set();
  for (const pair of network.pairs.values()) {
    if (!f.types.has(network.agents.get(pair.a).type) || !f.types.has(network.agents.get(pair.b).type)) {
      continue;
    }
    let count = 0;
    for (const m of pair.meetings) {
      if (meetingPasses(m, f)) count++;
    }
    if (count < f.minMeetings) {
      continue;
    }
    pairs.set(pair.id, count);
    for (const m of pair.meetings) {
      if (meetingPasses(m, f)) {
        meetings.add(m);
        for (const agent of [pair.a, pair.b]) {
          if (!agents.has(agent)) agents.set(agent, new Set());
          agents.get(agent).add(m);
        }
      }
    }
  }
  return { pairs, agents: new Map([...agents].map(([id, ms]) => [id, ms.size])), meetings };
}
