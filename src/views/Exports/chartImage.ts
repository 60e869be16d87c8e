/**
 * A chart as a file of its own. A chart on the page is several layers — SVG marks, a canvas
 * beneath (the graph's edges, the output map's heat map), an overlay on top — styled by the
 * page's CSS. `chartSvg` stacks those layers into one standalone SVG: each SVG cloned with the
 * styles it was drawn with written onto its elements, each canvas as an embedded PNG image,
 * all at their places on the page. `svgToPng` renders that SVG at 2× into a PNG.
 */

const SVG_NS = 'http://www.w3.org/2000/svg';

/** The presentation properties a chart's look depends on. */
const STYLE_PROPERTIES = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'stroke-linecap',
  'stroke-linejoin',
  'opacity',
  'visibility',
  'display',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'text-anchor',
  'dominant-baseline',
  'paint-order',
] as const;

/** Layers smaller than this (legend swatches, icons) are not part of the chart. */
const MIN_LAYER = { width: 60, height: 40 };

export interface ChartImage {
  /** The standalone SVG document. */
  svg: string;
  /** Its size in CSS pixels. */
  width: number;
  height: number;
  /** How many SVG and canvas layers went into it. */
  layers: number;
}

function isLayer(el: Element): el is SVGSVGElement | HTMLCanvasElement {
  if (!(el instanceof SVGSVGElement || el instanceof HTMLCanvasElement)) return false;
  if (el instanceof SVGSVGElement && el.ownerSVGElement !== null) return false; // nested
  const box = el.getBoundingClientRect();
  return box.width >= MIN_LAYER.width && box.height >= MIN_LAYER.height;
}

/** Writes each element's computed presentation styles onto its clone. */
function inlineStyles(source: Element, clone: Element): void {
  const computed = window.getComputedStyle(source);
  const declarations: string[] = [];
  for (const property of STYLE_PROPERTIES) {
    const value = computed.getPropertyValue(property);
    if (value !== '') declarations.push(`${property}:${value}`);
  }
  clone.setAttribute('style', declarations.join(';'));
  clone.removeAttribute('class');
  const from = source.children;
  const to = clone.children;
  for (let k = 0; k < from.length && k < to.length; k++) inlineStyles(from[k], to[k]);
}

/** The layers of a chart panel, stacked into one standalone SVG; null when it has none. */
export function chartSvg(panel: Element): ChartImage | null {
  const layers = Array.from(panel.querySelectorAll('svg, canvas')).filter(isLayer);
  if (layers.length === 0) return null;
  const boxes = layers.map((el) => el.getBoundingClientRect());
  const left = Math.min(...boxes.map((b) => b.left));
  const top = Math.min(...boxes.map((b) => b.top));
  const width = Math.ceil(Math.max(...boxes.map((b) => b.right)) - left);
  const height = Math.ceil(Math.max(...boxes.map((b) => b.bottom)) - top);

  const doc = document.implementation.createDocument(SVG_NS, 'svg', null);
  const root = doc.documentElement;
  root.setAttribute('xmlns', SVG_NS);
  root.setAttribute('width', String(width));
  root.setAttribute('height', String(height));
  root.setAttribute('viewBox', `0 0 ${width} ${height}`);
  const background = doc.createElementNS(SVG_NS, 'rect');
  background.setAttribute('width', '100%');
  background.setAttribute('height', '100%');
  background.setAttribute('fill', panelBackground(panel));
  root.appendChild(background);

  layers.forEach((el, k) => {
    const box = boxes[k];
    const x = String(box.left - left);
    const y = String(box.top - top);
    if (el instanceof HTMLCanvasElement) {
      const image = doc.createElementNS(SVG_NS, 'image');
      image.setAttribute('x', x);
      image.setAttribute('y', y);
      image.setAttribute('width', String(box.width));
      image.setAttribute('height', String(box.height));
      image.setAttribute('preserveAspectRatio', 'none');
      image.setAttribute('href', el.toDataURL('image/png'));
      root.appendChild(image);
      return;
    }
    const clone = el.cloneNode(true) as SVGSVGElement;
    inlineStyles(el, clone);
    clone.setAttribute('x', x);
    clone.setAttribute('y', y);
    clone.setAttribute('width', String(box.width));
    clone.setAttribute('height', String(box.height));
    root.appendChild(doc.importNode(clone, true));
  });
  const text = new XMLSerializer().serializeToString(doc);
  return {
    svg: `<?xml version="1.0" encoding="UTF-8"?>\n${text}`,
    width,
    height,
    layers: layers.length,
  };
}

/** The colour behind the chart, so the file does not come out transparent. */
function panelBackground(panel: Element): string {
  for (let el: Element | null = panel; el !== null; el = el.parentElement) {
    const colour = window.getComputedStyle(el).backgroundColor;
    if (colour !== '' && colour !== 'transparent' && colour !== 'rgba(0, 0, 0, 0)') return colour;
  }
  return '#ffffff';
}

/** The SVG rendered at `scale` × its size into a PNG. */
export async function svgToPng(image: ChartImage, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([image.svg], { type: 'image/svg+xml' }));
  try {
    const picture = new Image();
    picture.src = url;
    await picture.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(image.width * scale);
    canvas.height = Math.round(image.height * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('this browser cannot draw into a canvas');
    context.drawImage(picture, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('no PNG'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
