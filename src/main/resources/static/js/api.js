// The Awards API through fetch: JSON in, RFC 9457 problems out as ApiError.

/** An answer that is not 2xx, with the problem's title and detail. */
export class ApiError extends Error {
  constructor(status, title, detail) {
    super(detail || title);
    this.name = 'ApiError';
    this.status = status;
    this.title = title;
    this.detail = detail;
  }
}

/** The API's URL for a path such as 'api/people', relative to the page (so a context path works). */
function url(path, params) {
  const result = new URL(path, document.baseURI);
  for (const [name, value] of Object.entries(params || {})) {
    if (value !== undefined && value !== null && value !== '') {
      result.searchParams.set(name, String(value));
    }
  }
  return result;
}

/** GET a path and return its JSON; throws ApiError with the problem's title and detail. */
export async function getJson(path, params, signal) {
  let response;
  try {
    response = await fetch(url(path, params), { headers: { Accept: 'application/json' }, signal });
  }
  catch (error) {
    if (error.name === 'AbortError') {
      throw error;
    }
    throw new ApiError(0, 'The API cannot be reached', 'Check the connection, then try again.');
  }
  if (!response.ok) {
    throw await problem(response);
  }
  return response.json();
}

async function problem(response) {
  let body = null;
  try {
    body = await response.json();
  }
  catch {
    // Not JSON: a proxy's error page, say. The status says enough.
  }
  const title = (body && typeof body.title === 'string') ? body.title : `HTTP ${response.status}`;
  const detail = (body && typeof body.detail === 'string') ? body.detail : response.statusText;
  return new ApiError(response.status, title, detail);
}

/** Every row of a list, 200 at a time (the API's largest page). */
export async function getAll(path, params, signal) {
  const size = 200;
  const first = await getJson(path, { ...params, size, page: 0 }, signal);
  const rest = [];
  for (let page = 1; page < first.page.totalPages; page++) {
    rest.push(getJson(path, { ...params, size, page }, signal));
  }
  const pages = await Promise.all(rest);
  return first.content.concat(...pages.map((p) => p.content));
}
