import type { GraphLayout } from './layout';

/**
 * The SVG elements a frame updates, registered by React's ref callbacks and indexed like the
 * layout (layer, neuron; edge number in layout.svgEdges). The painter writes attributes
 * straight into them, skipping values that did not change.
 */
export class GraphElements {
  readonly nodeFill: (SVGElement | null)[][];
  readonly nodeText: (SVGTextElement | null)[][];
  readonly biasMark: (SVGElement | null)[][];
  /** Batch norm's γ and β markers (a diamond above, a square below the neuron's left side). */
  readonly gammaMark: (SVGElement | null)[][];
  readonly betaMark: (SVGElement | null)[][];
  readonly edges: (SVGPathElement | null)[];
  /** Last written values, to skip unchanged writes. */
  readonly lastFill: string[][];
  readonly lastText: string[][];
  readonly lastBias: string[][];
  readonly lastGamma: string[][];
  readonly lastBeta: string[][];
  readonly lastEdge: string[];

  constructor(layout: GraphLayout) {
    const perLayer = <T>(v: T): T[][] => layout.layers.map((L) => new Array<T>(L.size).fill(v));
    this.nodeFill = perLayer<SVGElement | null>(null);
    this.nodeText = perLayer<SVGTextElement | null>(null);
    this.biasMark = perLayer<SVGElement | null>(null);
    this.gammaMark = perLayer<SVGElement | null>(null);
    this.betaMark = perLayer<SVGElement | null>(null);
    this.edges = new Array<SVGPathElement | null>(layout.svgEdges.length).fill(null);
    this.lastFill = perLayer('');
    this.lastText = perLayer('');
    this.lastBias = perLayer('');
    this.lastGamma = perLayer('');
    this.lastBeta = perLayer('');
    this.lastEdge = new Array<string>(layout.svgEdges.length).fill('');
  }

  /** Ref callbacks that register an element (and forget what was last written to it). */
  nodeFillRef(l: number, j: number): (el: SVGElement | null) => void {
    return (el) => {
      this.nodeFill[l][j] = el;
      this.lastFill[l][j] = '';
    };
  }

  nodeTextRef(l: number, j: number): (el: SVGTextElement | null) => void {
    return (el) => {
      this.nodeText[l][j] = el;
      this.lastText[l][j] = '';
    };
  }

  biasMarkRef(l: number, j: number): (el: SVGElement | null) => void {
    return (el) => {
      this.biasMark[l][j] = el;
      this.lastBias[l][j] = '';
    };
  }

  gammaMarkRef(l: number, j: number): (el: SVGElement | null) => void {
    return (el) => {
      this.gammaMark[l][j] = el;
      this.lastGamma[l][j] = '';
    };
  }

  betaMarkRef(l: number, j: number): (el: SVGElement | null) => void {
    return (el) => {
      this.betaMark[l][j] = el;
      this.lastBeta[l][j] = '';
    };
  }

  edgeRef(k: number): (el: SVGPathElement | null) => void {
    return (el) => {
      this.edges[k] = el;
      this.lastEdge[k] = '';
    };
  }
}
