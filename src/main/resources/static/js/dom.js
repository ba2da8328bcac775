// Building the DOM from API data. Every string goes in as text (never as HTML).

const SVG = 'http://www.w3.org/2000/svg';

function build(element, attributes, children) {
  for (const [name, value] of Object.entries(attributes || {})) {
    if (value === null || value === undefined || value === false) {
      continue;
    }
    if (name.startsWith('on') && typeof value === 'function') {
      element.addEventListener(name.slice(2), value);
    }
    else {
      element.setAttribute(name, value === true ? '' : String(value));
    }
  }
  for (const child of children.flat(Infinity)) {
    if (child !== null && child !== undefined && child !== false) {
      element.append(child instanceof Node ? child : String(child));
    }
  }
  return element;
}

/** An HTML element: h('a', { href }, 'text', child, [more children]). */
export function h(tag, attributes, ...children) {
  return build(document.createElement(tag), attributes, children);
}

/** An SVG element, the same way. */
export function s(tag, attributes, ...children) {
  return build(document.createElementNS(SVG, tag), attributes, children);
}

/** The nodes with a separator between them. */
export function join(nodes, separator = ', ') {
  return nodes.flatMap((node, i) => (i === 0 ? [node] : [separator, node]));
}

export function plural(count, one, many = `${one}s`) {
  return `${count.toLocaleString('en')} ${count === 1 ? one : many}`;
}

/** '2025-03-02' as '2 March 2025' (the date as written, whatever the time zone). */
export function formatDate(iso) {
  if (!iso) {
    return null;
  }
  const [year, month, day] = iso.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day))
    .toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

/** A date in a <time> element, written out for people and ISO for machines. */
export function dateNode(iso) {
  return iso ? h('time', { datetime: iso }, formatDate(iso)) : null;
}

export function route(...parts) {
  return '#/' + parts.map(encodeURIComponent).join('/');
}

export function personLink(person) {
  return h('a', { href: route('person', person.slug || String(person.id)) }, person.name);
}

export function filmLink(film) {
  const label = film.year ? `${film.title} (${film.year})` : film.title;
  return h('a', { href: route('film', film.slug || String(film.id)) }, label);
}

export function ceremonyLink(ceremony) {
  return h('a', { class: 'ceremony', href: route('ceremony', ceremony.slug || String(ceremony.id)) }, ceremony.name);
}

/** A nominee: a link for a person, plain text for a country or a company. */
export function nomineeNode(nominee) {
  return (nominee.kind === 'person' && (nominee.slug || nominee.id)) ? personLink(nominee) : nominee.name;
}

/** A link only to a web address, never to a script. */
export function safeHref(address) {
  return (typeof address === 'string' && /^https?:\/\//i.test(address)) ? address : null;
}

export function section(id, title, ...children) {
  return h('section', { class: 'panel', 'aria-labelledby': id }, h('h2', { id }, title), ...children);
}

/**
 * A table with a caption; cells are text, nodes or { value, numeric }. Wrapped so that it
 * scrolls sideways on its own on a narrow screen (and can be scrolled with the keyboard).
 */
export function table(id, caption, headers, rows) {
  const numeric = headers.map((header) => header.numeric === true);
  return h('div', { class: 'table-wrap', role: 'region', 'aria-labelledby': `${id}-caption`, tabindex: 0 },
    h('table', { id },
      h('caption', { id: `${id}-caption` }, caption),
      h('thead', null, h('tr', null, headers.map((header, i) =>
        h('th', { scope: 'col', class: numeric[i] ? 'num' : null }, header.label || header)))),
      h('tbody', null, rows.map((row) => h('tr', null, row.map((cell, i) =>
        (i === 0) ? h('th', { scope: 'row' }, cell) : h('td', { class: numeric[i] ? 'num' : null }, cell)))))));
}

/** What to say when a list is empty. */
export function empty(text) {
  return h('p', { class: 'empty' }, text);
}
