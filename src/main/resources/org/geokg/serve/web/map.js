// The map view: the meetings shown by place (circles sized by count, coloured by the year of the latest) on the
// world's countries from Natural Earth (world-atlas, TopoJSON, bundled: nothing is fetched from elsewhere).
const SVG = 'http://www.w3.org/2000/svg';
const WIDTH = 960;
const HEIGHT = 480;

/** Equirectangular projection onto the map's 960 × 480 plane. */
function project(lon, lat) {
  return [(lon + 180) * WIDTH / 360, (90 - lat) * HEIGHT / 180];
}

/** The outlines of a TopoJSON object's polygons as one SVG path: arcs delta-decoded, joined and projected. */
function outlines(topology, objectName) {
  const [sx, sy] = topology.transform.scale;
  const [tx, ty] = topology.transform.translate;
  const arcs = topology.arcs.map(arc => {
    let x = 0;
    let y = 0;
    return arc.map(([dx, dy]) => {
      x += dx;
      y += dy;
      return [x * sx + tx, y * sy + ty];
    });
  });
  const ring = indexes => {
    const points = [];
    for (const i of indexes) {
      const arc = i < 0 ? arcs[~i].slice().reverse() : arcs[i];
      points.push(...(points.length ? arc.slice(1) : arc));
    }
    // A ring that crosses the antimeridian (Russia's east, Fiji) goes on past the map's edge, which cuts it off,
    // rather than jumping back across the whole map.
    let shift = 0;
    const xy = points.map(([lon, lat], k) => {
      if (k > 0 && Math.abs(lon - points[k - 1][0]) > 180) {
        shift -= Math.sign(lon - points[k - 1][0]) * 360;
      }
      return project(lon + shift, lat);
    });
    return `M${xy.map(p => `${p[0].toFixed(1)},${p[1].toFixed(1)}`).join('L')}Z`;
  };
  const parts = [];
  for (const geometry of topology.objects[objectName].geometries) {
    const polygons = geometry.type === 'Polygon' ? [geometry.arcs] : geometry.type === 'MultiPolygon'
      ? geometry.arcs : [];
    for (const polygon of polygons) {
      for (const r of polygon) parts.push(ring(r));
    }
  }
  return parts.join('');
}

function svg(tag, attributes) {
  const el = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attributes)) el.setAttribute(k, v);
  return el;
}

function colour(t) {
  // from a light orange (oldest) to a dark red (latest)
  return `hsl(${Math.round(38 - 38 * t)}, 85%, ${Math.round(68 - 36 * t)}%)`;
}

export class MapView {
  /** onPlace(place): what a click on a place opens. */
  constructor(view, network, onPlace) {
    this.view = view;
    this.network = network;
    this.onPlace = onPlace;
    this.svg = svg('svg', { viewBox: `0 0 ${WIDTH} ${HEIGHT}`, role: 'img', 'aria-label': 'Meetings by place' });
    this.land = svg('path', { class: 'land', d: '' });
    this.points = svg('g', { class: 'places' });
    this.svg.append(svg('rect', { class: 'sea', x: 0, y: 0, width: WIDTH, height: HEIGHT }), this.land, this.points);
    view.querySelector('.map').append(this.svg);
    this.legend = view.querySelector('.legend');
    this.box = [0, 0, WIDTH, HEIGHT];
    this.svg.addEventListener('wheel', e => this.zoom(e), { passive: false });
    this.loaded = fetch('world/countries-110m.json').then(r => r.json())
      .then(topology => this.land.setAttribute('d', outlines(topology, 'countries')));
  }

  /** Zooms around the pointer. */
  zoom(event) {
    event.preventDefault();
    const rect = this.svg.getBoundingClientRect();
    const factor = event.deltaY < 0 ? 0.8 : 1.25;
    const [x, y, w, h] = this.box;
    const px = x + (event.clientX - rect.left) / rect.width * w;
    const py = y + (event.clientY - rect.top) / rect.height * h;
    const nw = Math.min(WIDTH, Math.max(30, w * factor));
    const nh = nw * HEIGHT / WIDTH;
    this.box = [px - (px - x) * nw / w, py - (py - y) * nh / h, nw, nh];
    this.svg.setAttribute('viewBox', this.box.join(' '));
  }

  /** Draws the places of the meetings that pass the filters (the result of applyFilters). */
  render(result = this.result) {
    this.result = result;
    const byPlace = new Map();
    let unplaced = 0;
    for (const m of result.meetings) {
      const place = m.place && this.network.places.get(m.place);
      if (!place || place.lon === null) {
        unplaced++;
        continue;
      }
      if (!byPlace.has(place)) byPlace.set(place, []);
      byPlace.get(place).push(m);
    }
    const years = [...result.meetings].map(m => Number(m.date.slice(0, 4))).filter(y => y > 0);
    const first = Math.min(...years);
    const last = Math.max(...years);
    const most = Math.max(1, ...[...byPlace.values()].map(ms => ms.length));
    const circles = [...byPlace].sort((x, y) => y[1].length - x[1].length).map(([place, ms]) => {
      const dates = ms.map(m => m.date).filter(Boolean).sort();
      const latest = dates.length ? Number(dates[dates.length - 1].slice(0, 4)) : first;
      const [x, y] = project(place.lon, place.lat);
      const circle = svg('circle', { cx: x.toFixed(1), cy: y.toFixed(1), r: (2.5 + 9 * Math.sqrt(ms.length / most))
        .toFixed(1), fill: colour(last > first ? (latest - first) / (last - first) : 1) });
      circle.dataset.place = place.id;
      circle.dataset.meetings = String(ms.length);
      const title = svg('title', {});
      title.textContent = `${place.label}: ${ms.length} ${ms.length === 1 ? 'meeting' : 'meetings'}`
        + (dates.length ? `, ${dates[0]} to ${dates[dates.length - 1]}` : '');
      circle.append(title);
      circle.addEventListener('click', () => this.onPlace(place));
      return circle;
    });
    this.points.replaceChildren(...circles);
    this.legend.textContent = `${byPlace.size} places, ${result.meetings.size - unplaced} meetings`
      + (unplaced ? ` (${unplaced} without a known place)` : '')
      + (years.length ? `; colour: year of the latest meeting, from ${first} (light) to ${last} (dark)` : '');
  }
}
