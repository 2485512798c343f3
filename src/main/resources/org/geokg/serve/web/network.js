// The network drawing: Cytoscape.js, with its WebGL renderer where the browser has WebGL 2. Filters only hide and
// show elements and change the pairs' counts that changed; the layout runs on demand. What a filter change costs is
// Cytoscape's work per element it touches (styles, bounds, edge ends, textures), far more than the painting itself
// (ServePageIT, docs/performance.md): so an agent's disc and font are sized once, by all its meetings, and hiding
// sets the visibility (no bounds to recompute, unlike display), element by element.
const COLORS = { Person: '#4e79a7', State: '#e15759', Organization: '#59a14f' };
const LEADS = 12;          // the most-met agents shown, whose labels stay readable at any zoom
const SPACING = 34;        // of the spiral layout, between neighbours
const LEAD_PIXELS = 13;    // their labels' height on screen
const PADDING = 30;
const SMALL = 300;         // up to this many agents, 'auto' runs the force-directed layout

const STYLE = [
  { selector: 'node', style: {
    'background-color': 'data(color)', width: 'data(size)', height: 'data(size)', label: 'data(label)',
    'font-size': 'data(font)', 'min-zoomed-font-size': 9, 'text-valign': 'bottom', 'text-margin-y': 3,
    'text-outline-color': '#fff', 'text-outline-width': 2 } },
  { selector: 'node.lead', style: { 'font-size': 'data(leadFont)', 'min-zoomed-font-size': 0, 'z-index': 10 } },
  { selector: 'edge', style: {
    width: 'data(width)', 'line-color': '#9aa5b1', 'line-opacity': 0.7, 'curve-style': 'haystack' } },
  { selector: 'edge:selected', style: {
    'line-color': '#222', 'line-opacity': 1, label: 'data(meetings)', 'font-size': 12, 'min-zoomed-font-size': 0,
    'text-background-color': '#fff', 'text-background-opacity': 1 } },
  { selector: 'node:selected', style: { 'border-width': 3, 'border-color': '#222' } },
  { selector: '.faded', style: { opacity: 0.15 } },
  { selector: '.match', style: { 'border-width': 3, 'border-color': '#f28e2b', 'min-zoomed-font-size': 0 } },
];

/**
 * The 'spiral' layout, for large networks, in one pass: the most-met agents evenly on a ring, where their labels
 * have room, and the others by number of meetings, most first, on a sunflower spiral from the centre out.
 */
function spiral(nodes) {
  const sorted = nodes.slice().sort((a, b) => b.meetings - a.meetings);
  const leads = sorted.length > 10 * LEADS ? LEADS : 0;
  const outer = SPACING * Math.sqrt(sorted.length + 2);
  const positions = new Map();
  sorted.forEach((n, k) => {
    const j = k - leads;
    const r = j < 0 ? outer * 0.55 : SPACING * Math.sqrt(j + 2);
    const angle = j < 0 ? 2 * Math.PI * k / leads - Math.PI / 2 : j * 2.399963;
    positions.set(n.id, { x: Math.round(r * Math.cos(angle)), y: Math.round(r * Math.sin(angle)) });
  });
  return positions;
}

/**
 * Layouts by name, for agents whose meetings under the filters a function gives; 'auto' is the force-directed one
 * for small networks and the spiral for large ones.
 */
function layoutOptions(name, nodes, meetings) {
  const count = nodes.length;
  const chosen = name === 'auto' ? (count <= SMALL ? 'cose' : 'spiral') : name;
  if (chosen === 'spiral') {
    const positions = spiral(nodes.map(n => ({ id: n.id(), meetings: meetings(n) })));
    return { name: 'preset', positions: n => positions.get(n.id()), animate: false, fit: false };
  }
  const common = { name: chosen, animate: false, fit: true, padding: 30 };
  switch (chosen) {
    case 'cose':
      return { ...common, randomize: false, numIter: count <= SMALL ? 1000 : 250,
        nodeRepulsion: () => 400000, idealEdgeLength: () => 120 };
    case 'concentric':
      return { ...common, concentric: meetings,
        levelWidth: ns => Math.max(1, ns.max(meetings).value / 6), minNodeSpacing: 4,
        avoidOverlap: count <= SMALL };
    case 'grid':
      return { ...common, sort: (a, b) => meetings(b) - meetings(a), avoidOverlap: false };
    default:
      return { ...common, avoidOverlap: false };
  }
}

