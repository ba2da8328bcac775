// The page: the URL's hash is the state (#/ceremony/oscars-97, #/person/sean-baker,
// #/film/anora-2024, #/search?q=…, #/records); each change of it loads one view.

import { h } from './dom.js';
import { DEFAULT_CEREMONY, ceremonyView, filmView, personView, recordsView, searchView } from './views.js';

const main = document.getElementById('main');
const view = document.getElementById('view');
const status = document.getElementById('status');
const searchForm = document.getElementById('search-form');
const searchInput = document.getElementById('search-q');

let current = 0;
let controller = null;

function parseHash() {
  const hash = location.hash.replace(/^#/, '');
  const [pathPart, query = ''] = hash.split('?');
  let parts;
  try {
    parts = pathPart.split('/').filter(Boolean).map(decodeURIComponent);
  }
  catch {
    parts = ['?'];
  }
  return { parts, params: new URLSearchParams(query) };
}

function load({ parts, params }, signal) {
  const [name, id, ...rest] = parts;
  if (rest.length === 0) {
    if (name === undefined) {
      return ceremonyView(DEFAULT_CEREMONY, signal);
    }
    if (name === 'ceremony' && id) {
      return ceremonyView(id, signal);
    }
    if (name === 'person' && id) {
      return personView(id, signal);
    }
    if (name === 'film' && id) {
      return filmView(id, signal);
    }
    if (name === 'search' && !id) {
      return searchView(params, signal);
    }
    if (name === 'records' && !id) {
      return recordsView(params, signal);
    }
  }
  return Promise.reject(Object.assign(new Error('There is no such page here.'),
    { title: 'Page not found', detail: 'There is no such page here.', status: 404 }));
}

function setState(state, message) {
  main.dataset.state = state;
  main.setAttribute('aria-busy', String(state === 'loading'));
  status.textContent = message;
  status.hidden = !message;
}

function problemNode(error) {
  const retry = (!error.status || error.status >= 500)
    ? h('button', { type: 'button', onclick: () => show(true) }, 'Try again') : null;
  return h('div', { class: 'problem', role: 'alert' },
    h('h1', { tabindex: -1 }, error.title || 'Something went wrong'),
    error.detail ? h('p', { class: 'problem-detail' }, error.detail) : null,
    error.status ? h('p', { class: 'muted' }, `HTTP status ${error.status}`) : null,
    h('p', { class: 'actions' }, retry, h('a', { href: '#/' }, 'Go to the 97th Academy Awards')));
}

function markNavigation(parts) {
  const section = parts[0] === 'records' ? 'records' : (parts.length === 0 || parts[0] === 'ceremony') ? 'ceremony' : null;
  for (const link of document.querySelectorAll('[data-nav]')) {
    if (link.dataset.nav === section) {
      link.setAttribute('aria-current', 'page');
    }
    else {
      link.removeAttribute('aria-current');
    }
  }
}

/** Load the view the URL names; moveFocus after a navigation, so that it is announced. */
async function show(moveFocus) {
  const token = ++current;
  controller?.abort();
  controller = new AbortController();
  const route = parseHash();
  markNavigation(route.parts);
  if (route.parts[0] === 'search') {
    searchInput.value = route.params.get('q') || '';
  }
  setState('loading', 'Loading…');
  let node;
  let title;
  let state = 'ready';
  try {
    ({ node, title } = await load(route, controller.signal));
  }
  catch (error) {
    if (error.name === 'AbortError' || token !== current) {
      return;
    }
    console.error(error);
    node = problemNode(error);
    title = error.title || 'Error';
    state = 'error';
  }
  if (token !== current) {
    return;
  }
  view.replaceChildren(node);
  document.title = `${title} · Awards API`;
  setState(state, '');
  if (moveFocus) {
    const heading = view.querySelector('h1');
    (heading || main).focus();
  }
}

searchForm.addEventListener('submit', (event) => {
  event.preventDefault();
  const q = searchInput.value.trim();
  location.hash = `#/search?${new URLSearchParams({ q })}`;
});

// The skip link moves focus without touching the hash, which holds the page's state.
document.querySelector('[data-skip]').addEventListener('click', (event) => {
  event.preventDefault();
  main.focus();
});

window.addEventListener('hashchange', () => show(true));
show(false);
