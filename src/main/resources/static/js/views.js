// The views: each loads what it shows from the API and returns { title, node }.

import { getAll, getJson } from './api.js';
import { barChart } from './chart.js';
import {
  ceremonyLink, dateNode, empty, filmLink, formatDate, h, join, nomineeNode, personLink, plural, route, safeHref, section, table,
} from './dom.js';

export const DEFAULT_CEREMONY = 'oscars-97';
const TOP = 10;
const RECORDS_PAGE = 50;

const path = (...parts) => 'api/' + parts.map(encodeURIComponent).join('/');

// Award programmes and their ceremonies change rarely: asked once per visit.
const lists = new Map();
function once(key, load) {
  if (!lists.has(key)) {
    lists.set(key, load().catch((error) => {
      lists.delete(key);
      throw error;
    }));
  }
  return lists.get(key);
}
const awardsList = () => once('awards', () => getAll('api/awards'));
const ceremoniesOf = (award) => once(`ceremonies:${award}`, () => getAll('api/ceremonies', { award }));

function ceremonyOption(ceremony, selected) {
  const year = ceremony.date ? ceremony.date.slice(0, 4) : ceremony.filmYear;
  const label = year ? `${ceremony.name} (${year})` : ceremony.name;
  return h('option', { value: ceremony.slug, selected: ceremony.slug === selected }, label);
}

/** Choose an award, then one of its ceremonies; "Show" opens it (the URL changes). */
function picker(awards, ceremonies, current) {
  const ceremonySelect = h('select', { id: 'pick-ceremony', name: 'ceremony' },
    ceremonies.map((ceremony) => ceremonyOption(ceremony, current.slug)));
  const awardSelect = h('select', { id: 'pick-award', name: 'award' },
    awards.map((award) => h('option', { value: award.slug, selected: award.slug === current.award.slug }, award.name)));
  const note = h('p', { class: 'picker-note', role: 'status', 'aria-live': 'polite' });
  awardSelect.addEventListener('change', async () => {
    ceremonySelect.disabled = true;
    note.textContent = 'Loading ceremonies…';
    try {
      const list = await ceremoniesOf(awardSelect.value);
      ceremonySelect.replaceChildren(...list.map((ceremony, i) => ceremonyOption(ceremony, i === 0 ? ceremony.slug : null)));
      note.textContent = list.length ? '' : 'This award has no ceremonies yet.';
    }
    catch (error) {
      note.textContent = `Could not load the ceremonies: ${error.title || error.message}`;
    }
    finally {
      ceremonySelect.disabled = false;
    }
  });
  const form = h('form', { class: 'picker', 'aria-label': 'Choose a ceremony' },
    h('div', { class: 'field' }, h('label', { for: 'pick-award' }, 'Award'), awardSelect),
    h('div', { class: 'field' }, h('label', { for: 'pick-ceremony' }, 'Ceremony'), ceremonySelect),
    h('button', { type: 'submit' }, 'Show'),
    note);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (ceremonySelect.value) {
      location.hash = route('ceremony', ceremonySelect.value);
    }
  });
  return form;
}

const badge = (won) => won ? h('span', { class: 'badge won' }, 'Winner') : null;

function detailText(nomination) {
  if (!nomination.detail) {
    return null;
  }
  return nomination.category.categoryClass === 'Acting' ? `as ${nomination.detail}` : `“${nomination.detail}”`;
}

function officialNote(nomination) {
  return nomination.official ? null : h('span', { class: 'note' }, ' (on record, not an official nomination)');
}

/** One nomination within its category: who, for what, and whether it won. */
function nominationItem(nomination) {
  const films = join(nomination.films.map(filmLink));
  const nominees = join(nomination.nominees.map(nomineeNode));
  const titleFirst = nomination.films.length > 0
    && (nomination.category.categoryClass === 'Title' || nomination.nominees.every((n) => n.kind !== 'person'));
  let main;
  let sub;
  if (titleFirst) {
    main = films;
    sub = [nomination.credit || nominees, detailText(nomination)];
  }
  else {
    main = nominees.length ? nominees : (nomination.credit || films);
    sub = [films, detailText(nomination), nomination.citation];
  }
  sub = sub.filter((part) => part && (!Array.isArray(part) || part.length));
  return h('li', { class: nomination.won ? 'won' : null },
    badge(nomination.won),
    h('span', { class: 'who' }, main),
    sub.length ? h('span', { class: 'what' }, join(sub, ' · ')) : null,
    officialNote(nomination));
}