/**
 * The renderer to use: WebGL where the browser has WebGL 2 on a graphics processor; the canvas renderer where it has
 * none, or only a software rasterizer (SwiftShader, llvmpipe), on which the canvas draws faster (ServePageIT prints
 * both; see docs/performance.md). The page's address may choose: ?renderer=webgl or ?renderer=canvas.
 */
function chooseRenderer() {
  const asked = new URLSearchParams(location.search).get('renderer');
  let gl = null;
  try {
    gl = document.createElement('canvas').getContext('webgl2');
  } catch (e) {
    gl = null;
  }
  if (!gl) return { webgl: false, gpu: 'none' };
  const info = gl.getExtension('WEBGL_debug_renderer_info');
  const gpu = String(info ? gl.getParameter(info.UNMASKED_RENDERER_WEBGL) : gl.getParameter(gl.RENDERER));
  const software = /swiftshader|llvmpipe|softpipe|software/i.test(gpu);
  return { webgl: asked ? asked === 'webgl' : !software, gpu, software };
}

/**
 * Asks for 2D canvases kept in memory (willReadFrequently), Cytoscape's offscreen ones included. On a software
 * rasterizer the browser's accelerated canvas is drawn by that rasterizer in the graphics process, which took more
 * processor time than the page itself and made a filter change about twice as slow (docs/performance.md).
 */
function useMemoryCanvases() {
  for (const kind of [globalThis.HTMLCanvasElement, globalThis.OffscreenCanvas].filter(Boolean)) {
    const getContext = kind.prototype.getContext;
    kind.prototype.getContext = function (type, options) {
      return getContext.call(this, type, type === '2d' ? { willReadFrequently: true, ...options } : options);
    };
  }
}

export class Network {
  /** Draws every agent and pair of the network; the filters then show some of them. */
  constructor(container, network, onTapAgent, onTapPair) {
    this.maxAgent = 1;
    this.maxPair = 1;
    for (const p of network.pairs.values()) this.maxPair = Math.max(this.maxPair, p.meetings.size);
    // each agent's meetings counted once, as applyFilters counts them (a meeting of three is in three pairs)
    const meetingsOf = new Map();
    for (const p of network.pairs.values()) {
      for (const id of [p.a, p.b]) {
        if (!meetingsOf.has(id)) meetingsOf.set(id, new Set());
        for (const m of p.meetings) meetingsOf.get(id).add(m);
      }
    }
    const counts = new Map([...meetingsOf].map(([id, meetings]) => [id, meetings.size]));
    for (const c of counts.values()) this.maxAgent = Math.max(this.maxAgent, c);
    this.shownMeetings = counts; // each agent shown with its meetings under the filters
    this.hidden = new Set(); // the ids of the elements hidden
    const elements = [];
    const positions = spiral([...counts].map(([id, meetings]) => ({ id, meetings })));
    for (const [id, count] of counts) {
      const agent = network.agents.get(id);
      elements.push({ group: 'nodes', position: positions.get(id), data: { id, label: agent.label,
        type: agent.type, color: COLORS[agent.type] || '#bab0ac', ...this.agentLooks(count) } });
    }
    for (const p of network.pairs.values()) {
      elements.push({ group: 'edges', data: { id: p.id, source: p.a, target: p.b,
        ...this.pairLooks(p.meetings.size) } });
    }
    const { webgl, gpu, software } = chooseRenderer();
    this.gpu = gpu;
    if (software) useMemoryCanvases();
    try {
      this.create(container, elements, webgl);
    } catch (error) {
      if (!webgl) throw error;
      console.warn(`the WebGL renderer failed (${error.message}); drawing with the canvas renderer`);
      if (this.cy) this.cy.destroy();
      this.create(container, elements, false);
    }
    this.cy.on('tap', 'node', e => onTapAgent(e.target));
    this.cy.on('tap', 'edge', e => onTapPair(e.target));
    if (this.webgl) {
      // The WebGL renderer's picking misses elements in some browsers (seen with SwiftShader): a tap on the
      // background goes to the agent or pair drawn there, found from the positions and sizes.
      this.cy.on('tap', e => {
        if (e.target !== this.cy) return;
        const node = this.nodeAt(e.position);
        const edge = node ? null : this.edgeAt(e.position);
        if (node) onTapAgent(node);
        if (edge) onTapPair(edge);
      });
    }
    this.cy.on('zoom', () => this.scheduleLeads());
  }

