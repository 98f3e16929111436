/**
 * Where the data-flow diagram draws each box and line, as plain numbers for SVG attributes
 * (the CSP forbids inline styles). The diagram is one column read top-down, so that it stays
 * legible on a 320 px phone and sits beside the list on a wide screen: the shopper, the shop,
 * then the shop's partners (second parties) and third parties, each group under its heading.
 * Lines leave the shop and run down two trunks on the left, third parties on the outer one, so
 * no line crosses another or a box.
 */
import type { PartyKind } from '~/engine/types';

/** Width of the viewBox; the SVG scales to its container. */
export const VIEW_WIDTH = 240;

const BOX_HEIGHT = 48;
const ROW_PITCH = 58;
const HEADING_SPACE = 26;
const HOLDER_X = 36;
const HOLDER_WIDTH = VIEW_WIDTH - HOLDER_X - 4;

/** A box of the diagram. */
export interface Box {
  /** Party id, or `you` for the shopper. */
  id: string;
  kind: PartyKind | 'you';
  x: number;
  y: number;
  width: number;
  height: number;
  /** Horizontal centre, where its texts are anchored. */
  cx: number;
}

/** A line from the shopper to the shop, or from the shop to another holder. */
export interface Link {
  /** Id of the box it points to. */
  to: string;
  kind: PartyKind;
  /** SVG path data. */
  d: string;
}

/** The heading of a group of holders (partners, third parties). */
export interface Heading {
  kind: 'second' | 'third';
  x: number;
  y: number;
}

export interface FlowLayout {
  width: number;
  height: number;
  boxes: Box[];
  links: Link[];
  headings: Heading[];
}

/**
 * Lays out the shopper, the shop and every other party, keeping the order given (the
 * scenario's) within each group. A first party other than the shop (none in our scenarios)
 * would be drawn with the partners.
 */
export function layoutFlow(parties: readonly { id: string; kind: PartyKind }[], shopId: string): FlowLayout {
  const mid = VIEW_WIDTH / 2;
  const you: Box = { id: 'you', kind: 'you', x: mid - 80, y: 6, width: 160, height: BOX_HEIGHT, cx: mid };
  const shop: Box = { id: shopId, kind: 'first', x: mid - 90, y: 86, width: 180, height: 56, cx: mid };
  const shopBottom = shop.y + shop.height;
  const boxes: Box[] = [you, shop];
  // Each line stops 2 units short of its box, so the arrow head touches the border.
  const links: Link[] = [{ to: shop.id, kind: 'first', d: `M${mid} ${you.y + you.height}V${shop.y - 2}` }];
  const headings: Heading[] = [];

  const groups = [
    // Partners: the inner trunk, which ends before the third parties begin.
    { kind: 'second', leaveX: shop.x + 44, turnY: shopBottom + 26, trunkX: 24 },
    // Third parties: the outer trunk, which runs past the partners.
    { kind: 'third', leaveX: shop.x + 20, turnY: shopBottom + 14, trunkX: 10 },
  ] as const;

  let y = shopBottom + 40;
  for (const group of groups) {
    const members = parties.filter(
      (party) => party.id !== shopId && (group.kind === 'third' ? party.kind === 'third' : party.kind !== 'third'),
    );
    if (members.length === 0) continue;
    headings.push({ kind: group.kind, x: HOLDER_X, y: y + 14 });
    y += HEADING_SPACE;
    for (const party of members) {
      boxes.push({
        id: party.id,
        kind: party.kind,
        x: HOLDER_X,
        y,
        width: HOLDER_WIDTH,
        height: BOX_HEIGHT,
        cx: HOLDER_X + HOLDER_WIDTH / 2,
      });
      links.push({
        to: party.id,
        kind: party.kind,
        d: `M${group.leaveX} ${shopBottom}V${group.turnY}H${group.trunkX}V${y + BOX_HEIGHT / 2}H${HOLDER_X - 2}`,
      });
      y += ROW_PITCH;
    }
    y += 6;
  }

  return { width: VIEW_WIDTH, height: y, boxes, links, headings };
}
