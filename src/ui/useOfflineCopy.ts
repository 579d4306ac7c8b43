import { useCallback, useState } from 'react';
import { localize } from '../i18n/lang';
import { SCENES_HASH_KEY } from '../state/scenesLink';
import { saveOfflineCopy } from './offlineCopy';
import type { AtlasSession } from './useAtlasSession';

/** `Save offline copy`: whether a copy is being made, and the action. */
export interface OfflineCopy {
  readonly saving: boolean;
  readonly save: () => void;
}

/**
 * Saves the single-file atlas with the dataset open now (none when it is the bundled one, which
 * the file's code holds) and the scenes, given as `scenes=…` (the briefing's link hash).
 */
export function useOfflineCopy(
  session: AtlasSession,
  scenesHash: () => Promise<string | null>,
): OfflineCopy {
  const { dataset, isBundled, notify } = session;
  const [saving, setSaving] = useState(false);
  const save = useCallback(() => {
    if (!dataset) return;
    setSaving(true);
    const make = async () => {
      const hash = await scenesHash();
      const prefix = `${SCENES_HASH_KEY}=`;
      await saveOfflineCopy({
        dataset: isBundled ? null : dataset,
        name: localize(dataset.title, 'en'),
        title: `${localize(dataset.title, 'en')} · Cooperation Atlas`,
        scenes: hash?.startsWith(prefix) ? hash.slice(prefix.length) : null,
      });
    };
    make()
      .catch((err: unknown) =>
        notify({
          kind: 'offline-copy-failed',
          detail: err instanceof Error ? err.message : String(err),
        }),
      )
      .finally(() => setSaving(false));
  }, [dataset, isBundled, notify, scenesHash]);
  return { saving, save };
}