  /** Created empty and filled in one batch: much faster than elements given to the constructor. */
  create(container, elements, webgl) {
    this.webgl = webgl;
    this.cy = cytoscape({
      container, style: STYLE, minZoom: 0.02, maxZoom: 8,
      hideEdgesOnViewport: !webgl && elements.length > 2000, pixelRatio: 1,
      renderer: { name: 'canvas', webgl },
    });
    this.cy.batch(() => this.cy.add(elements));
  }

  /** The agent shown whose disc holds the point (model coordinates), the nearest if several, or null. */
  nodeAt(point) {
    let found = null;
    let nearest = Infinity;
    const slack = 2 / this.cy.zoom();
    this.visible().nodes().forEach(n => {
      const { x, y } = n.position();
      const d = Math.hypot(x - point.x, y - point.y);
      if (d <= n.data('size') / 2 + slack && d < nearest) {
        found = n;
        nearest = d;
      }
    });
    return found;
  }

  /** The pair shown whose line passes through the point (model coordinates), the nearest if several, or null. */
  edgeAt(point) {
    let found = null;
    let nearest = Infinity;
    const slack = 3 / this.cy.zoom();
    this.visible().edges().forEach(e => {
      const a = e.source().position();
      const b = e.target().position();
      const length = (b.x - a.x) ** 2 + (b.y - a.y) ** 2 || 1;
      const t = Math.max(0, Math.min(1, ((point.x - a.x) * (b.x - a.x) + (point.y - a.y) * (b.y - a.y)) / length));
      const d = Math.hypot(a.x + t * (b.x - a.x) - point.x, a.y + t * (b.y - a.y) - point.y);
      if (d <= e.data('width') / 2 + slack && d < nearest) {
        found = e;
        nearest = d;
      }
    });
    return found;
  }

  agentLooks(count) {
    const share = Math.sqrt(count / this.maxAgent);
    const font = 7 + 12 * share;
    return { meetings: count, size: 14 + 40 * share, font, leadFont: font }; // all its meetings: set once
  }

  pairLooks(count) {
    return { meetings: count, width: 1 + 7 * (count / this.maxPair) };
  }

  /**
   * Shows what passes the filters (the result of applyFilters), in one batch, touching only what changed: the
   * visibility of what appears or goes, the width and count of a pair whose count changed. An agent keeps its size.
   */
  show(result) {
    const cy = this.cy;
    const hide = [];
    const reveal = [];
    cy.batch(() => {
      for (const [collection, counts] of [[cy.edges(), result.pairs], [cy.nodes(), result.agents]]) {
        collection.forEach(el => {
          const count = counts.get(el.id()) || 0;
          if ((count > 0) === this.hidden.has(el.id())) {
            (count > 0 ? reveal : hide).push(el);
          }
          if (count > 0 && el.isEdge() && el.data('meetings') !== count) {
            el.data(this.pairLooks(count));
          }
        });
      }
      this.setHidden(cy.collection(hide), true);
      this.setHidden(cy.collection(reveal), false);
      this.shownMeetings = result.agents;
      this.markLeads();
    });
  }