function categoryCards(nominations) {
  const groups = new Map();
  for (const nomination of nominations) {
    const key = nomination.category.slug;
    if (!groups.has(key)) {
      groups.set(key, { slug: key, name: nomination.categoryName || nomination.category.name, items: [] });
    }
    groups.get(key).items.push(nomination);
  }
  return h('div', { class: 'cards' }, [...groups.values()].map((group) => {
    const ordered = group.items.filter((n) => n.won).concat(group.items.filter((n) => !n.won));
    const headingId = `category-${group.slug}`;
    return h('article', { class: 'card', 'data-category': group.slug, 'aria-labelledby': headingId },
      h('h3', { id: headingId }, group.name),
      h('ul', { class: 'nominations' }, ordered.map(nominationItem)));
  }));
}

function topNote(shown, total, one, many) {
  return (total > shown) ? h('p', { class: 'muted' }, `The first ${shown} of ${plural(total, one, many)}.`) : null;
}

export async function ceremonyView(id, signal) {
  const [ceremony, nominations, byPerson, byFilm, awards] = await Promise.all([
    getJson(path('ceremonies', id), null, signal),
    getAll(path('ceremonies', id, 'nominations'), null, signal),
    getJson(path('ceremonies', id, 'wins-by-person'), { size: TOP }, signal),
    getJson(path('ceremonies', id, 'wins-by-film'), { size: TOP }, signal),
    awardsList(),
  ]);
  const ceremonies = await ceremoniesOf(ceremony.award.slug);
  const counts = ceremony.counts;
  const winners = byPerson.content.filter((row) => row.wins > 0);

  const facts = [formatDate(ceremony.date), ceremony.venue, ceremony.filmYear && `films of ${ceremony.filmYear}`]
    .filter(Boolean).join(' · ');
  const node = h('div', { class: 'view ceremony-view' },
    picker(awards, ceremonies, ceremony),
    h('h1', { tabindex: -1 }, ceremony.name),
    h('p', { class: 'lead' }, facts),
    h('p', { class: 'counts' }, `${plural(counts.categories, 'category', 'categories')} · ${plural(counts.nominations, 'nomination')} · ${plural(counts.wins, 'win')} · ${plural(counts.films, 'film')} · ${plural(counts.people, 'person', 'people')}`),
    ceremony.presentations.length ? h('p', { class: 'muted' }, join(ceremony.presentations.map((p) =>
      h('span', null, `${p.category.name} presented by `, personLink(p.presenter))), '; ')) : null,
    h('div', { class: 'grid-2' },
      section('wins-by-person-title', 'Wins by person',
        winners.length ? barChart('wins-chart', `Wins by person at the ${ceremony.name}`, 'wins',
          winners.map((row) => ({ label: row.person.name, value: row.wins }))) : null,
        byPerson.content.length ? table('wins-by-person', 'People with the most wins',
          ['Person', { label: 'Wins', numeric: true }, { label: 'Nominations', numeric: true }, 'Films'],
          byPerson.content.map((row) => [personLink(row.person), row.wins, row.nominations, join(row.films.map(filmLink))]))
          : empty('Nobody was nominated at this ceremony.'),
        topNote(byPerson.content.length, byPerson.page.totalElements, 'person', 'people')),
      section('wins-by-film-title', 'Wins by film',
        byFilm.content.length ? table('wins-by-film', 'Films with the most wins',
          ['Film', { label: 'Wins', numeric: true }, { label: 'Nominations', numeric: true }],
          byFilm.content.map((row) => [filmLink(row.film), row.wins, row.nominations]))
          : empty('No film was nominated at this ceremony.'),
        topNote(byFilm.content.length, byFilm.page.totalElements, 'film'))),
    section('categories-title', 'Winners by category',
      nominations.length ? categoryCards(nominations) : empty('No nominations are recorded for this ceremony.')));
  return { title: ceremony.name, node };
}

/** A nomination seen from a person or a film: the category, the films, the ceremony. */
function awardItem(nomination, { withNominees }) {
  const parts = [
    withNominees && nomination.nominees.length ? join(nomination.nominees.map(nomineeNode)) : null,
    nomination.films.length ? join(nomination.films.map(filmLink)) : null,
    detailText(nomination),
    ceremonyLink(nomination.ceremony),
  ].filter(Boolean);
  return h('li', { class: nomination.won ? 'won' : null },
    badge(nomination.won),
    h('span', { class: 'who' }, nomination.categoryName || nomination.category.name),
    h('span', { class: 'what' }, join(parts, ' · ')),
    officialNote(nomination));
}

