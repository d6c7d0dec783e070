// One virtual patient, without and with treatment: replay on the skeleton, charts, differences and the story.

import { $, getJson, runFromForm, showError, fillSelect, formatNumber } from './common.js';
import { lineChart, setSeries, moveCursor, PALETTE } from './charts.js';
import { loadSkeleton, skeletonView, legend } from './skeleton.js';

/** Replay speed: one simulated week per frame, so a year takes about three seconds. */
const PLAY_FRAME_MS = 60;
const ARMS = ['without', 'with'];
const ARM_COLOURS = { without: '#7b8a8b', with: '#1f6f8b' };
const MONTHS_PER_YEAR = 12;
/** mmol/L shown above the grade 1 threshold on the calcium chart. */
const CALCIUM_HEADROOM = 0.1;
/** Request fields and the form controls that hold them. */
const FIELDS = {
  primary: '#primary', seed: '#seed', entry: '#entry', years: '#years', treatment: '#treatment',
  systemic_therapy: '#systemic', radiotherapy_kills_tumour: '#radiotherapy',
};

const page = { options: null, result: null, days: [], views: {}, charts: null, detail: 'with', timer: null };

const monthsOf = (day) => day / (page.options.days_per_year / MONTHS_PER_YEAR);

/** Index of the last frame at or before the day (-1 if none). */
function frameAt(days, day) {
  let lo = 0;
  let hi = days.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (days[mid] <= day) { found = mid; lo = mid + 1; } else { hi = mid - 1; }
  }
  return found;
}

async function init() {
  const options = await getJson('/api/options');
  page.options = options;
  const defaults = options.defaults.patient;
  fillSelect($('#primary'), options.primaries, 'breast');
  fillSelect($('#entry'), options.entries, defaults.entry);
  fillSelect($('#treatment'), options.treatments, defaults.treatment, (t) => t.code);
  fillSelect($('#radiotherapy'), options.arm_choices, options.radiotherapy_kills_tumour_in_policy ? 'both' : 'none');
  $('#seed').value = defaults.seed;
  $('#seed').max = options.limits.seed;
  $('#years').value = defaults.years;
  $('#years').max = options.limits.years;
  $('#primary').addEventListener('change', updateSystemic);
  $('#treatment').addEventListener('change', describeTreatment);
  updateSystemic();
  const wanted = fromAddress();
  describeTreatment();
  await loadSkeleton();
  $('#patient-form').addEventListener('submit', (event) => { event.preventDefault(); simulate(); });
  $('#day-slider').addEventListener('input', () => { stop(); show(Number($('#day-slider').value)); });
  $('#play').addEventListener('click', togglePlay);
  document.querySelectorAll('input[name=detail]').forEach((radio) => radio.addEventListener('change', () => {
    page.detail = radio.value;
    renderDetail();
  }));
  document.body.dataset.state = 'ready';
  if (wanted) simulate();
}

/** Form fields given in the address (?primary=breast&seed=7...): a run can be shared as a link. Returns true if any. */
function fromAddress() {
  const query = new URLSearchParams(window.location.search);
  if (query.has('primary')) {
    $(FIELDS.primary).value = query.get('primary');
    updateSystemic(); // its choices depend on the primary
  }
  let given = query.has('primary');
  Object.entries(FIELDS).forEach(([name, selector]) => {
    if (name !== 'primary' && query.has(name)) { $(selector).value = query.get(name); given = true; }
  });
  return given;
}

function describeTreatment() {
  const chosen = page.options.treatments.find((t) => t.code === $('#treatment').value);
  $('#treatment-hint').textContent = chosen ? chosen.description : '';
}

/** Systemic therapy is offered only where the policy has lines for the primary; by default both arms get it. */
function updateSystemic() {
  const lines = page.options.systemic_therapy_lines[$('#primary').value] || [];
  const choices = lines.length ? page.options.arm_choices : page.options.arm_choices.filter((c) => c.code === 'none');
  fillSelect($('#systemic'), choices, lines.length ? 'both' : 'none');
  $('#systemic-hint').textContent = lines.length ? lines.join(', then ') : 'none in the current policy for this cancer';
}

async function simulate() {
  const request = {
    primary: $(FIELDS.primary).value,
    seed: Number($(FIELDS.seed).value),
    entry: $(FIELDS.entry).value,
    years: Number($(FIELDS.years).value),
    treatment: $(FIELDS.treatment).value,
    systemic_therapy: $(FIELDS.systemic_therapy).value,
    radiotherapy_kills_tumour: $(FIELDS.radiotherapy_kills_tumour).value,
  };
  stop();
  await runFromForm('/api/patients', request, render);
}