  /** Hides or shows elements: by visibility, which leaves their bounds and edges' ends as they are. */
  setHidden(elements, hidden) {
    elements.forEach(el => {
      if (hidden) this.hidden.add(el.id());
      else this.hidden.delete(el.id());
    });
    if (hidden) {
      elements.style('visibility', 'hidden');
    } else {
      elements.removeStyle('visibility');
    }
  }

  visible() {
    return this.cy.elements().filter(el => !this.hidden.has(el.id()));
  }

  /** An agent's meetings under the filters (0 if hidden). */
  meetings(node) {
    return this.shownMeetings.get(node.id()) || 0;
  }

  /** The most-met agents shown get labels that stay readable at any zoom. */
  markLeads() {
    const shown = this.visible().nodes().sort((a, b) => this.meetings(b) - this.meetings(a));
    this.cy.nodes('.lead').removeClass('lead');
    shown.slice(0, LEADS).addClass('lead');
    this.sizeLeads();
  }

  sizeLeads() {
    const font = LEAD_PIXELS / this.cy.zoom();
    this.cy.nodes('.lead').forEach(n => {
      n.data('leadFont', Math.max(n.data('font'), font));
    });
  }

  scheduleLeads() {
    if (!this.leadsPending) {
      this.leadsPending = true;
      requestAnimationFrame(() => {
        this.leadsPending = false;
        this.cy.batch(() => this.sizeLeads());
      });
    }
  }

  /** Lays out the agents shown with a layout by name (see layoutOptions). */
  layout(name) {
    const shown = this.visible();
    const options = layoutOptions(name, shown.nodes(), n => this.meetings(n));
    shown.layout(options).run();
    if (options.fit) {
      this.sizeLeads();
    } else {
      this.fit();
    }
  }

  /** The first layout: the spiral the agents were added on, for large networks; else the one chosen. */
  firstLayout(name) {
    if (name === 'auto' && this.cy.nodes().length > SMALL) {
      this.fit();
    } else {
      this.layout(name);
    }
  }

  /**
   * Fits the agents shown into view. Computed from their positions and sizes: Cytoscape's own fit measures every
   * label first, which takes seconds on thousands of agents.
   */
  fit() {
    const cy = this.cy;
    let [x1, y1, x2, y2] = [Infinity, Infinity, -Infinity, -Infinity];
    this.visible().nodes().forEach(n => {
      const { x, y } = n.position();
      const r = n.data('size') / 2;
      x1 = Math.min(x1, x - r);
      x2 = Math.max(x2, x + r);
      y1 = Math.min(y1, y - r);
      y2 = Math.max(y2, y + r + n.data('font') * 1.5);
    });
    if (x1 === Infinity) return;
    const zoom = Math.min(cy.maxZoom(), Math.max(cy.minZoom(),
      Math.min((cy.width() - 2 * PADDING) / Math.max(1, x2 - x1), (cy.height() - 2 * PADDING) / Math.max(1, y2 - y1))));
    cy.viewport({ zoom, pan: { x: (cy.width() - zoom * (x1 + x2)) / 2, y: (cy.height() - zoom * (y1 + y2)) / 2 } });
    cy.batch(() => this.sizeLeads());
  }

  /** Marks the agents whose label contains the text and fades what is not next to them; returns the matches. */
  highlight(text) {
    const q = text.trim().toLowerCase();
    const cy = this.cy;
    cy.batch(() => {
      cy.elements('.faded, .match').removeClass('faded match');
      if (q) {
        const matches = this.visible().nodes().filter(n => n.data('label').toLowerCase().includes(q));
        matches.addClass('match');
        this.visible().not(matches.closedNeighborhood()).addClass('faded');
      }
    });
    return cy.nodes('.match');
  }

  centre(node) {
    this.cy.animate({ center: { eles: node }, duration: 300 });
  }
}
