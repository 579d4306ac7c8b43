import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';

/**
 * Whether the page is being printed: from `beforeprint` to `afterprint` (or while the `print`
 * media query matches, for a browser that reports only that). It turns on synchronously
 * (`flushSync`), so what renders for it, and what its layout effects draw, is on the page before
 * the browser lays the page out for paper.
 */
export function usePrinting(): boolean {
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    const media = window.matchMedia('print');
    const start = () => {
      flushSync(() => {
        setPrinting(true);
      });
    };
    const end = () => {
      setPrinting(false);
    };
    const onMedia = (e: MediaQueryListEvent) => {
      if (e.matches) start();
      else end();
    };
    window.addEventListener('beforeprint', start);
    window.addEventListener('afterprint', end);
    media.addEventListener('change', onMedia);
    return () => {
      window.removeEventListener('beforeprint', start);
      window.removeEventListener('afterprint', end);
      media.removeEventListener('change', onMedia);
    };
  }, []);
  return printing;
}