function awardList(nominations, withNominees) {
  return nominations.length
    ? h('ul', { class: 'nominations awards' }, nominations.map((n) => awardItem(n, { withNominees })))
    : empty('No nominations on record.');
}

const JOBS = { director: 'director', writer: 'writer', producer: 'producer', editor: 'editor', actor: 'actor' };

/** Credits grouped by a key (a film, a person), each with its jobs in order. */
function groupCredits(credits, keyOf) {
  const groups = new Map();
  for (const credit of credits) {
    const key = keyOf(credit);
    if (!groups.has(key)) {
      groups.set(key, { credit, jobs: [] });
    }
    const job = JOBS[credit.job] || credit.job;
    groups.get(key).jobs.push(credit.character ? `${job} (${credit.character})` : job);
  }
  return [...groups.values()];
}

export async function personView(id, signal) {
  const [person, byCeremony] = await Promise.all([
    getJson(path('people', id), null, signal),
    getAll(path('people', id, 'wins-by-ceremony'), null, signal),
  ]);
  const credits = groupCredits(person.credits, (c) => c.film.id);
  const node = h('div', { class: 'view person-view' },
    h('h1', { tabindex: -1 }, person.name),
    h('p', { class: 'lead' }, `${plural(person.winCount, 'win')} from ${plural(person.nominationCount, 'nomination')}`),
    person.otherNames.length ? h('p', { class: 'muted' }, `Also credited as ${person.otherNames.join(', ')}`) : null,
    person.imdbId ? h('p', { class: 'muted' }, `IMDb ${person.imdbId}`) : null,
    section('by-ceremony-title', 'Wins by ceremony',
      byCeremony.length ? table('wins-by-ceremony', `${person.name}, ceremony by ceremony`,
        ['Ceremony', 'Date', { label: 'Wins', numeric: true }, { label: 'Nominations', numeric: true }, 'Categories'],
        byCeremony.map((row) => [ceremonyLink(row.ceremony), dateNode(row.ceremony.date), row.wins, row.nominations,
          join(row.categories.map((c) => c.won ? `${c.category.name} (won)` : c.category.name))]))
        : empty('No nominations on record.')),
    section('nominations-title', 'Nominations', awardList(person.nominations, false)),
    section('credits-title', 'Credits', credits.length
      ? h('ul', { class: 'plain' }, credits.map(({ credit, jobs }) =>
        h('li', null, filmLink(credit.film), ` — ${jobs.join(', ')}`)))
      : empty('No film credits on record.')),
    person.quotes.length ? section('quotes-title', 'Quotes', person.quotes.map((quote) =>
      h('figure', { class: 'quote' },
        h('blockquote', null, h('p', null, quote.text)),
        h('figcaption', null, '— ', quote.category ? `on ${quote.category.name}, ` : null, ceremonyLink(quote.ceremony),
          quote.source ? [' · ', sourceNode(quote.source)] : null)))) : null,
    person.presentations.length ? section('presented-title', 'Presented', h('ul', { class: 'plain' },
      person.presentations.map((p) => h('li', null, `${p.category.name} at the `, ceremonyLink(p.ceremony))))) : null);
  return { title: person.name, node };
}

function sourceNode(source) {
  const href = safeHref(source.url);
  const title = h('cite', null, source.title);
  return href ? h('a', { href, rel: 'noopener' }, title) : title;
}

