import type { Dataset } from '../data/types';
import { saveBlob } from './download';
import { EMBEDDED_FORMAT, type EmbeddedPayload } from './offlineEmbedded';
import {
  APP_SCRIPT_ID,
  APP_STYLE_ID,
  BLOCK,
  escapeJsonText,
  singleFileHtml,
  type DataBlock,
} from './offlineFile';

/** The single file the build writes beside index.html; the served app fetches it to make copies. */
export const OFFLINE_TEMPLATE = 'cooperation-atlas.html';
/** The downloaded copy's name. */
export const OFFLINE_COPY_NAME = 'cooperation-atlas.html';

/**
 * The document whose code, styles and data blocks a copy is made of: this page itself when it is
 * a single file (a copy can make a copy), else the build's single file, fetched from this origin.
 */
async function templateDocument(): Promise<Document> {
  if (document.getElementById(APP_SCRIPT_ID)) return document;
  const res = await fetch(new URL(OFFLINE_TEMPLATE, document.baseURI));
  if (!res.ok) throw new Error(`${OFFLINE_TEMPLATE}: HTTP ${res.status}`);
  const doc = new DOMParser().parseFromString(await res.text(), 'text/html');
  if (!doc.getElementById(APP_SCRIPT_ID)) throw new Error(`${OFFLINE_TEMPLATE} is not the atlas`);
  return doc;
}

/** The template's data blocks, carried over as they are (the embedded one is written afresh). */
function keptBlocks(doc: Document): DataBlock[] {
  return [...doc.querySelectorAll('script[id^="atlas-block-"]')]
    .filter((el) => el.id !== BLOCK.embedded)
    .map((el) => ({
      id: el.id,
      type: el.getAttribute('type') ?? 'text/plain',
      text: el.textContent,
    }));
}

/** What to embed: the dataset open now (null = the bundled one) and the scenes' `#scenes=` value. */
export interface OfflineCopyContent {
  readonly dataset: Dataset | null;
  readonly name: string;
  readonly title: string;
  readonly scenes: string | null;
}

/**
 * The copy's HTML: the template's code and styles unchanged (so its CSP hash still holds), its
 * data blocks, and a new embedded block. Its page opens unrendered: the prerendered markup is
 * the bundled dataset's.
 */
export function offlineCopyHtml(doc: Document, content: OfflineCopyContent): string {
  const csp = doc
    .querySelector('meta[http-equiv="Content-Security-Policy"]')
    ?.getAttribute('content');
  const js = doc.getElementById(APP_SCRIPT_ID)?.textContent;
  const css = doc.getElementById(APP_STYLE_ID)?.textContent;
  if (!csp || !js || css === undefined) throw new Error('The template lacks its code or policy');
  const payload: EmbeddedPayload = {
    format: EMBEDDED_FORMAT,
    version: 1,
    name: content.name,
    dataset: content.dataset,
    scenes: content.scenes,
  };
  const blocks = keptBlocks(doc);
  blocks.push({
    id: BLOCK.embedded,
    type: 'application/json',
    text: escapeJsonText(JSON.stringify(payload)),
  });
  return singleFileHtml({ csp, title: content.title, css, js, rootHtml: '', blocks });
}

/** Downloads a single-file atlas holding `content`. Rejects when no template can be had. */
export async function saveOfflineCopy(content: OfflineCopyContent): Promise<void> {
  const html = offlineCopyHtml(await templateDocument(), content);
  saveBlob(new Blob([html], { type: 'text/html;charset=utf-8' }), OFFLINE_COPY_NAME);
}
