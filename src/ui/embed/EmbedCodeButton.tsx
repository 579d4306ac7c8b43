import { useEffect, useState } from 'react';
import { analystStrings } from '../../i18n/analystStrings';
import { localize } from '../../i18n/lang';
import { useAtlas, useAtlasState } from '../AtlasContext';
import { iframeSnippet } from './embedUrls';

/** How long the button says the code was copied, ms. */
const COPIED_MS = 3000;

/**
 * `Copy embed code`: the iframe snippet of the current view (`embed=1`), beside `Copy link`.
 * Where the clipboard is unavailable, the snippet is shown in a text box to copy by hand.
 */
export function EmbedCodeButton() {
  const { dataset } = useAtlas();
  const lang = useAtlasState((s) => s.lang);
  const a = analystStrings[lang];
  const [state, setState] = useState<'idle' | 'copied' | { manual: string }>('idle');
  useEffect(() => {
    if (state !== 'copied') return undefined;
    const t = window.setTimeout(() => setState('idle'), COPIED_MS);
    return () => window.clearTimeout(t);
  }, [state]);
  const copy = () => {
    const code = iframeSnippet(window.location.href, localize(dataset.title, lang));
    const clipboard = navigator.clipboard as Clipboard | undefined;
    if (!clipboard) {
      setState({ manual: code });
      return;
    }
    clipboard.writeText(code).then(
      () => setState('copied'),
      () => setState({ manual: code }),
    );
  };
  return (
    <>
      <button type="button" className="quiet" onClick={copy}>
        {a.copyEmbed}
      </button>
      <span className="visually-hidden" aria-live="polite">
        {state === 'copied' ? a.embedCopied : ''}
      </span>
      {typeof state === 'object' && (
        <textarea
          className="embed-code"
          aria-label={a.embedCode}
          readOnly
          value={state.manual}
          onFocus={(e) => e.currentTarget.select()}
        />
      )}
    </>
  );
}