export async function filmView(id, signal) {
  const film = await getJson(path('films', id), null, signal);
  const cast = film.credits.filter((c) => c.job === 'actor');
  const crew = groupCredits(film.credits.filter((c) => c.job !== 'actor'), (c) => c.person.id);
  const roles = new Map();
  for (const company of film.companies) {
    roles.set(company.role, (roles.get(company.role) || []).concat(company.name));
  }
  const title = film.year ? `${film.title} (${film.year})` : film.title;
  const node = h('div', { class: 'view film-view' },
    h('h1', { tabindex: -1 }, title),
    h('p', { class: 'lead' }, `${plural(film.winCount, 'win')} from ${plural(film.nominationCount, 'nomination')}`),
    film.synopsis ? h('p', { class: 'synopsis' }, film.synopsis) : null,
    film.imdbId ? h('p', { class: 'muted' }, `IMDb ${film.imdbId}`) : null,
    section('film-awards-title', 'Awards', awardList(film.nominations, true)),
    h('div', { class: 'grid-2' },
      section('cast-title', 'Cast', cast.length
        ? h('ul', { class: 'plain', id: 'cast' }, cast.map((c) =>
          h('li', null, personLink(c.person), c.character ? ` as ${c.character}` : null)))
        : empty('No cast on record.')),
      section('crew-title', 'Crew', crew.length
        ? h('ul', { class: 'plain', id: 'crew' }, crew.map(({ credit, jobs }) =>
          h('li', null, personLink(credit.person), ` — ${jobs.join(', ')}`)))
        : empty('No crew on record.'))),
    section('companies-title', 'Companies', roles.size
      ? h('dl', { class: 'companies', id: 'companies' }, [...roles.entries()].map(([role, names]) =>
        [h('dt', null, role.charAt(0).toUpperCase() + role.slice(1)), h('dd', null, names.join(', '))]))
      : empty('No companies on record.')));
  return { title, node };
}

function resultList(id, rows, link, what) {
  return rows.length
    ? h('ul', { class: 'plain results', id }, rows.map((row) => h('li', null, link(row),
      h('span', { class: 'muted' }, ` — ${plural(row.wins, 'win')} from ${plural(row.nominations, 'nomination')}`))))
    : empty(`No ${what} match.`);
}

export async function searchView(params, signal) {
  const q = (params.get('q') || '').trim();
  if (!q) {
    return {
      title: 'Search',
      node: h('div', { class: 'view' }, h('h1', { tabindex: -1 }, 'Search'),
        empty('Type a name or a title in the search box: case and accents do not matter.')),
    };
  }
  const [people, films] = await Promise.all([
    getJson('api/people', { q, size: 50 }, signal),
    getJson('api/films', { q, size: 50 }, signal),
  ]);
  const node = h('div', { class: 'view search-view' },
    h('h1', { tabindex: -1 }, `Search: “${q}”`),
    (people.page.totalElements + films.page.totalElements === 0)
      ? empty(`Nothing matches “${q}”. Try fewer words, or another spelling.`) : null,
    h('div', { class: 'grid-2' },
      section('people-title', `People (${people.page.totalElements})`,
        resultList('people-results', people.content, personLink, 'people'),
        topNote(people.content.length, people.page.totalElements, 'person', 'people')),
      section('films-title', `Films (${films.page.totalElements})`,
        resultList('film-results', films.content, filmLink, 'films'),
        topNote(films.content.length, films.page.totalElements, 'film'))));
  return { title: `Search: ${q}`, node };
}

export async function recordsView(params, signal) {
  const page = Math.max(0, Number.parseInt(params.get('page') || '0', 10) || 0);
  const data = await getJson('api/stats/wins-by-person-per-ceremony',
    { minWins: 3, competitiveOnly: true, size: RECORDS_PAGE, page }, signal);
  const rows = data.content;
  const pager = h('nav', { class: 'pager', 'aria-label': 'Pages of records' },
    page > 0 ? h('a', { href: `${route('records')}?page=${page - 1}` }, '← Previous') : null,
    data.page.totalPages > 1 ? h('span', null, `Page ${page + 1} of ${data.page.totalPages}`) : null,
    page + 1 < data.page.totalPages ? h('a', { href: `${route('records')}?page=${page + 1}` }, 'Next →') : null);
  const node = h('div', { class: 'view records-view' },
    h('h1', { tabindex: -1 }, 'Most wins in one night'),
    h('p', { class: 'lead' }, 'People who won three or more competitive awards at a single ceremony (honorary and scientific awards not counted), most wins first.'),
    rows.length ? table('records', `${plural(data.page.totalElements, 'night')} with three wins or more`,
      ['Person', 'Ceremony', 'Date', { label: 'Wins', numeric: true }, { label: 'Nominations', numeric: true }, 'Films'],
      rows.map((row) => [personLink(row.person), ceremonyLink(row.ceremony), dateNode(row.ceremony.date),
        row.wins, row.nominations, join(row.films.map(filmLink))]))
      : empty(page > 0 ? 'No records on this page.' : 'Nobody has won three competitive awards in one night yet.'),
    pager);
  return { title: 'Most wins in one night', node };
}
