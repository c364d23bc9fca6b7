/**
 * The chart as it is on screen, as a standalone SVG for worksheets and slides:
 * the lane labels and the plot side by side, with every computed style written
 * onto the elements (the page's stylesheet does not travel with the file), and
 * the dataset's title above and its source line and licence below.
 */
const STYLE_PROPERTIES = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'stroke-linecap',
  'stroke-linejoin',
  'paint-order',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'text-anchor',
  'dominant-baseline',
  'visibility',
] as const;

const HEADER = 44;
const FOOTER = 34;
const SVG_NS = 'http://www.w3.org/2000/svg';

export interface SnapshotText {
  title: string;
  /** "Source: … · Licence: …", shown under the chart. */
  credit: string;
}

/** Copies computed styles from each original element onto its clone, and drops what only the page needs. */
function inlineStyles(original: Element, clone: Element) {
  const computed = getComputedStyle(original);
  const style = STYLE_PROPERTIES.map((name) => `${name}:${computed.getPropertyValue(name)}`).join(';');
  clone.setAttribute('style', style);
  for (const name of [
    'tabindex',
    'role',
    'aria-label',
    'aria-pressed',
    'aria-hidden',
    'aria-describedby',
    'class',
  ]) {
    clone.removeAttribute(name);
  }
  const children = original.children;
  for (let i = 0; i < children.length; i++) inlineStyles(children[i]!, clone.children[i]!);
}

function text(
  doc: Document,
  content: string,
  x: number,
  y: number,
  size: number,
  weight: number,
  colour: string,
) {
  const element = doc.createElementNS(SVG_NS, 'text');
  element.setAttribute('x', String(x));
  element.setAttribute('y', String(y));
  element.setAttribute(
    'style',
    `font-family:system-ui,sans-serif;font-size:${size}px;font-weight:${weight};fill:${colour}`,
  );
  element.textContent = content;
  return element;
}

export function snapshotChart(frame: Element, { title, credit }: SnapshotText): string {
  const parts = [...frame.querySelectorAll(':scope > svg')] as SVGSVGElement[];
  const widths = parts.map((part) => part.getBoundingClientRect().width);
  const chartHeight = Math.max(...parts.map((part) => part.getBoundingClientRect().height));
  const width = Math.ceil(widths.reduce((sum, w) => sum + w, 0));
  const height = Math.ceil(chartHeight + HEADER + FOOTER);
  const page = getComputedStyle(frame);
  const background = page.backgroundColor;
  const colour = getComputedStyle(document.documentElement).color;

  const doc = document.implementation.createDocument(SVG_NS, 'svg', null);
  const root = doc.documentElement;
  root.setAttribute('width', String(width));
  root.setAttribute('height', String(height));
  root.setAttribute('viewBox', `0 0 ${width} ${height}`);
  const backdrop = doc.createElementNS(SVG_NS, 'rect');
  backdrop.setAttribute('width', '100%');
  backdrop.setAttribute('height', '100%');
  backdrop.setAttribute('fill', background);
  root.append(backdrop, text(doc, title, 12, 28, 18, 700, colour));

  let x = 0;
  parts.forEach((part, i) => {
    const clone = doc.importNode(part, true) as SVGSVGElement;
    inlineStyles(part, clone);
    clone.setAttribute('x', String(x));
    clone.setAttribute('y', String(HEADER));
    root.append(clone);
    x += widths[i]!;
  });
  root.append(text(doc, credit, 12, height - 12, 12, 400, colour));
  return new XMLSerializer().serializeToString(doc);
}

/** Draws the SVG on a canvas at twice its size, for sharp slides, and returns a PNG. */
export async function svgToPng(svg: string, scale = 2): Promise<Blob> {
  const image = new Image();
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.naturalWidth * scale;
    canvas.height = image.naturalHeight * scale;
    const context = canvas.getContext('2d')!;
    context.scale(scale, scale);
    context.drawImage(image, 0, 0);
    return await new Promise((resolve, reject) =>
      canvas.toBlob(
        (blob) => (blob ? resolve(blob) : reject(new Error('The PNG could not be made.'))),
        'image/png',
      ),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
