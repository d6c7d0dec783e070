// Chart.js helpers (Chart is the global of the UMD build served from its WebJar at /vendor/chart.umd.min.js).

/** Line colours for series by site or arm; picked in order. */
export const PALETTE = ['#1f6f8b', '#e4572e', '#2f6fd6', '#8e44ad', '#f2a541', '#3c9d5d', '#c2185b', '#6d4c41', '#00897b', '#5c6bc0',
  '#9e9d24', '#d81b60', '#455a64', '#ef6c00', '#7cb342', '#26a69a', '#ab47bc', '#8d6e63'];
/** Colours of the hypercalcaemia grade bands, grade 1 to 4. */
const GRADE_COLOURS = ['rgba(242, 201, 76, .16)', 'rgba(242, 153, 74, .18)', 'rgba(235, 87, 87, .18)', 'rgba(160, 30, 30, .2)'];

/**
 * Shades the CTCAE hypercalcaemia grades behind the calcium curves; the thresholds come from the server
 * (options.plugins.gradeBands.grades: [{grade, above_mmol_per_l}]).
 */
const gradeBands = {
  id: 'gradeBands',
  beforeDatasetsDraw(chart, args, options) {
    const grades = options.grades || [];
    const { ctx, chartArea: area, scales: { y } } = chart;
    ctx.save();
    grades.forEach((g, i) => {
      const top = i + 1 < grades.length ? y.getPixelForValue(grades[i + 1].above_mmol_per_l) : area.top;
      const bottom = y.getPixelForValue(g.above_mmol_per_l);
      const from = Math.max(area.top, Math.min(top, bottom));
      const to = Math.min(area.bottom, Math.max(top, bottom));
      if (to <= from) return;
      ctx.fillStyle = GRADE_COLOURS[i % GRADE_COLOURS.length];
      ctx.fillRect(area.left, from, area.right - area.left, to - from);
      ctx.fillStyle = '#8a5a00';
      ctx.font = '11px system-ui, sans-serif';
      ctx.textAlign = 'right';
      ctx.fillText(`grade ${g.grade}`, area.right - 4, Math.max(from + 12, to - 4));
    });
    ctx.restore();
  },
};

/** A vertical line at the replay's current time (chart.cursorX, in x-axis units). */
const cursor = {
  id: 'cursor',
  afterDatasetsDraw(chart) {
    if (chart.cursorX == null) return;
    const { ctx, chartArea: area, scales: { x } } = chart;
    const px = x.getPixelForValue(chart.cursorX);
    if (px < area.left || px > area.right) return;
    ctx.save();
    ctx.strokeStyle = 'rgba(16, 42, 54, .55)';
    ctx.setLineDash([4, 3]);
    ctx.beginPath();
    ctx.moveTo(px, area.top);
    ctx.lineTo(px, area.bottom);
    ctx.stroke();
    ctx.restore();
  },
};

/** Log-axis labels: 1e9 style at powers of ten, none in between. */
function powerOfTen(value) {
  const exponent = Math.log10(value);
  return Number.isInteger(Math.round(exponent * 1e6) / 1e6) ? `1e${Math.round(exponent)}` : '';
}

/** About this many labels on the time axis. */
const TIME_TICKS = 7;

/** Time-axis labels at round values (multiples of 1, 2, 5 x 10^k) inside the data's range, which the axis keeps tight. */
function roundTicks(scale) {
  const span = scale.max - scale.min;
  if (!(span > 0)) return;
  const raw = span / TIME_TICKS;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * magnitude).find((s) => s >= raw);
  const ticks = [];
  for (let v = Math.ceil(scale.min / step) * step; v <= scale.max + 1e-9; v += step) ticks.push({ value: Number(v.toPrecision(12)) });
  scale.ticks = ticks;
}

/** A line chart of {x, y} series over a linear x axis. */
export function lineChart(canvas, { xTitle, yTitle, logarithmic = false, yMin, yMax, stepped = false, bands = null }) {
  return new Chart(canvas, {
    type: 'line',
    data: { datasets: [] },
    plugins: [gradeBands, cursor],
    options: {
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      parsing: false,
      normalized: true,
      interaction: { mode: 'nearest', axis: 'x', intersect: false },
      elements: { point: { radius: 0, hitRadius: 6 }, line: { borderWidth: 2, stepped } },
      scales: {
        x: {
          type: 'linear', bounds: 'data', afterBuildTicks: roundTicks,
          title: { display: true, text: xTitle }, grid: { color: '#eef2f5' },
        },
        y: {
          type: logarithmic ? 'logarithmic' : 'linear', min: yMin, max: yMax,
          title: { display: true, text: yTitle }, grid: { color: '#eef2f5' },
          ticks: logarithmic ? { callback: powerOfTen } : {},
        },
      },
      plugins: {
        legend: { position: 'bottom', labels: { boxWidth: 12, boxHeight: 12, font: { size: 11 } } },
        gradeBands: { grades: bands || [] },
        tooltip: { callbacks: { title: (items) => (items.length ? `${xTitle}: ${items[0].parsed.x.toFixed(1)}` : '') } },
      },
    },
  });
}

/** Replaces a chart's series and redraws it. */
export function setSeries(chart, datasets) {
  chart.data.datasets = datasets;
  chart.update('none');
}

/** Moves the replay cursor on every chart. */
export function moveCursor(charts, x) {
  charts.forEach((chart) => {
    chart.cursorX = x;
    chart.draw();
  });
}