function render(result) {
  page.result = result;
  const arms = result.arms;
  page.days = arms.with.frames.day.length >= arms.without.frames.day.length ? arms.with.frames.day : arms.without.frames.day;
  $('#placeholder').classList.add('hidden');
  $('#results').classList.remove('hidden');
  $('#headline').textContent = arms.with.story.headline;
  $('#arms-note').textContent = `Left: ${arms.without.label} (${arms.without.description}). `
    + `Right: ${arms.with.label} (${arms.with.description}).`;
  $('#sampling').textContent = `Frames: ${result.sampling}.`;
  ARMS.forEach((arm) => {
    page.views[arm] = skeletonView($(`#skeleton-${arm}`), result.sites, result.lesion_colours);
  });
  legend($('#legend'), result.lesion_colours);
  $('#detail-with').textContent = arms.with.label;
  renderDifferences(arms);
  renderCharts(result);
  renderDetail();
  const slider = $('#day-slider');
  slider.max = page.days.length - 1;
  slider.value = page.days.length - 1; // start on the end state: the whole course at a glance
  show(page.days.length - 1);
}

/** Shows every view at frame i of the day axis. */
function show(i) {
  const day = page.days[i];
  const months = monthsOf(day);
  $('#day-slider').value = i;
  $('#day-label').textContent = `day ${day} · ${months.toFixed(1)} months from entry`;
  ARMS.forEach((arm) => {
    const data = page.result.arms[arm];
    const index = frameAt(data.frames.day, day);
    page.views[arm].show(data.frames, index);
    // the simulation records no frame on the day of death itself: its last frame is the week before
    const dead = data.outcome.died && (day >= data.outcome.death_day || index === data.frames.day.length - 1);
    $(`#skeleton-${arm}`).classList.toggle('dead', dead);
    const lesions = Object.values(data.frames.sites).reduce((n, s) => n + (index >= 0 ? s.lesions[index] : 0), 0);
    const status = dead ? `died on day ${data.outcome.death_day}: ${data.outcome.death_cause}`
      : `${lesions} detectable ${lesions === 1 ? 'metastasis' : 'metastases'}`;
    $(`#caption-${arm}`).replaceChildren(Object.assign(document.createElement('strong'), { textContent: data.label }),
      Object.assign(document.createElement('span'), { textContent: status }));
  });
  moveCursor(Object.values(page.charts), months);
  document.querySelectorAll('#events li').forEach((li) => {
    const eventDay = Number(li.dataset.day);
    li.classList.toggle('future', eventDay > day);
    li.classList.toggle('current', eventDay <= day && eventDay > day - page.result.step_days); // this frame's week
  });
}

function togglePlay() {
  if (page.timer) { stop(); return; }
  let i = Number($('#day-slider').value);
  if (i >= page.days.length - 1) i = 0;
  $('#play').textContent = '❚❚ Pause';
  page.timer = setInterval(() => {
    show(i);
    i += 1;
    if (i >= page.days.length) stop();
  }, PLAY_FRAME_MS);
}

function stop() {
  clearInterval(page.timer);
  page.timer = null;
  $('#play').textContent = '▶ Play';
}

function charts() {
  if (!page.charts) {
    const x = 'months from entry';
    page.charts = {
      calcium: lineChart($('#chart-calcium'), { xTitle: x, yTitle: 'serum calcium, mmol/L', bands: page.result.calcium_grades }),
      total: lineChart($('#chart-total'), { xTitle: x, yTitle: 'tumour cells', logarithmic: true }),
      burden: lineChart($('#chart-burden'), { xTitle: x, yTitle: 'tumour cells', logarithmic: true }),
      bone: lineChart($('#chart-bone'), { xTitle: x, yTitle: 'bone mass, % of healthy' }),
    };
  }
  return page.charts;
}

const points = (days, values) => days.map((day, i) => ({ x: monthsOf(day), y: values[i] }));
const positive = (values) => values.map((v) => (v > 0 ? v : null)); // a log axis has no zero

function armSeries(arm, values, transform = (v) => v) {
  const data = page.result.arms[arm];
  return {
    label: data.label, data: points(data.frames.day, transform(values(data.frames))),
    borderColor: ARM_COLOURS[arm], backgroundColor: ARM_COLOURS[arm], borderDash: arm === 'without' ? [6, 4] : [],
  };
}

function renderCharts(result) {
  const c = charts();
  c.calcium.options.plugins.gradeBands.grades = result.calcium_grades;
  // always show where grade 1 begins, so that a normal curve is seen as normal
  c.calcium.options.scales.y.suggestedMax = result.calcium_grades[0].above_mmol_per_l + CALCIUM_HEADROOM;
  setSeries(c.calcium, ARMS.map((arm) => armSeries(arm, (f) => f.serum_calcium)));
  setSeries(c.total, ARMS.map((arm) => armSeries(arm, (f) => f.total_cells, positive)));
}

