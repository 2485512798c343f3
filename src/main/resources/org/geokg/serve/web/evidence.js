// The article view: an evidence sentence shown, highlighted, in the text of its article (nif:isString), by the
// sentence's nif:beginIndex and nif:endIndex.
import { sparql, iri, element } from './sparql.js';

const ARTICLE = sentence => `SELECT ?text ?begin ?end ?title ?url WHERE {
  ${iri(sentence)} nif:beginIndex ?begin ; nif:endIndex ?end ; nif:referenceContext ?article .
  ?article nif:isString ?text .
  OPTIONAL { ?article dcterms:title ?title }
  OPTIONAL { ?article schema:url ?url }
} LIMIT 1`;

export class ArticleView {
  constructor(section) {
    this.section = section;
    this.title = section.querySelector('h2');
    this.text = section.querySelector('.text');
    this.source = section.querySelector('.source');
    section.querySelector('button.close').addEventListener('click', () => this.close());
    document.addEventListener('keydown', e => e.key === 'Escape' && this.close());
  }

  close() {
    this.section.hidden = true;
  }

  /** Opens the article of an evidence sentence (its IRI) with the sentence marked and scrolled into view. */
  async open(sentence) {
    this.section.hidden = false;
    this.section.dataset.state = 'loading';
    this.title.textContent = 'loading…';
    this.text.replaceChildren();
    this.source.replaceChildren();
    try {
      const [found] = await sparql(ARTICLE(sentence));
      if (!found) {
        throw new Error('the store has no text for this sentence');
      }
      // NIF offsets count UTF-16 code units, as JavaScript strings do.
      const begin = Number(found.begin);
      const end = Number(found.end);
      const mark = element('mark', null, found.text.slice(begin, end));
      this.text.replaceChildren(found.text.slice(0, begin), mark, found.text.slice(end));
      this.title.textContent = found.title || 'Article';
      if (found.url && /^https?:\/\//.test(found.url)) {
        const a = element('a', null, found.url);
        a.href = found.url;
        a.target = '_blank';
        a.rel = 'noopener';
        this.source.append(a);
      }
      mark.scrollIntoView({ block: 'center' });
      this.section.dataset.state = 'loaded';
    } catch (error) {
      this.title.textContent = `Cannot load the article: ${error.message}`;
      this.section.dataset.state = 'error';
    }
  }
}
