// Shared by both pages: API calls, job polling, progress display, number formatting.

/** How often a running job is asked for its progress, ms. */
const POLL_INTERVAL_MS = 300;

export const $ = (selector, root = document) => root.querySelector(selector);

/** Error with the API's own message ({"error": "field: what is wrong"}). */
async function failure(response) {
  let message = `${response.status} ${response.statusText}`;
  try {
    const body = await response.json();
    if (body && body.error) message = body.error;
  } catch (ignored) { /* not JSON: keep the status line */ }
  return new Error(message);
}

export async function getJson(url) {
  const response = await fetch(url, { headers: { Accept: 'application/json' } });
  if (!response.ok) throw await failure(response);
  return response.json();
}

async function postJson(url, body) {
  const response = await fetch(url, {
    method: 'POST', headers: { 'Content-Type': 'application/json', Accept: 'application/json' }, body: JSON.stringify(body),
  });
  if (!response.ok) throw await failure(response);
  return response.json();
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Submits a job, polls it (telling onProgress each status) and resolves with its result. */
export async function runJob(url, body, onProgress) {
  let status = await postJson(url, body);
  onProgress(status);
  while (status.status === 'queued' || status.status === 'running') {
    await sleep(POLL_INTERVAL_MS);
    status = await getJson(status.status_url);
    onProgress(status);
  }
  if (status.status !== 'done') throw new Error(status.error || `job ${status.status}`);
  return getJson(status.result_url);
}

/**
 * Runs a job from a page's form: keeps the request in the address bar (so the run can be shared), shows progress,
 * marks the page's state (running, done, error) and hands the result to render.
 */
export async function runFromForm(url, request, render) {
  window.history.replaceState(null, '', `?${new URLSearchParams(Object.entries(request).map(([k, v]) => [k, String(v)]))}`);
  const progress = progressView($('#progress'));
  showError($('#error'), null);
  $('#run').disabled = true;
  document.body.dataset.state = 'running';
  try {
    render(await runJob(url, request, (status) => progress.show(status)));
    document.body.dataset.state = 'done';
  } catch (error) {
    showError($('#error'), error);
    document.body.dataset.state = 'error';
  } finally {
    progress.hide();
    $('#run').disabled = false;
  }
}

/** The progress bar under a form. */
export function progressView(root) {
  const bar = $('.bar span', root);
  const text = $('p', root);
  return {
    show(status) {
      root.classList.remove('hidden');
      bar.style.width = `${Math.round(100 * (status.progress || 0))}%`;
      text.textContent = status.status === 'queued' ? 'waiting for a free worker…' : status.message;
    },
    hide() { root.classList.add('hidden'); },
  };
}

export function showError(element, error) {
  element.textContent = error ? error.message || String(error) : '';
  element.classList.toggle('hidden', !error);
}

/** Options from the API's {code, description} items, labelled by their description unless told otherwise. */
export function fillSelect(select, items, selected, label = (item) => item.description) {
  select.replaceChildren(...items.map((item) => {
    const option = new Option(label(item), item.code);
    option.title = item.description;
    option.selected = item.code === selected;
    return option;
  }));
}

/** 2.3e9 style, as in the skeleton's tooltips. */
export function formatCells(value) {
  if (!(value > 0)) return '0';
  return value.toExponential(1).replace('e+', 'e');
}

export const formatNumber = (value, digits = 2) => (value == null ? '–' : Number(value).toFixed(digits));
