// The page of geokg serve: reads the meeting network through the SPARQL endpoint once, then draws it as a network,
// a table or a map under one set of filters. Each view is its own module; this one wires them together.
import { painted } from './sparql.js';
import { loadNetwork } from './data.js';
import { readFilters, applyFilters, meetingPasses } from './filters.js';
import { Network } from './network.js';
import { Details } from './details.js';
import { ArticleView } from './evidence.js';
import { Table } from './table.js';
import { MapView } from './map.js';

const $ = id => document.getElementById(id);
const status = $('status');
const filterForm = $('filters');
const timings = { load: 0, draw: 0, filters: [] };
window.geokg = { cy: null, timings };

function say(text, error = false) {
  status.textContent = text;
  status.classList.toggle('error', error);
}

async function start() {
  const t0 = performance.now();
  const network = await loadNetwork();
  const t1 = performance.now();
  const article = new ArticleView($('article'));
  const passing = () => {
    const filters = readFilters(filterForm); // read once per panel, not once per meeting
    return m => meetingPasses(m, filters);
  };
  const details = new Details($('details'), passing, s => article.open(s));
  const labels = edge => [edge.source().data('label'), edge.target().data('label')];
  const drawing = new Network($('graph'), network,
    node => details.agent(node.id(), node.data('label')),
    edge => details.pair(edge.source().id(), edge.target().id(), labels(edge)));
  window.geokg.cy = drawing.cy;
  window.geokg.webgl = drawing.webgl;
  window.geokg.gpu = drawing.gpu;
  const label = id => network.agents.get(id).label;
  const table = new Table($('table-view'), network,
    pair => details.pair(pair.a, pair.b, [label(pair.a), label(pair.b)]),
    (meeting, who) => details.meeting(meeting.id, `${meeting.date || 'undated'}: ${who}`));
  const map = new MapView($('map-view'), network, place => details.place(place.id, place.label));
  let view = 'graph';
  let result = null;

  function refresh() {
    result = applyFilters(network, readFilters(filterForm));
    drawing.show(result);
    drawing.highlight($('search').value);
    if (view === 'table-view') table.render(result);
    if (view === 'map-view') map.render(result);
    say(`${result.agents.size} agents, ${result.pairs.size} pairs that met`
      + (network.cut ? ` (from the first ${network.cut} rows only: the server's --limit cut the answer)` : ''));
  }

  const t2 = performance.now();
  refresh();
  const t3 = performance.now();
  drawing.firstLayout($('layout').value);
  const t4 = performance.now();
  await painted();
  const t5 = performance.now();
  timings.load = t1 - t0;
  timings.draw = t5 - t1;
  timings.steps = { create: t2 - t1, filter: t3 - t2, layout: t4 - t3, paint: t5 - t4 };
  console.info(`geokg: queries ${Math.round(timings.load)} ms, draw ${Math.round(timings.draw)} ms:`,
    JSON.stringify(timings.steps));
  document.body.dataset.state = 'ready';

  filterForm.addEventListener('change', async event => {
    if (event.target.id === 'search' || event.target.id === 'layout') return;
    const begun = performance.now();
    refresh();
    const js = performance.now() - begun;
    await painted();
    timings.filters.push({ filter: event.target.id || event.target.name, js, ms: performance.now() - begun });
  });
  filterForm.addEventListener('submit', e => e.preventDefault());
  $('search').addEventListener('input', () => drawing.highlight($('search').value));
  $('search').addEventListener('keydown', e => {
    if (e.key === 'Enter') {
      const matches = drawing.highlight($('search').value);
      if (matches.length > 0) {
        drawing.centre(matches[0]);
        details.agent(matches[0].id(), matches[0].data('label'));
      }
    }
  });
  $('layout').addEventListener('change', () => drawing.layout($('layout').value));
  $('fit').addEventListener('click', () => drawing.fit());
  for (const tab of document.querySelectorAll('nav button[data-view]')) {
    tab.addEventListener('click', async () => {
      view = tab.dataset.view;
      for (const other of document.querySelectorAll('nav button[data-view]')) {
        other.setAttribute('aria-selected', String(other === tab));
        $(other.dataset.view).hidden = other !== tab;
      }
      $('network-tools').hidden = view !== 'graph';
      if (view === 'graph') drawing.cy.resize();
      if (view === 'table-view') table.render(result);
      if (view === 'map-view') {
        await map.loaded;
        map.render(result);
      }
      document.body.dataset.view = view;
    });
  }
}

start().catch(error => {
  say(`Cannot load the network: ${error.message}`, true);
  document.body.dataset.state = 'error';
});