/** The charts and story of the arm chosen under "What happened". */
function renderDetail() {
  if (!page.result) return;
  const data = page.result.arms[page.detail];
  const names = Object.fromEntries(page.result.sites.map((s) => [s.code, s.name]));
  const frames = data.frames;
  const burden = Object.entries(frames.sites).filter(([, s]) => s.in_burden_chart)
    .map(([code, s], k) => ({ label: names[code], data: points(frames.day, positive(s.cells)) , colour: PALETTE[(k + 1) % PALETTE.length] }));
  if (frames.primary_in_burden_chart) burden.unshift({ label: 'primary', data: points(frames.day, positive(frames.primary_cells)), colour: PALETTE[0] });
  const bone = Object.entries(frames.sites).filter(([, s]) => s.in_bone_mass_chart)
    .map(([code, s], k) => ({ label: names[code], data: points(frames.day, s.bone_mass_percent), colour: PALETTE[(k + 1) % PALETTE.length] }));
  const styled = (list) => list.map((d) => ({ label: d.label, data: d.data, borderColor: d.colour, backgroundColor: d.colour }));
  const c = charts();
  setSeries(c.burden, styled(burden));
  setSeries(c.bone, styled(bone));
  document.querySelectorAll('.detail-arm').forEach((element) => { element.textContent = data.label; });
  renderEvents(data.story);
  show(Number($('#day-slider').value));
}

function renderEvents(story) {
  $('#events').replaceChildren(...story.events.map((event) => {
    const li = document.createElement('li');
    li.dataset.day = event.day;
    const day = Object.assign(document.createElement('span'), { className: 'day', textContent: `day ${event.day}` });
    const text = Object.assign(document.createElement('span'), { textContent: event.text.replace(' [SRE]', '') });
    if (event.sre) text.append(Object.assign(document.createElement('span'), { className: 'badge', textContent: 'SRE' }));
    li.append(day, text);
    li.addEventListener('click', () => { stop(); show(Math.max(0, frameAt(page.days, event.day))); });
    return li;
  }));
  $('#closing').replaceChildren(...story.closing.map((line) => Object.assign(document.createElement('p'), { className: 'closing', textContent: line })));
}

// ---------------------------------------------------------------- key differences

/** A comparable number for an event day: never (null) is the best. */
const dayOrNever = (day) => (day == null ? Infinity : day);
const dayText = (day) => (day == null ? 'none' : `day ${day}`);

const ROWS = [
  { label: 'Skeletal-related events', text: (o) => String(o.sre_count), value: (o) => -o.sre_count },
  { label: 'First skeletal-related event', text: (o) => dayText(o.first_sre_day), value: (o) => dayOrNever(o.first_sre_day) },
  { label: 'Pathological fractures', text: (o) => String(o.fracture_count), value: (o) => -o.fracture_count },
  { label: 'Spinal cord compression', text: (o) => dayText(o.cord_compression_day), value: (o) => dayOrNever(o.cord_compression_day) },
  { label: 'Highest serum calcium', text: (o) => `${formatNumber(o.max_serum_calcium)} mmol/L (grade ${o.max_hypercalcaemia_grade})`,
    value: (o) => -o.max_serum_calcium },
  { label: 'Strongest pain relief needed', text: (o) => (o.max_analgesic_step ? `WHO step ${o.max_analgesic_step}` : 'none'),
    value: (o) => -o.max_analgesic_step },
  { label: 'Bones with metastases', text: (o) => `${o.bone_sites.length}${o.bone_sites.length ? `: ${o.bone_sites.join(', ')}` : ''}`,
    value: (o) => -o.bone_sites.length },
  { label: 'Survival', text: (o) => (o.died ? `died on day ${o.death_day} (${o.death_cause})` : `alive at day ${o.follow_up_days}`),
    value: (o) => (o.died ? o.death_day : Infinity) },
];

function renderDifferences(arms) {
  const without = arms.without.outcome;
  const withTreatment = arms.with.outcome;
  $('#head-without').textContent = arms.without.label;
  $('#head-with').textContent = arms.with.label;
  $('#differences tbody').replaceChildren(...ROWS.map((row) => {
    const tr = document.createElement('tr');
    const a = row.value(without);
    const b = row.value(withTreatment);
    const cls = b > a ? 'better' : b < a ? 'worse' : '';
    tr.append(Object.assign(document.createElement('th'), { textContent: row.label }),
      Object.assign(document.createElement('td'), { textContent: row.text(without) }),
      Object.assign(document.createElement('td'), { textContent: row.text(withTreatment), className: cls }));
    return tr;
  }));
  $('#verdict').textContent = verdict(arms);
}

function verdict(arms) {
  const a = arms.without.outcome;
  const b = arms.with.outcome;
  const parts = [];
  const sre = a.sre_count - b.sre_count;
  if (sre !== 0) parts.push(`${Math.abs(sre)} ${sre > 0 ? 'fewer' : 'more'} skeletal-related event${Math.abs(sre) === 1 ? '' : 's'} (${b.sre_count} vs ${a.sre_count})`);
  const end = (o) => (o.died ? o.death_day : o.follow_up_days);
  if (a.died || b.died) {
    const gained = end(b) - end(a);
    if (gained !== 0) parts.push(`${Math.abs(gained)} days ${gained > 0 ? 'longer' : 'shorter'} survival${b.died ? '' : ' (alive at the end)'}`);
  }
  if (parts.length === 0) return `No difference in skeletal-related events or survival for this patient ${arms.with.label}.`;
  return `For this patient, ${arms.with.label}: ${parts.join('; ')}.`;
}

init().catch((error) => {
  showError($('#error'), error);
  document.body.dataset.state = 'error';
});
