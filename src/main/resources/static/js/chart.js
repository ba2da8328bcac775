// A horizontal bar chart in plain SVG.

import { h, s } from './dom.js';

const WIDTH = 480;
const LABEL = 170;
const ROW = 30;
const BAR = 20;
const MAX_LABEL = 24;

function shorten(text) {
  return (text.length > MAX_LABEL) ? `${text.slice(0, MAX_LABEL - 1)}…` : text;
}

/**
 * bars: [{ label, value }] drawn in order. The figure's caption names the chart; the SVG is
 * one image to assistive technology, with every bar in its description, and each bar holds
 * its label and value as a tooltip.
 */
export function barChart(id, caption, unit, bars) {
  const max = Math.max(1, ...bars.map((bar) => bar.value));
  const room = WIDTH - LABEL - 40;
  const height = bars.length * ROW + 8;
  const description = bars.map((bar) => `${bar.label}: ${bar.value} ${unit}`).join('; ');
  const rows = bars.map((bar, i) => {
    const y = 4 + i * ROW;
    const width = Math.max(2, Math.round((bar.value / max) * room));
    return s('g', { class: 'bar-row' },
      s('title', null, `${bar.label}: ${bar.value} ${unit}`),
      s('text', { x: LABEL - 8, y: y + BAR / 2, class: 'bar-label', 'text-anchor': 'end',
        'dominant-baseline': 'central' }, shorten(bar.label)),
      s('rect', { x: LABEL, y, width, height: BAR, rx: 3, class: 'bar', 'data-value': bar.value }),
      s('text', { x: LABEL + width + 6, y: y + BAR / 2, class: 'bar-value', 'dominant-baseline': 'central' },
        String(bar.value)));
  });
  return h('figure', { class: 'chart', id },
    h('figcaption', { id: `${id}-caption` }, caption),
    s('svg', { viewBox: `0 0 ${WIDTH} ${height}`, role: 'img', 'aria-labelledby': `${id}-caption ${id}-desc`,
      preserveAspectRatio: 'xMinYMin meet' },
    s('desc', { id: `${id}-desc` }, description),
    rows));
}
