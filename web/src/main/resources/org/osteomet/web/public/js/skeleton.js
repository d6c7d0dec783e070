// The schematic skeleton (drawn by the server's SkeletonSvg, without lesions) with the lesions of one moment on top.

import { formatCells } from './common.js';

const SVG_NS = 'http://www.w3.org/2000/svg';
/** Parts of the server's picture that the page shows elsewhere (its own legend, title and note). */
const REMOVED_PARTS = ['legend', 'title', 'footer'];
/** As the server's skeleton.svg draws its lesions. */
const LESION_OPACITY = '0.62';
const LESION_STROKE_WIDTH = '1.4';

let base = null;

/** Loads the picture once; every view is a copy. */
export async function loadSkeleton() {
  if (!base) {
    const text = await (await fetch('/api/skeleton.svg')).text();
    base = new DOMParser().parseFromString(text, 'image/svg+xml').documentElement;
  }
}

/** A skeleton inside the element, ready to show lesions. Returns its view. */
export function skeletonView(container, layout, colours) {
  const svg = document.importNode(base, true);
  svg.removeAttribute('width');
  svg.removeAttribute('height');
  REMOVED_PARTS.forEach((id) => svg.querySelector(`#${id}`)?.remove());
  svg.querySelector(':scope > title')?.remove();
  // ids must stay unique in the page: the group is found by class from here on
  svg.querySelectorAll('[id]').forEach((element) => {
    element.classList.add(element.id);
    element.removeAttribute('id');
  });
  const group = svg.querySelector('.lesions');
  container.replaceChildren(svg);
  return {
    /** Draws the lesions of one frame of an arm (frames: the arm's series, i: the frame index). */
    show(frames, i) {
      const circles = [];
      layout.forEach((site) => {
        const series = frames.sites[site.code];
        if (!series || i < 0) return;
        const count = Math.min(series.lesions[i], site.positions.length);
        const type = site.bone && series.type[i] ? series.type[i] : 'visceral';
        const colour = colours[type] || colours.visceral;
        const cellsEach = series.cells[i] / Math.max(1, series.lesions[i]);
        for (let k = 0; k < count; k++) {
          circles.push({ site, at: site.positions[k], r: series.radius[i], colour, type, cellsEach });
        }
      });
      circles.sort((a, b) => b.r - a.r); // big ones beneath, as in the server's picture
      group.replaceChildren(...circles.map(lesionCircle));
    },
  };
}

function lesionCircle({ site, at, r, colour, type, cellsEach }) {
  const circle = document.createElementNS(SVG_NS, 'circle');
  circle.setAttribute('class', 'lesion');
  circle.setAttribute('data-site', site.code);
  circle.setAttribute('cx', at[0]);
  circle.setAttribute('cy', at[1]);
  circle.setAttribute('r', r);
  circle.setAttribute('fill', colour);
  circle.setAttribute('fill-opacity', LESION_OPACITY);
  circle.setAttribute('stroke', colour);
  circle.setAttribute('stroke-width', LESION_STROKE_WIDTH);
  const title = document.createElementNS(SVG_NS, 'title');
  title.textContent = `${site.name}: ${type}, ${formatCells(cellsEach)} cells`;
  circle.append(title);
  return circle;
}

/** The colour key under the skeletons. */
export function legend(element, colours) {
  element.replaceChildren(...Object.entries(colours).map(([type, colour]) => {
    const item = document.createElement('span');
    const swatch = document.createElement('span');
    swatch.className = 'swatch';
    swatch.style.background = colour;
    item.append(swatch, type);
    return item;
  }), Object.assign(document.createElement('span'), { textContent: 'circle size = tumour burden' }));
}
