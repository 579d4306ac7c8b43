import { useEffect, useState, type RefObject } from 'react';
import { briefingStrings } from '../i18n/briefingStrings';
import { standaloneSvg } from './chartSvg';

interface Named {
  readonly name: string;
  readonly lang: 'en' | 'ko';
}

function save(text: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * `Download <chart name> as SVG` beside a chart. The chart's name is its svg's accessible name,
 * followed as the chart redraws (so it follows the language); without a named svg (an empty chart)
 * there is nothing to download and no button.
 */
export function ChartSvgButton({ plotRef }: { plotRef: RefObject<HTMLDivElement | null> }) {
  const [named, setNamed] = useState<Named | null>(null);
  useEffect(() => {
    const read = () => {
      const svg = plotRef.current?.querySelector('svg[role="img"]');
      const name = svg instanceof SVGSVGElement ? svg.getAttribute('aria-label') : null;
      const lang = document.documentElement.lang === 'ko' ? 'ko' : 'en';
      const next: Named | null = name ? { name, lang } : null;
      setNamed((prev) => (prev?.name === next?.name && prev?.lang === next?.lang ? prev : next));
    };
    read();
    // The chart redraws itself (empty ↔ drawn, language): follow its svg and the page's language.
    const watch = new MutationObserver(read);
    if (plotRef.current)
      watch.observe(plotRef.current, {
        subtree: true,
        childList: true,
        attributes: true,
        attributeFilter: ['aria-label'],
      });
    watch.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
    return () => watch.disconnect();
  }, [plotRef]);
  if (!named) return null;
  const b = briefingStrings[named.lang];
  const download = () => {
    const svg = plotRef.current?.querySelector('svg[role="img"]');
    if (!(svg instanceof SVGSVGElement)) return;
    const heading = document.querySelector('h1')?.textContent ?? '';
    const made = new Date().toISOString().slice(0, 10);
    const text = standaloneSvg(svg, named.name, `${b.svgSource(heading)} · ${made}`);
    const slug = named.name
      .toLowerCase()
      .replace(/[^a-z0-9가-힣]+/g, '-')
      .replace(/^-|-$/g, '');
    save(text, `cooperation-atlas-${slug || 'chart'}.svg`);
  };
  return (
    <button type="button" className="chart-svg-button" onClick={download}>
      {b.downloadChartSvg(named.name)}
    </button>
  );
}
