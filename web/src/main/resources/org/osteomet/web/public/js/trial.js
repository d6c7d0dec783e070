// A small in silico trial: arms over the same virtual patients, Kaplan-Meier curves and hazard ratios.

import { $, getJson, runFromForm, showError, fillSelect, formatNumber } from './common.js';
import { lineChart, setSeries, PALETTE } from './charts.js';

const MONTHS_PER_YEAR = 12;
const PERCENT = 100;
const page = { options: null, charts: null };
/** Request fields held by one form control each (the arms are the control select plus checkboxes). */
const FIELDS = { primary: '#primary', patients: '#patients', months: '#months', entry: '#entry', seed: '#seed' };

const monthsOf = (days) => days / (page.options.days_per_year / MONTHS_PER_YEAR);

async function init() {
  const options = await getJson('/api/options');
  page.options = options;
  const defaults = options.defaults.trial;
  fillSelect($('#primary'), options.primaries, 'breast');
  fillSelect($('#control'), options.treatments, defaults.arms[0], (t) => t.code);
  fillSelect($('#entry'), options.entries, defaults.entry);
  $('#patients').value = defaults.patients;
  $('#patients').max = options.limits.trial_patients;
  $('#months').value = defaults.months;
  $('#months').max = options.limits.trial_months;
  $('#seed').value = defaults.seed;
  $('#seed').max = options.limits.seed;
  renderArmChoices(defaults.arms.slice(1));
  const wanted = fromAddress();
  $('#control').addEventListener('change', () => renderArmChoices(checkedArms()));
  $('#trial-form').addEventListener('submit', (event) => { event.preventDefault(); runTrial(); });
  document.body.dataset.state = 'ready';
  if (wanted) runTrial();
}

/** Form fields given in the address (?primary=breast&arms=placebo,denosumab...): a trial can be shared as a link. */
function fromAddress() {
  const query = new URLSearchParams(window.location.search);
  let given = false;
  Object.entries(FIELDS).forEach(([name, selector]) => {
    if (query.has(name)) { $(selector).value = query.get(name); given = true; }
  });
  if (query.has('arms')) {
    const [control, ...others] = query.get('arms').split(',');
    $('#control').value = control;
    renderArmChoices(others);
    given = true;
  }
  return given;
}

/** A checkbox for every treatment except the control. */
function renderArmChoices(checked) {
  const control = $('#control').value;
  const boxes = page.options.treatments.filter((t) => t.code !== control).map((t) => {
    const label = Object.assign(document.createElement('label'), { className: 'check' });
    const box = Object.assign(document.createElement('input'), { type: 'checkbox', value: t.code, checked: checked.includes(t.code) });
    label.append(box, ` ${t.code}`);
    return label;
  });
  $('#arms').replaceChildren(Object.assign(document.createElement('legend'), { textContent: 'Compared with' }), ...boxes);
}

const checkedArms = () => [...document.querySelectorAll('#arms input:checked')].map((box) => box.value);

async function runTrial() {
  const request = {
    primary: $(FIELDS.primary).value,
    arms: [$('#control').value, ...checkedArms()],
    patients: Number($(FIELDS.patients).value),
    months: Number($(FIELDS.months).value),
    entry: $(FIELDS.entry).value,
    seed: Number($(FIELDS.seed).value),
  };
  await runFromForm('/api/trials', request, render);
}

function charts() {
  if (!page.charts) {
    const common = { xTitle: 'months from randomisation', yMin: 0, yMax: 1, stepped: 'before' };
    page.charts = {
      sre: lineChart($('#km-sre'), { ...common, yTitle: 'free of skeletal-related events' }),
      os: lineChart($('#km-os'), { ...common, yTitle: 'alive' }),
    };
  }
  return page.charts;
}

/** A Kaplan-Meier step curve: survival[i] holds from time[i] to the next time. */
function curve(arm, km, k) {
  const data = km.time_days.map((t, i) => ({ x: monthsOf(t), y: km.survival[i] }));
  return { label: arm.arm, data, borderColor: PALETTE[k % PALETTE.length], backgroundColor: PALETTE[k % PALETTE.length] };
}

function render(response) {
  const { request, result } = response;
  $('#placeholder').classList.add('hidden');
  $('#results').classList.remove('hidden');
  const disease = page.options.primaries.find((p) => p.code === request.primary).description;
  $('#summary').textContent = `${disease}, ${request.patients} patients per arm, randomised at ${request.entry}, `
    + `${request.months} months of follow-up (seed ${request.seed}). Control: ${result.control_arm}.`;
  $('#command').textContent = response.command;
  const c = charts();
  setSeries(c.sre, result.arms.map((arm, k) => curve(arm, arm.km_first_sre, k)));
  setSeries(c.os, result.arms.map((arm, k) => curve(arm, arm.km_overall_survival, k)));
  renderTable(result.arms);
}

const percent = (share) => (share == null ? '–' : `${(PERCENT * share).toFixed(1)} %`);
const median = (estimate) => (estimate.value == null ? 'not reached' : `${monthsOf(estimate.value).toFixed(1)}`
  + (estimate.ci_low == null ? '' : ` (${monthsOf(estimate.ci_low).toFixed(1)}–${estimate.ci_high == null ? '∞' : monthsOf(estimate.ci_high).toFixed(1)})`));
const hazard = (hr) => (hr == null || hr.hr == null ? '–' : `${formatNumber(hr.hr)} (${formatNumber(hr.ci_low)}–${formatNumber(hr.ci_high)})`);
const pValue = (p) => (p == null ? '–' : p < 0.001 ? '< 0.001' : p.toFixed(3));

const COLUMNS = [
  ['arm', (a) => a.arm],
  ['patients', (a) => a.patients],
  ['with ≥ 1 SRE', (a) => percent(a.share_with_sre)],
  ['median months to first SRE (95% CI)', (a) => median(a.time_to_first_sre_median_days)],
  ['SREs per patient-year', (a) => formatNumber(a.smr_per_patient_year)],
  ['HR first SRE (95% CI)', (a) => (a.versus_control ? hazard(a.versus_control.hr_first_sre) : 'control')],
  ['log-rank p, first SRE', (a) => (a.versus_control ? pValue(a.versus_control.p_first_sre_logrank) : '')],
  ['median months of survival (95% CI)', (a) => median(a.overall_survival_median_days)],
  ['HR death (95% CI)', (a) => (a.versus_control ? hazard(a.versus_control.hr_overall_survival) : 'control')],
  ['hypercalcaemia', (a) => percent(a.hypercalcaemia_share)],
];

function renderTable(arms) {
  const head = document.createElement('tr');
  COLUMNS.forEach(([title]) => head.append(Object.assign(document.createElement('th'), { textContent: title })));
  $('#endpoints thead').replaceChildren(head);
  $('#endpoints tbody').replaceChildren(...arms.map((arm) => {
    const tr = document.createElement('tr');
    tr.dataset.arm = arm.arm;
    COLUMNS.forEach(([, value]) => tr.append(Object.assign(document.createElement('td'), { textContent: String(value(arm)) })));
    return tr;
  }));
}

init().catch((error) => {
  showError($('#error'), error);
  document.body.dataset.state = 'error';
});
